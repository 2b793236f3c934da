import { useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { DATA_CHANGED_CHANNEL } from '../domain/live-sync';
import { createI18n, loadMessages } from '../i18n/i18n';
import type { Messages } from '../i18n/locales/en-US';
import type { Language } from '../i18n/languages';
import { usePreferencesStore } from '../stores/preferences-store';
import { AppProviders } from './providers';
import { routes } from './router';

// A hash router lets the static build run on any host without rewrites, as the admin center's own routes
// (#/homepage, #/BillingAccounts/agreement …) do.
// main.tsx starts the mock backend and renders at once; calls wait for the backend.
export { holdRequestsUntil } from '../api/client';

let startMessages: Partial<Record<Language, Messages>> = {};

/** Loads the chosen language before the first render, so that the first page is not shown in English. */
export async function prepareLanguage(): Promise<void> {
  const language = usePreferencesStore.getState().language;
  startMessages = { [language]: await loadMessages(language) };
}

export function App() {
  const [i18n] = useState(() => createI18n(usePreferencesStore.getState().language, startMessages));
  const [router] = useState(() => createHashRouter(routes));
  // Another tab changed the data (the partner attested, the customer accepted): show it without a reload.
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(DATA_CHANGED_CHANNEL);
    channel.onmessage = () => void router.revalidate();
    return () => channel.close();
  }, [router]);
  return (
    <AppProviders i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
