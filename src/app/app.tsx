import { useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { DATA_CHANGED_CHANNEL } from '../domain/live-sync';
import { loadMessages, type LoadedMessages } from '../i18n/i18n';
import { usePreferencesStore } from '../stores/preferences-store';
import { AppProviders } from './providers';
import { routes } from './router';

// A hash router lets the static build run on any host without rewrites, as the admin center's own routes
// (#/homepage, #/BillingAccounts/agreement …) do.
// main.tsx starts the mock backend and renders at once; calls wait for the backend.
export { holdRequestsUntil } from '../api/client';

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

export function App() {
  const [router] = useState(() => createHashRouter(routes));
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
