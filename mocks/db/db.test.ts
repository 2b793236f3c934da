import { beforeEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/memory-storage';
import {
  REVISION_KEY,
  STORAGE_KEY,
  db,
  load,
  loadNotices,
  now,
  persist,
  refreshFromStorage,
  reset,
} from './db';
import { DB_VERSION } from './schema';

// A tab's storage, fresh for every test (the tests run in node).
let localStorage: Storage;
beforeEach(() => {
  localStorage = memoryStorage();
});

describe('the mock database', () => {
  it('picks up what another tab wrote, and ignores what it cannot read', () => {
    load({ storage: localStorage, scenarioId: 'partner-training' });
    const otherTab = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    otherTab.tenants[0].displayName = 'Renamed in another tab';
    localStorage.setItem(STORAGE_KEY, JSON.stringify(otherTab));
    refreshFromStorage();
    expect(db().tenants[0]?.displayName).not.toBe('Renamed in another tab'); // the revision did not change
    localStorage.setItem(REVISION_KEY, 'other-tab-1');
    refreshFromStorage();
    expect(db().tenants[0]?.displayName).toBe('Renamed in another tab');

    localStorage.setItem(STORAGE_KEY, '{broken');
    localStorage.setItem(REVISION_KEY, 'other-tab-2');
    refreshFromStorage();
    expect(db().tenants[0]?.displayName).toBe('Renamed in another tab');
    persist();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').version).toBe(DB_VERSION);
  });

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
    ['the previous version', JSON.stringify({ version: 1, tenants: [] })],
    ['a wrong shape', JSON.stringify({ version: 1, scenarioId: 'x', tenants: 'nope' })],
  ])('resets %s with a notice, never a crash', (_name, stored) => {
    localStorage.setItem(STORAGE_KEY, stored);
    expect(load({ storage: localStorage })).toEqual(['storageReset']);
    expect(db().scenarioId).toBe('existing-customer');
    expect(loadNotices()).toEqual(['storageReset']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').version).toBe(DB_VERSION);
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
