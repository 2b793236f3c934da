import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { DATA_CHANGED_CHANNEL } from '../domain/live-sync';
import type { LoadedMessages } from '../i18n/i18n';
import { AppProviders } from './providers';
import { routes } from './router';

// A hash router lets the static build run on any host without rewrites, as the admin center's own routes
// (#/homepage, #/BillingAccounts/agreement …) do. The bootstrap (./bootstrap.tsx) creates it and renders.

export type AppRouter = ReturnType<typeof createHashRouter>;

export const createAppRouter = (): AppRouter => createHashRouter(routes);

/** `messages`: the translations loaded before the first render (others load when chosen). */
export function App({ router, messages }: { router: AppRouter; messages: LoadedMessages }) {
  // Another tab changed the data (the partner attested, the customer accepted): show it without a reload.
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(DATA_CHANGED_CHANNEL);
    channel.onmessage = () => void router.revalidate();
    return () => channel.close();
  }, [router]);
  return (
    <AppProviders messages={messages}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
