import { getResponse, http, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';

export interface BrowserBackendOptions {
  baseUrl: string;
  scenarioId: string | null;
  now: string | null;
  /** The `faults` URL parameter; without it, this tab keeps the faults it had. */
  faults: string | null;
  /** The `latency` URL parameter: the simulated network's own delay in ms (250 by default). */
  latency: string | null;
}

/** The simulator's API: the admin center's own calls, Partner Center's, and Microsoft Graph's (`/v1.0/`). */
const API_PATH = /^\/(api|v1|v1\.0)\//;

/**
 * Starts the simulated backend in the browser. Only MSW's client is needed to register the worker; the
 * backend itself (data, handlers, schemas) is fetched with the first API call, so that a first visit can
 * show the sign-in form without waiting for it.
 */
export async function startMockBackend(options: BrowserBackendOptions): Promise<void> {
  let runtime: Promise<RequestHandler[]> | null = null;
  const backend = () => (runtime ??= import('./browser-runtime').then((m) => m.startRuntime(options)));
  // A predicate, not the path '*': MSW decodes what a path pattern matches, and a malformed escape
  // (`/api/partners/%zz`) would throw before the backend's own guard could answer 400.
  const isApiCall = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    return url.origin === window.location.origin && API_PATH.test(url.pathname);
  };
  await setupWorker(http.all(isApiCall, async ({ request }) => getResponse(await backend(), request))).start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
