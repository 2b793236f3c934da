import { describe, expect, it } from 'vitest';
import { isAfterMcaStart, isMcaSettled, mcaStage, mcaStanding } from './mca-standing';

// Pure rule, no DOM: runs in any test environment.

describe('isAfterMcaStart', () => {
  it.each([
    ['1899-12-31T00:00:00.000Z', false],
    ['2017-12-31T23:59:59.999Z', false],
    ['2018-01-01T00:30:00+02:00', false],
    ['2018-01-01T00:00:00.000Z', true],
    ['2018-01-01', true],
    ['2018-06-14T00:00:00.000Z', true], // Partner Center's own API example
    ['2024-09-30T00:00:00Z', true],
    ['not a date', false],
    ['', false],
  ])('%s → %s', (date, expected) => {
    expect(isAfterMcaStart(date)).toBe(expected);
  });
});

describe('mcaStanding', () => {
  it.each([
    [[], false, { attested: false, acceptedDirectly: false }, false],
    [[], true, { attested: false, acceptedDirectly: true }, true],
    [['2026-01-15T00:00:00Z'], false, { attested: true, acceptedDirectly: false }, true],
    [['2026-01-15T00:00:00Z'], true, { attested: true, acceptedDirectly: true }, true],
    [['1899-12-31T00:00:00.000Z'], false, { attested: false, acceptedDirectly: false }, false],
    [
      ['1899-12-31T00:00:00.000Z', '2025-03-04T15:10:00Z'],
      false,
      { attested: true, acceptedDirectly: false },
      true,
    ],
  ])(
    'confirmations %j, signed directly %s → %j (settled: %s)',
    (dates, signedDirectly, standing, settled) => {
      const status = mcaStanding({
        confirmations: dates.map((dateAgreed) => ({ dateAgreed })),
        signedDirectly,
      });
      expect(status).toEqual(standing);
      expect(isMcaSettled(status)).toBe(settled);
    },
  );
});

describe('mcaStage', () => {
  const invitedAt = '2026-11-20T10:00:00.000Z';
  it.each([
    [{ attested: false, acceptedDirectly: false }, 'notConfirmed'],
    [{ attested: false, acceptedDirectly: false, invitedAt }, 'invited'],
    [{ attested: false, acceptedDirectly: true, invitedAt }, 'accepted'],
    [{ attested: true, acceptedDirectly: false, invitedAt }, 'accepted'],
    [{ attested: true, acceptedDirectly: false }, 'accepted'],
  ] as const)('%o is %s', (status, stage) => {
    expect(mcaStage(status)).toBe(stage);
  });
});
