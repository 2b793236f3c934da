import { formatFaults, parseFaults } from '../src/domain/faults';
import { DATA_CHANGED_CHANNEL, TRAINING_CHANGED_CHANNEL } from '../src/domain/live-sync';
import type { BrowserBackendOptions } from './browser';
import { load } from './db/db';
import { handlers } from './handlers';
import { configureBackend, withGuards } from './lib/route';

// The simulated backend proper, loaded by the worker's first call (mocks/browser.ts): the data in
// localStorage, the handlers, the latency and faults of this tab, the channel that tells other tabs.

const FAULTS_KEY = 'm365-admin-sim:faults';
const DEFAULT_LATENCY_MS = 250;

function baseLatency(value: string | null): number {
  const ms = Number(value ?? DEFAULT_LATENCY_MS);
  return Number.isInteger(ms) && ms >= 0 && ms <= 5000 ? ms : DEFAULT_LATENCY_MS;
}

export function startRuntime(options: BrowserBackendOptions) {
  load({ storage: window.localStorage, scenarioId: options.scenarioId, now: options.now });
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DATA_CHANGED_CHANNEL) : null;
  const training =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(TRAINING_CHANGED_CHANNEL) : null;
  const faults = parseFaults(options.faults ?? window.sessionStorage.getItem(FAULTS_KEY) ?? '');
  if (options.faults !== null) window.sessionStorage.setItem(FAULTS_KEY, formatFaults(faults.rules));
  configureBackend({
    latencyMs: baseLatency(options.latency),
    faults: faults.rules,
    invalidFaults: faults.invalid,
    onFaultsChange: (text) => window.sessionStorage.setItem(FAULTS_KEY, text),
    appUrl: `${window.location.origin}${options.baseUrl}`,
    onChange: () => channel?.postMessage({ at: Date.now() }),
    onTrainingChange: () => training?.postMessage({ at: Date.now() }),
  });
  return withGuards(handlers);
}
