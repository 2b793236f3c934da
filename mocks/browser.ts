import { setupWorker } from 'msw/browser';
import { formatFaults, parseFaults } from '../src/domain/faults';
import { DATA_CHANGED_CHANNEL } from '../src/domain/live-sync';
import { load } from './db/db';
import { handlers } from './handlers';
import { configureBackend } from './lib/route';

export interface BrowserBackendOptions {
  baseUrl: string;
  scenarioId: string | null;
  now: string | null;
  /** The `faults` URL parameter; without it, this tab keeps the faults it had. */
  faults: string | null;
  /** The `latency` URL parameter: the simulated network's own delay in ms (250 by default). */
  latency: string | null;
}

const FAULTS_KEY = 'm365-admin-sim:faults';
const DEFAULT_LATENCY_MS = 250;

function baseLatency(value: string | null): number {
  const ms = Number(value ?? DEFAULT_LATENCY_MS);
  return Number.isInteger(ms) && ms >= 0 && ms <= 5000 ? ms : DEFAULT_LATENCY_MS;
}

/** Starts the simulated backend in the browser: data in localStorage, a little latency, the worker. */
export async function startMockBackend(options: BrowserBackendOptions): Promise<void> {
  load({ storage: window.localStorage, scenarioId: options.scenarioId, now: options.now });
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DATA_CHANGED_CHANNEL) : null;
  const faults = parseFaults(options.faults ?? window.sessionStorage.getItem(FAULTS_KEY) ?? '');
  if (options.faults !== null) window.sessionStorage.setItem(FAULTS_KEY, formatFaults(faults.rules));
  configureBackend({
    latencyMs: baseLatency(options.latency),
    faults: faults.rules,
    invalidFaults: faults.invalid,
    onFaultsChange: (text) => window.sessionStorage.setItem(FAULTS_KEY, text),
    appUrl: `${window.location.origin}${options.baseUrl}`,
    onChange: () => channel?.postMessage({ at: Date.now() }),
  });
  await setupWorker(...handlers).start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
