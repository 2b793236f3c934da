import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SIMULATOR_PARAMS, entryRoute } from './domain/admin-links';

// Start the simulated backend and the app together. A data router runs its first loaders as soon as it
// exists; their calls wait in the API client until the mock is up.
async function start() {
  const base = import.meta.env.BASE_URL;
  const params = new URLSearchParams(window.location.search);

  // A Partner Center link (…/AdminPortal/Home?ref=… or …#/BillingAccounts/partner-invitation) becomes the
  // matching in-app hash route; the simulator's own parameters (scenario, now) are read here and dropped.
  const target = entryRoute(window.location, base);
  if (target !== null) {
    window.history.replaceState(null, '', `${base}#${target}`);
  } else if (SIMULATOR_PARAMS.some((name) => params.has(name))) {
    window.history.replaceState(null, '', `${base}${window.location.hash}`);
  }

  // The customer sign-in page is in the startup chunk (scripts/startup-chunk.ts); on a Partner Center link,
  // fetch that sign-in page with the app instead of after the router asks for it.
  if (window.location.hash.startsWith('#/partner-center')) {
    import('./app/routes/partner-center/sign-in').catch(() => undefined); // the router asks again
  }
  const app = await import('./app/app');
  app.registerTokenSources();
  // The mock backend (MSW's client, then its worker) starts with the first API call, or once the first page
  // is on screen if that page needed no data: the sign-in form does not wait for it. Calls wait for it.
  let dataNeeded = () => {};
  const firstCall = new Promise<void>((resolve) => (dataNeeded = resolve));
  app.setBackendStarter(async () => {
    dataNeeded();
    const { startMockBackend } = await import('../mocks/browser');
    await startMockBackend({
      baseUrl: base,
      scenarioId: params.get('scenario'),
      now: params.get('now'),
      faults: params.get('faults'),
      latency: params.get('latency'),
    });
  });
  const router = app.createAppRouter();
  await app.prepareLanguage();
  // A page that needs no data (sign-in) is rendered when ready, without a loading page before it; one that
  // needs data shows the loading page while the backend starts.
  await app.firstPageReady(router, firstCall);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <app.App router={router} />
    </StrictMode>,
  );
  requestAnimationFrame(() => setTimeout(() => void app.ensureBackend(), 0));
}

void start();
