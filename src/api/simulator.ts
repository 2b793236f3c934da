import { apiRequest } from './client';
import type { Collection, ScenarioSummary, SimulatorState } from './types';

export const getScenarios = (signal?: AbortSignal) =>
  apiRequest<Collection<ScenarioSummary>>('/api/sim/scenarios', { signal });

export const getSimulatorState = (signal?: AbortSignal) =>
  apiRequest<SimulatorState>('/api/sim/state', { signal });

export const resetDemo = (scenarioId?: string) =>
  apiRequest<SimulatorState>('/api/sim/reset', { method: 'POST', body: scenarioId ? { scenarioId } : {} });

export const setFaults = (faults: string) =>
  apiRequest<{ faults: string }>('/api/sim/faults', { method: 'PUT', body: { faults } });

/** Demo › Time: moves the simulated clock on by whole days, or to a later date (never back). */
export const moveClock = (to: { advanceDays: number } | { now: string }) =>
  apiRequest<SimulatorState>('/api/sim/clock', { method: 'POST', body: to });

/** Demo › Export: the whole simulated state but the sessions (mocks/db/demo-file.ts describes the file). */
export const exportDemo = () => apiRequest<DemoFileSummary>('/api/sim/export');

/** Demo › Import: replaces the whole state with a file from Export; a bad file is refused and changes nothing. */
export const importDemo = (file: unknown) =>
  apiRequest<SimulatorState>('/api/sim/import', { method: 'PUT', body: file });

/** What the app reads of a demo file; the rest it passes on as it is. */
export interface DemoFileSummary {
  format: string;
  version: number;
  exportedAt: string;
  clock: 'fixed' | 'running';
  state: { scenarioId: string };
}

/** What is wrong with an imported file, as the backend names it (`data[0]` of `400 InvalidDemoFile`). */
export interface ImportProblem {
  problem: string;
  /** The file's data version and the one this simulator reads (`oldVersion`, `newVersion`). */
  version?: number;
  current?: number;
  table?: string;
  /** 1 for the first row; null when the table itself is missing or not a list. */
  row?: number | null;
  field?: string;
  scenarioId?: string;
}
