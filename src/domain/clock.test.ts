import { describe, expect, it } from 'vitest';
import { parseFixedNow } from './clock';

describe('parseFixedNow', () => {
  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T09:30', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:15Z', '2026-03-01T09:30:15.000Z'],
  ])('reads %s', (value, expected) => {
    expect(parseFixedNow(value)).toBe(expected);
  });

  it.each([null, '', 'yesterday', '2026-02-30', '2026-13-01', '01/03/2026', '2026-03-01T25:00'])(
    'refuses %j',
    (value) => {
      expect(parseFixedNow(value)).toBeNull();
    },
  );
});
