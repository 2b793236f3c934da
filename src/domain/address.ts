// The city line of a postal address in the order its country writes it.

/** Countries that write "City, ST 12345" (state, then postal code, after the city). */
const CITY_STATE_POSTAL = new Set(['US', 'CA', 'AU']);
/** Countries that write "City POSTCODE". */
const CITY_POSTAL = new Set(['GB', 'IE']);

export function cityLine(address: {
  city: string;
  postalCode: string;
  state?: string;
  country: string;
}): string {
  const { city, postalCode, state } = address;
  const country = address.country.toUpperCase();
  if (CITY_STATE_POSTAL.has(country)) {
    const statePostal = [state, postalCode].filter(Boolean).join(' ');
    return [city, statePostal].filter(Boolean).join(', ');
  }
  if (CITY_POSTAL.has(country)) return [city, postalCode].filter(Boolean).join(' ');
  return [postalCode, city].filter(Boolean).join(' ');
}
