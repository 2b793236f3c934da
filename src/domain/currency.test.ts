import { describe, expect, it } from 'vitest';
import { currencyForCountry } from './currency';

describe('currencyForCountry', () => {
  it.each([
    ['IT', 'EUR'],
    ['DE', 'EUR'],
    ['FR', 'EUR'],
    ['GB', 'GBP'],
    ['US', 'USD'],
    ['CH', 'USD'],
    ['it', 'USD'],
  ])('%s is billed in %s', (country, currency) => {
    expect(currencyForCountry(country)).toBe(currency);
  });
});
