import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureBackend, setBackendStarter } from '../api/client';
import { SIMULATOR_PARAMS, entryRoute } from '../domain/admin-links';
import { configureZodForStrictCsp } from '../domain/zod-config';
import { loadMessages, type LoadedMessages } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { usePreferencesStore } from '../stores/preferences-store';
import { useViewStore, viewFromParam } from '../stores/view-store';
import { registerTokenSources } from '../stores/session-store';
import { App, createAppRouter } from './app';
import { firstPageReady } from './first-page';

/*
 * The startup path, in order. This module owns the sequence; each part it calls does one step and knows
 * nothing of the others (README › Decisions › The startup path says why it is shaped like this).
 *
 * 0. Content-Security-Policy. zod is told not to probe for eval before any schema is built (the built site
 *    allows no eval, and the probe is reported as a violation; src/domain/zod-config.ts).
 * 1. Entry URL. A Partner Center link (…/AdminPortal/Home?ref=…, …#/BillingAccounts/partner-invitation)
 *    becomes the matching hash route; the simulator's own parameters (scenario, now, faults, latency) are
 *    read here, once, and dropped from the address bar.
 * 2. Downloads. This module, the app and the customer sign-in page are one startup chunk
 *    (scripts/startup-chunk.ts). What this module imports dynamically, MSW's client, is preloaded by
 *    index.html (scripts/preload-startup.ts) so that it downloads with the entry; the Partner Center sign-in
 *    page is fetched here, only when it is the page being opened.
 * 3. Wiring. The API client learns where the session tokens are and how to start the backend. Nothing
 *    starts yet.
 * 4. Router. Creating the data router runs the first page's loader at once. Its API calls wait in the
 *    client (`ensureBackend`) until the backend is up, and the first of them starts it.
 * 5. Language. The chosen language's messages load before the first render (English if they cannot).
 * 6. First paint. Render when the first page is ready (its code and its data), or as soon as it asks for
 *    data, whichever comes first: a page that needs no data (sign-in) appears complete, one that needs data
 *    shows its loading page while the backend starts.
 * 7. Backend. After the first frame, the backend starts if no call has started it: MSW's client registers
 *    the service worker (mocks/browser.ts); the handlers and data (mocks/browser-runtime.ts) load with the
 *    first request the worker passes on.
 */
export async function bootstrap(): Promise<void> {
  configureZodForStrictCsp();
  const base = import.meta.env.BASE_URL;
  const params = takeEntryUrl(base);
  const view = params.get('view');
  if (view !== null) useViewStore.getState().setView(viewFromParam(view));

  if (window.location.hash.startsWith('#/partner-center')) {
    import('./routes/partner-center/sign-in').catch(() => undefined); // the router asks again
  }

  registerTokenSources();
  let dataNeeded = () => {};
  const firstCall = new Promise<void>((resolve) => (dataNeeded = resolve));
  setBackendStarter(async () => {
    dataNeeded();
    const { startMockBackend } = await import('../../mocks/browser');
    await startMockBackend({
      baseUrl: base,
      scenarioId: params.get('scenario'),
      now: params.get('now'),
      faults: params.get('faults'),
      latency: params.get('latency'),
    });
  });

  const router = createAppRouter();
  const messages = await startMessages(usePreferencesStore.getState().language);
  await firstPageReady(router, firstCall);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App router={router} messages={messages} />
    </StrictMode>,
  );
  requestAnimationFrame(() => setTimeout(() => void ensureBackend(), 0));
}

/** Moves an entry link to its in-app route and returns the query it came with (step 1). */
function takeEntryUrl(base: string): URLSearchParams {
  const params = new URLSearchParams(window.location.search);
  const target = entryRoute(window.location, base);
  if (target !== null) {
    window.history.replaceState(null, '', `${base}#${target}`);
  } else if (SIMULATOR_PARAMS.some((name) => params.has(name))) {
    window.history.replaceState(null, '', `${base}${window.location.hash}`);
  }
  return params;
}

/** The chosen language's messages, so that the first page is not shown in English (step 5). */
function startMessages(language: Language): Promise<LoadedMessages> {
  return loadMessages(language).then(
    (messages) => ({ [language]: messages }),
    () => ({}),
  );
}
