import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { DOCK_INITIAL_STATE, useDockStore } from '../src/stores/dock-store';
import { usePreferencesStore } from '../src/stores/preferences-store';
import { useViewStore } from '../src/stores/view-store';
import { setDemoProblem } from '../src/stores/demo-notice';
import { clearActivity } from '../src/api/activity';
import { setRetryDelay } from '../src/api/client';
import { registerTokenSources, usePartnerSessionStore, useSessionStore } from '../src/stores/session-store';
import { installFastComputedStyle, installStyleRuleIndex, skipOwnerStacks } from './fast-dom';

// Journeys (jsdom) also start from empty storage and fresh stores, on top of what every test gets
// (./setup-node.ts, the project's first setup file: the seed, the mock server, no console.error).

// findBy* waits up to 20 s: a step that takes a second on an idle 2-core machine took ten with a dozen other
// processes running, and the suite must stay green then (a test's own limit, 40 s, still catches a hang).
configure({ asyncUtilTimeout: 20_000 });

// A failed query's message prints the whole page, and findBy* and waitFor fail many times before they pass,
// throwing each message away: a failure while they poll (when Testing Library turns its expensive
// diagnostics off) writes its message only when it is read, at the timeout, from the same page.
// (_disableExpensiveErrorDiagnostics is Testing Library's own flag, set while waitFor calls back: untyped.)
const polling = () =>
  (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics;
const printedError = getConfig().getElementError;
configure({
  getElementError: (message, container) =>
    polling() ? lazyError(() => printedError(message, container)) : printedError(message, container),
});

function lazyError(build: () => Error): Error {
  const error = new Error();
  error.name = 'TestingLibraryElementError';
  let message: string | undefined;
  Object.defineProperty(error, 'message', {
    configurable: true,
    get: () => (message ??= build().message),
    set: (value: string) => {
      message = value;
    },
  });
  return error;
}

// The same answers from jsdom and React, sooner (./fast-dom.ts says how; fast-dom.test.tsx checks both).
installFastComputedStyle(window);
installStyleRuleIndex();
skipOwnerStacks();

// As the bootstrap does in the browser: the API client sends the stores' tokens.
registerTokenSources();

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  useSessionStore.setState({ session: null });
  usePartnerSessionStore.setState({ session: null });
  clearActivity();
  useDockStore.setState(DOCK_INITIAL_STATE);
  setRetryDelay(0);
  usePreferencesStore.setState({ language: 'en-US' });
  useViewStore.setState({ view: 'trainer' });
  setDemoProblem(null);
});

afterEach(() => {
  cleanup();
});
