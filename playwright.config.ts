import { defineConfig, devices } from '@playwright/test';

// Journeys run on the production build (`vite build`, then `vite preview`) with the MSW worker on, in
// Debian's Chromium: test tools cannot download browsers on these machines.
const port = 4173;
export const apiPort = 4010;
export const subPathPort = 4175;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same app built for a sub-path (BASE_PATH=/sim/), service worker included.
      command: `BASE_PATH=/sim/ npx vite build --outDir dist-sim --emptyOutDir --logLevel error && BASE_PATH=/sim/ npx vite preview --outDir dist-sim --host 127.0.0.1 --port ${subPathPort} --strictPort`,
      url: `http://127.0.0.1:${subPathPort}/sim/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The README's `npm run api`, on its own port: the Partner Center contract over real HTTP.
      command: `npm run api -- --port ${apiPort} --scenario partner-training --now 2026-03-01T12:00:00Z`,
      url: `http://127.0.0.1:${apiPort}/api/sim/state`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
