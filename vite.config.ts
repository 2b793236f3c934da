/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyMeta, SECURITY_HEADERS } from './scripts/content-security-policy';
import { adminPortalEntryPages } from './scripts/entry-pages';
import { preloadStartupChunks } from './scripts/preload-startup';
import { startupChunk } from './scripts/startup-chunk';

// BASE_PATH lets the static demo live under a sub-path (it must be absolute, e.g. /sim/).
const base = process.env.BASE_PATH ?? '/';

// Unit tests of browser-only code (the API client reads window.location) run with the journeys in jsdom.
const browserUnitTests = ['src/api/client.test.ts'];

export default defineConfig({
  base,
  plugins: [react(), preloadStartupChunks(), adminPortalEntryPages(), contentSecurityPolicyMeta()],
  // The manifest lets `npm run size` and `npm run bench` tell which chunks a first visit needs.
  build: { manifest: true, rollupOptions: { output: { manualChunks: startupChunk() } } },
  // The headers README asks a host to send; the built HTML carries the policy as a meta tag too.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    restoreMocks: true,
    // Worker threads start faster than forks, and every core is used (Vitest's default left one idle here).
    pool: 'threads',
    maxWorkers: '100%',
    // Only for hangs: the suite must stay green on a busy machine, where a 3 s journey took 15 s with a dozen
    // other processes running. Slowness is measured idle by `npm run bench` (slowest test, see README).
    testTimeout: 40000,
    projects: [
      {
        // Pure rules and the mock backend's contract tests need no DOM: node starts in a fraction of jsdom's time.
        extends: true,
        test: {
          name: 'node',
          isolate: false,
          environment: 'node',
          setupFiles: ['./tests/setup-node.ts'],
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts'],
          exclude: browserUnitTests,
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          // One module graph per worker (React, MUI, the route table load once, not per file): the setup files
          // reset everything a journey can change (db, storage, stores, backend settings, handlers) before
          // each test, so a file never sees another's state.
          isolate: false,
          environment: 'jsdom',
          setupFiles: ['./tests/setup-node.ts', './tests/setup.ts'],
          include: ['src/**/*.test.tsx', 'tests/integration/**/*.test.tsx', ...browserUnitTests],
        },
      },
    ],
  },
});
