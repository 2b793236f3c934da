import { describe, expect, it } from 'vitest';
import { cityLine } from './address';

describe('cityLine', () => {
  it('writes each country’s order', () => {
    expect(cityLine({ city: 'Redmond', postalCode: '98052', state: 'WA', country: 'US' })).toBe(
      'Redmond, WA 98052',
    );
    expect(cityLine({ city: 'Redmond', postalCode: '98052', country: 'us' })).toBe('Redmond, 98052');
    expect(cityLine({ city: 'London', postalCode: 'SW1A 1AA', country: 'GB' })).toBe('London SW1A 1AA');
    expect(cityLine({ city: 'Milano', postalCode: '20121', state: 'MI', country: 'IT' })).toBe(
      '20121 Milano',
    );
  });

  it('leaves out what is missing', () => {
    expect(cityLine({ city: '', postalCode: '', country: 'US' })).toBe('');
    expect(cityLine({ city: 'Berlin', postalCode: '', country: 'DE' })).toBe('Berlin');
  });
});
