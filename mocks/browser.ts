import { setupWorker } from 'msw/browser';
import { DATA_CHANGED_CHANNEL } from '../src/domain/live-sync';
import { load } from './db/db';
import { handlers } from './handlers';
import { configureBackend } from './lib/route';

export interface BrowserBackendOptions {
  baseUrl: string;
  scenarioId: string | null;
  now: string | null;
}

/** Starts the simulated backend in the browser: data in localStorage, a little latency, the worker. */
export async function startMockBackend(options: BrowserBackendOptions): Promise<void> {
  load({ storage: window.localStorage, scenarioId: options.scenarioId, now: options.now });
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DATA_CHANGED_CHANNEL) : null;
  configureBackend({
    latencyMs: 250,
    appUrl: `${window.location.origin}${options.baseUrl}`,
    onChange: () => channel?.postMessage({ at: Date.now() }),
  });
  await setupWorker(...handlers).start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
