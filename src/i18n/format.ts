// Dates and numbers go through Intl. Dates are shown in UTC so a fixed clock gives the same screen everywhere.
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

export function formatMoney(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A postal address on one line, its country named in the UI language. */
export function formatAddress(
  address: { line1: string; city: string; postalCode: string; countryCode: string },
  language: string,
): string {
  return `${address.line1}, ${address.postalCode} ${address.city}, ${formatCountry(address.countryCode, language)}`;
}

/** A country's name in the UI language (`IT` → "Italy" / "Italia"); the code when the browser has none. */
export function formatCountry(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
