// Which currency a customer is billed in, from its country: the simulator's three price lists.

export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The euro area (and the states that use the euro by agreement): billed in euros. */
const EURO_COUNTRIES = new Set([
  'AT',
  'BE',
  'HR',
  'CY',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PT',
  'SK',
  'SI',
  'ES',
  'AD',
  'MC',
  'SM',
  'VA',
  'ME',
  'XK',
]);

/** A country's billing currency (ISO 3166-1 alpha-2 in, ISO 4217 out); US dollars where no list applies. */
export function currencyForCountry(country: string): Currency {
  if (EURO_COUNTRIES.has(country)) return 'EUR';
  if (country === 'GB') return 'GBP';
  return 'USD';
}
