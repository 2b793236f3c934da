import { describe, expect, it } from 'vitest';
import { formatDayFirstDate, parseDayFirstDate, typesDayFirst } from './format';

describe('dates typed day first', () => {
  it.each([
    ['25/11/2026', '2026-11-25'],
    ['1/2/2026', '2026-02-01'],
    [' 25.11.2026 ', '2026-11-25'],
    ['25-11-2026', '2026-11-25'],
    ['2026-11-25', '2026-11-25'],
    // Shape only: 31 February is refused by the schema, with its own message.
    ['31/02/2026', '2026-02-31'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDayFirstDate(text)).toBe(iso);
  });

  it.each(['', '25/11/26', '11/25', '2026/11/25', '25/11/2026x', 'ieri', '123/1/2026'])(
    'does not read %j',
    (text) => {
      expect(parseDayFirstDate(text)).toBeNull();
    },
  );

  it('writes a day back the Italian way, and leaves other text alone', () => {
    expect(formatDayFirstDate('2026-11-25')).toBe('25/11/2026');
    expect(formatDayFirstDate('25/11/20')).toBe('25/11/20');
  });

  it('is how Italian types dates; English keeps the date picker', () => {
    expect(typesDayFirst('it-IT')).toBe(true);
    expect(typesDayFirst('en-US')).toBe(false);
  });
});
