/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyMeta, SECURITY_HEADERS } from './scripts/content-security-policy';
import { adminPortalEntryPages } from './scripts/entry-pages';
import { preloadStartupChunks } from './scripts/preload-startup';
import { startupChunk } from './scripts/startup-chunk';

// BASE_PATH lets the static demo live under a sub-path (it must be absolute, e.g. /sim/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), preloadStartupChunks(), adminPortalEntryPages(), contentSecurityPolicyMeta()],
  // The manifest lets `npm run size` and `npm run bench` tell which chunks a first visit needs.
  build: { manifest: true, rollupOptions: { output: { manualChunks: startupChunk() } } },
  // The headers README asks a host to send; the built HTML carries the policy as a meta tag too.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/integration/**/*.test.tsx'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
