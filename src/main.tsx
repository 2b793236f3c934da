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

  // The sign-in page is where most first visits land: fetch it with the rest instead of after the router.
  const signIn = (
    window.location.hash.startsWith('#/partner-center')
      ? import('./app/routes/partner-center/sign-in')
      : import('./app/routes/sign-in')
  ).catch(() => undefined); // the router asks again, and shows the failure
  const [{ startMockBackend }, app] = await Promise.all([import('../mocks/browser'), import('./app/app')]);
  void signIn;
  // The worker starts while the first page renders: API calls wait for it (holdRequestsUntil), so no
  // loader can reach the network before the mock does.
  app.holdRequestsUntil(
    startMockBackend({
      baseUrl: base,
      scenarioId: params.get('scenario'),
      now: params.get('now'),
      faults: params.get('faults'),
      latency: params.get('latency'),
    }),
  );
  await app.prepareLanguage();

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <app.App />
    </StrictMode>,
  );
}

void start();
