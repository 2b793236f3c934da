import { cityLine } from '../domain/address';

// Dates and numbers go through Intl. Dates are shown in UTC so a fixed clock gives the same screen everywhere.

// Building an Intl formatter costs far more than using one, and a list formats a date on every row: one
// formatter per kind and language (and currency).
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(iso: string, language: string): string {
  return cached(
    `date ${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string): string {
  return cached(
    `dateTime ${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
  ).format(new Date(iso));
}

export function formatMoney(amount: number, currency: string, language: string): string {
  return cached(
    `money ${language} ${currency}`,
    () => new Intl.NumberFormat(language, { style: 'currency', currency }),
  ).format(amount);
}

export function formatNumber(value: number, language: string): string {
  return cached(`number ${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** A postal address on one line, its country named in the UI language. */
export function formatAddress(
  address: { line1: string; city: string; postalCode: string; countryCode: string },
  language: string,
): string {
  const city = cityLine({ ...address, country: address.countryCode });
  return `${address.line1}, ${city}, ${formatCountry(address.countryCode, language)}`;
}

/** A country's name in the UI language (`IT` → "Italy" / "Italia"); the code when the browser has none. */
export function formatCountry(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Whether the page's language has dates typed as text, day first (Italian: 25/11/2026). The browser's own
 * date picker follows the browser's language, not the page's, so it would ask an Italian page for
 * mm/dd/yyyy in an English browser; en-US keeps the picker.
 */
export function typesDayFirst(language: string): boolean {
  return language === 'it-IT';
}

/**
 * A date typed day first (25/11/2026, also 25.11.2026 or 25-11-2026, or already 2026-11-25) as
 * `2026-11-25`; null when the text has another shape. Whether that day exists is left to the schema.
 */
export function parseDayFirstDate(text: string): string | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** `2026-11-25` as 25/11/2026; any other text as it is. */
export function formatDayFirstDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay;
}
