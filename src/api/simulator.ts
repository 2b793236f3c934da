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
