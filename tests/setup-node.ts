import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { load } from '../mocks/db/db';
import { configureBackend } from '../mocks/lib/route';
import { server } from '../mocks/node';

// Every test, in node or in jsdom, starts from the default scenario's seed on the mock backend; an unhandled
// request or a console.error fails it.
let consoleErrors: unknown[][] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(() => {
  load();
  configureBackend();
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  server.resetHandlers();
  expect(consoleErrors, 'console.error was called').toEqual([]);
});

afterAll(() => server.close());
