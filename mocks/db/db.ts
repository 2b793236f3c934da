import { DB_VERSION, dbSchema, type DbState } from './schema';
import { parseFixedNow } from '../../src/domain/clock';
import { DEFAULT_SCENARIO_ID, findScenario } from '../scenarios/catalog';
import { DEMO_FILE_FORMAT, demoStateSchema, type DemoFile } from './demo-file';

// The one store of the simulated backend: load, persist, reset. Nothing happens at import time.
export const STORAGE_KEY = 'm365-admin-sim:db:v1';
/** A small key that changes with every write, so that a tab can tell cheaply that another one wrote. */
export const REVISION_KEY = 'm365-admin-sim:db:v1:revision';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let state: DbState | null = null;
let storage: KeyValueStorage | null = null;
let notices: LoadNotice[] = [];
let revision: string | null = null;

export interface LoadOptions {
  /** Where to keep the data between page loads; none (in memory) under Vitest and the HTTP server. */
  storage?: KeyValueStorage | null;
  /** Load this scenario's seed unless it is already the stored one (the `scenario` URL parameter). */
  scenarioId?: string | null;
  /** The `now` URL parameter: a date fixes the clock, `real` lets it run, absent keeps the stored setting. */
  now?: string | null;
}

/**
 * What load had to tell the user: stored data that could not be read (and was replaced by the seed), or
 * URL parameters it ignored.
 */
export type LoadNotice = 'storageReset' | 'unknownScenario' | 'invalidClock';

function seeded(scenarioId: string, fixedNow: string | null): DbState {
  const scenario = findScenario(scenarioId) ?? findScenario(DEFAULT_SCENARIO_ID);
  if (!scenario) throw new Error('The default scenario is missing');
  return {
    version: DB_VERSION,
    scenarioId: scenario.id,
    fixedNow,
    clockOffsetMs: startOffset(scenario.startsAt, fixedNow),
    sequence: 0,
    sessions: [],
    events: [],
    mailbox: [],
    settledAt: null,
    training: null,
    ...structuredClone(scenario.seed()),
  };
}

/**
 * A scenario that starts on a given day starts the running clock there; a clock fixed by `?now=` wins.
 */
function startOffset(startsAt: string | undefined, fixedNow: string | null): number {
  return startsAt && fixedNow === null ? Date.parse(startsAt) - Date.now() : 0;
}

function readStored(): { data: DbState | null; corrupt: boolean } {
  const raw = storage?.getItem(STORAGE_KEY);
  if (raw == null) return { data: null, corrupt: false };
  try {
    const parsed = dbSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { data: parsed.data, corrupt: false } : { data: null, corrupt: true };
  } catch {
    return { data: null, corrupt: true };
  }
}

function clockSetting(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'real') return null;
  return parseFixedNow(value) ?? undefined;
}

export function load(options: LoadOptions = {}): LoadNotice[] {
  storage = options.storage ?? null;
  notices = [];
  revision = null;
  const stored = readStored();
  if (stored.corrupt) notices.push('storageReset');
  const known = options.scenarioId ? findScenario(options.scenarioId) : undefined;
  if (options.scenarioId && !known) notices.push('unknownScenario');
  const clock = clockSetting(options.now);
  if (options.now && clock === undefined) notices.push('invalidClock');

  if (stored.data && (!known || known.id === stored.data.scenarioId)) {
    state = stored.data;
    if (clock !== undefined) {
      state.fixedNow = clock;
      state.clockOffsetMs = startOffset(findScenario(state.scenarioId)?.startsAt, clock);
    }
  } else {
    state = seeded(
      known?.id ?? stored.data?.scenarioId ?? DEFAULT_SCENARIO_ID,
      clock ?? stored.data?.fixedNow ?? null,
    );
  }
  persist();
  return notices;
}

/** What the last load had to tell the user. */
export function loadNotices(): LoadNotice[] {
  return [...notices];
}

export function persist(): void {
  if (!state || !storage) return;
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
    const next = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    storage.setItem(REVISION_KEY, next);
    revision = next;
  } catch {
    // A full or blocked storage keeps working in memory; the next load starts from the seed.
  }
}

/**
 * Picks up what another tab of the same browser wrote since this one last read or wrote. Unreadable data
 * is left alone: this tab keeps its own copy.
 */
export function refreshFromStorage(): void {
  if (!state || !storage) return;
  const stored = storage.getItem(REVISION_KEY);
  if (stored === null || stored === revision) return;
  const { data } = readStored();
  if (data) state = data;
  revision = stored;
}

/** Restores a scenario's seed (the current one by default), keeping the clock setting but not its moves. */
export function reset(scenarioId?: string): void {
  const current = db();
  state = seeded(scenarioId ?? current.scenarioId, current.fixedNow);
  notices = [];
  persist();
}

export function db(): DbState {
  if (!state) throw new Error('The mock database was used before load()');
  return state;
}

/**
 * The simulator's clock: fixed for repeatable demos and screenshots, else the real one; in both cases moved
 * on by Demo › Time.
 */
export function now(): Date {
  const { fixedNow, clockOffsetMs } = db();
  return new Date((fixedNow ? Date.parse(fixedNow) : Date.now()) + clockOffsetMs);
}

/** Moves the clock so that `now()` is `target` (the fixed or real clock keeps running beneath). */
export function setNow(target: Date): void {
  const { fixedNow } = db();
  db().clockOffsetMs = target.getTime() - (fixedNow ? Date.parse(fixedNow) : Date.now());
}

/**
 * The whole simulated state as a demo file (Demo › Export), without the sign-in sessions. The clock is
 * saved as the simulated now (`exportedAt`) and whether it runs. Parsing with the file's own schema puts
 * every key in the schema's order, so that a file imported and exported again is the same text.
 */
export function exportDemo(): DemoFile {
  const current = db();
  return {
    format: DEMO_FILE_FORMAT,
    version: DB_VERSION,
    exportedAt: now().toISOString(),
    clock: current.fixedNow === null ? 'running' : 'fixed',
    state: demoStateSchema.parse(current),
  };
}

/**
 * Replaces the whole simulated state with a checked demo file (Demo › Import). Every session ends: the
 * accounts may be others now. A fixed clock stays at the saved instant; a running one runs on from it.
 */
export function importDemo(file: DemoFile): void {
  const at = Date.parse(file.exportedAt);
  state = {
    ...structuredClone(file.state),
    version: DB_VERSION,
    fixedNow: file.clock === 'fixed' ? new Date(at).toISOString() : null,
    clockOffsetMs: file.clock === 'fixed' ? 0 : at - Date.now(),
    sessions: [],
  };
  notices = [];
  persist();
}

/** Deterministic ids for rows the backend creates, so a replayed demo shows the same data. */
export function nextId(prefix: string): string {
  const current = db();
  current.sequence += 1;
  const hex = (current.sequence + 0x1000).toString(16).padStart(12, '0');
  const tag = Array.from(prefix)
    .reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 0xffff, 7)
    .toString(16)
    .padStart(4, '0');
  return `5e1a0000-${tag}-4000-8000-${hex}`;
}
