import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { DATA_CHANGED_CHANNEL } from '../domain/live-sync';
import { loadMessages, type LoadedMessages } from '../i18n/i18n';
import { usePreferencesStore } from '../stores/preferences-store';
import { AppProviders } from './providers';
import { routes } from './router';

// A hash router lets the static build run on any host without rewrites, as the admin center's own routes
// (#/homepage, #/BillingAccounts/agreement …) do.
// main.tsx renders the first page and starts the mock backend; calls wait for the backend.
export { ensureBackend, setBackendStarter } from '../api/client';
export { registerTokenSources } from '../stores/session-store';

let startMessages: LoadedMessages = {};

/**
 * Loads the chosen language before the first render, so that the first page is not shown in English. If it
 * cannot be loaded the page starts in English (and the language picker says so).
 */
export async function prepareLanguage(): Promise<void> {
  const language = usePreferencesStore.getState().language;
  startMessages = await loadMessages(language).then(
    (messages) => ({ [language]: messages }),
    () => ({}),
  );
}

export type AppRouter = ReturnType<typeof createHashRouter>;

export const createAppRouter = (): AppRouter => createHashRouter(routes);

/**
 * Resolves when the router has loaded its first page (its code and its loader's data), or when `orElse`
 * settles first. Rendering then shows that page at once rather than a loading page first.
 */
export function firstPageReady(router: AppRouter, orElse: Promise<unknown>): Promise<void> {
  const ready = new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
  return Promise.race([ready, orElse.then(noop, noop)]);
}

const noop = () => undefined;

export function App({ router }: { router: AppRouter }) {
  // Another tab changed the data (the partner attested, the customer accepted): show it without a reload.
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(DATA_CHANGED_CHANNEL);
    channel.onmessage = () => void router.revalidate();
    return () => channel.close();
  }, [router]);
  return (
    <AppProviders messages={startMessages}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
