import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { load } from '../mocks/db/db';
import { configureBackend } from '../mocks/lib/route';
import { server } from '../mocks/node';
import { usePreferencesStore } from '../src/stores/preferences-store';
import { clearActivity } from '../src/api/activity';
import { setRetryDelay } from '../src/api/client';
import { registerTokenSources, usePartnerSessionStore, useSessionStore } from '../src/stores/session-store';

// Every test starts from the default scenario's seed, empty storage and fresh stores; an unhandled request
// or a console.error fails it.
let consoleErrors: unknown[][] = [];

// jsdom on a 2-core machine running the whole suite in parallel is slow; findBy* waits up to 5 s.
configure({ asyncUtilTimeout: 5000 });

// As the bootstrap does in the browser: the API client sends the stores' tokens.
registerTokenSources();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  load();
  configureBackend({ latencyMs: 0, faults: [], random: Math.random });
  useSessionStore.setState({ session: null });
  usePartnerSessionStore.setState({ session: null });
  clearActivity();
  setRetryDelay(0);
  usePreferencesStore.setState({ language: 'en-US' });
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  expect(consoleErrors, 'console.error was called').toEqual([]);
});

afterAll(() => server.close());
