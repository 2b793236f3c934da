import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { db, load } from '../mocks/db/db';
import { issueToken } from '../mocks/lib/session';
import { AppProviders } from '../src/app/providers';
import { routes } from '../src/app/router';
import { stillTheme } from '../src/app/theme';
import { itIT } from '../src/i18n/locales/it-IT';
import type { Language } from '../src/i18n/languages';
import { usePreferencesStore } from '../src/stores/preferences-store';
import { usePartnerSessionStore, useSessionStore } from '../src/stores/session-store';

export interface RenderAppOptions {
  /** The scenario to load (its seed); the default scenario otherwise. */
  scenario?: string;
  /** Start signed in as this demo account. */
  signedInAs?: string;
  /** Start signed in to Partner Center (simulated) as this demo partner agent. */
  partnerSignedInAs?: string;
  language?: Language;
}

/**
 * Styles that jsdom never inserts. jsdom does no layout, and matching every MUI rule against every element
 * each time a role query checks visibility was a third of a journey's time.
 */
function unstyledCache() {
  const cache = createCache({ key: 'test' });
  cache.sheet.insert = () => undefined;
  return cache;
}

/** Renders the real route table at an in-app URL, on the mock backend, as a user would meet it. */
export function renderApp(url: string, options: RenderAppOptions = {}) {
  if (options.scenario) load({ scenarioId: options.scenario });
  if (options.signedInAs) signInAs(options.signedInAs);
  if (options.partnerSignedInAs) signInAsPartner(options.partnerSignedInAs);
  const language = options.language ?? 'en-US';
  usePreferencesStore.setState({ language });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  // No pause between keystrokes: a journey types hundreds of characters.
  const user = userEvent.setup({ delay: null });
  const view = render(
    <CacheProvider value={unstyledCache()}>
      <AppProviders messages={language === 'it-IT' ? { 'it-IT': itIT } : {}} theme={stillTheme}>
        <RouterProvider router={router} />
      </AppProviders>
    </CacheProvider>,
  );
  return { user, router, ...view };
}

export function signInAs(userPrincipalName: string): void {
  const account = db().users.find((row) => row.userPrincipalName === userPrincipalName);
  if (!account) throw new Error(`No demo account ${userPrincipalName} in scenario ${db().scenarioId}`);
  const { token, expiresAt } = issueToken(account.id, 'session');
  useSessionStore.getState().startSession({ token, expiresAt });
}

export function signInAsPartner(userPrincipalName: string): void {
  const agent = db().agents.find((row) => row.userPrincipalName === userPrincipalName);
  if (!agent) throw new Error(`No partner agent ${userPrincipalName} in scenario ${db().scenarioId}`);
  const { token, expiresAt } = issueToken(agent.id, 'partner');
  usePartnerSessionStore.getState().startSession({ token, expiresAt });
}
