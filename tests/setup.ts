import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { usePreferencesStore } from '../src/stores/preferences-store';
import { clearActivity } from '../src/api/activity';
import { setRetryDelay } from '../src/api/client';
import { registerTokenSources, usePartnerSessionStore, useSessionStore } from '../src/stores/session-store';

// Journeys (jsdom) also start from empty storage and fresh stores, on top of what every test gets
// (./setup-node.ts, the project's first setup file: the seed, the mock server, no console.error).

// findBy* waits up to 5 s: a 2-core machine running the whole suite, and other work, is slow.
configure({ asyncUtilTimeout: 5000 });

// As the bootstrap does in the browser: the API client sends the stores' tokens.
registerTokenSources();

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  useSessionStore.setState({ session: null });
  usePartnerSessionStore.setState({ session: null });
  clearActivity();
  setRetryDelay(0);
  usePreferencesStore.setState({ language: 'en-US' });
});

afterEach(() => {
  cleanup();
});
