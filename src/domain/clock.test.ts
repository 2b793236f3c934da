import { describe, expect, it } from 'vitest';
import { clockDateProblem, parseFixedNow } from './clock';

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

describe('clockDateProblem', () => {
  const now = '2026-12-01T09:00:00.000Z';
  it('accepts a later day', () => {
    expect(clockDateProblem('2026-12-02', now)).toBeNull();
    expect(clockDateProblem('2028-02-29', now)).toBeNull();
  });
  it.each([
    ['', 'validation.clockDateInvalid'],
    ['31/01/2027', 'validation.clockDateInvalid'],
    ['2027-02-30', 'validation.clockDateInvalid'],
    ['2027-01-31T10:00', 'validation.clockDateInvalid'],
    ['2026-12-01', 'validation.clockNotForward'],
    ['2026-11-30', 'validation.clockNotForward'],
  ])('refuses %j with %s', (day, message) => {
    expect(clockDateProblem(day, now)).toBe(message);
  });
});
