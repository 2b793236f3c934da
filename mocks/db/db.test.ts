import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, db, load, loadNotices, now, reset } from './db';

describe('the mock database', () => {
  it('persists to storage and reloads from it', () => {
    load({ storage: localStorage, scenarioId: 'six-partners' });
    db().relationships = [];
    reset();
    expect(db().relationships).toHaveLength(6);
    db().relationships.pop();
    load({ storage: localStorage });
    expect(db().scenarioId).toBe('six-partners');
    expect(db().relationships).toHaveLength(6);
  });

  it.each([
    ['corrupt JSON', '{not json'],
    ['an old version', JSON.stringify({ version: 0, tenants: [] })],
    ['a wrong shape', JSON.stringify({ version: 1, scenarioId: 'x', tenants: 'nope' })],
  ])('resets %s with a notice, never a crash', (_name, stored) => {
    localStorage.setItem(STORAGE_KEY, stored);
    expect(load({ storage: localStorage })).toEqual(['storageReset']);
    expect(db().scenarioId).toBe('existing-customer');
    expect(loadNotices()).toEqual(['storageReset']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').version).toBe(1);
  });

  it('keeps working in memory when storage refuses writes', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => load({ storage: full, scenarioId: 'scenario-1' })).not.toThrow();
    expect(db().scenarioId).toBe('scenario-1');
  });

  it('ignores an unknown scenario and a bad clock, and says so', () => {
    expect(load({ scenarioId: 'nope', now: '2026-02-30' })).toEqual(['unknownScenario', 'invalidClock']);
    expect(db().scenarioId).toBe('existing-customer');
    expect(db().fixedNow).toBeNull();
  });

  it('fixes the clock for repeatable demos, and lets it run again with now=real', () => {
    load({ storage: localStorage, now: '2026-03-01' });
    expect(now().toISOString()).toBe('2026-03-01T00:00:00.000Z');
    load({ storage: localStorage });
    expect(now().toISOString()).toBe('2026-03-01T00:00:00.000Z');
    load({ storage: localStorage, now: 'real' });
    expect(db().fixedNow).toBeNull();
  });

  it('builds the same seed every time', () => {
    load({ scenarioId: 'many-partners' });
    const first = JSON.stringify(db());
    load({ scenarioId: 'many-partners' });
    expect(JSON.stringify(db())).toBe(first);
    expect(db().partners).toHaveLength(5000);
  });
});
