import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SIMULATOR_PARAMS, entryRoute } from './domain/admin-links';

// Start the simulated backend first, then create the router: a data router runs its first loaders as
// soon as it exists, and they must reach the mock. Both downloads start at once.
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
  const language = app.prepareLanguage();
  await startMockBackend({
    baseUrl: base,
    scenarioId: params.get('scenario'),
    now: params.get('now'),
    faults: params.get('faults'),
    latency: params.get('latency'),
  });
  await language;

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <app.App />
    </StrictMode>,
  );
}

void start();
