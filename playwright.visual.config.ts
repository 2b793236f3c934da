import { defineConfig, devices } from '@playwright/test';

// The visual baselines: every screen of tests/visual/routes.ts in both languages at a desktop and a phone
// width, compared pixel for pixel with the pictures in tests/visual/baselines. Same production build and
// `vite preview` as the journeys, on a port of its own. Update: `npm run test:visual -- --update-snapshots`.
const port = 4181;

// Rasterize on the CPU, in one pass, without per-run shortcuts: a shadow's edge was seen to move by one
// pixel between two runs with the defaults.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-gpu-rasterization',
    '--disable-partial-raster',
    '--disable-skia-runtime-opts',
    '--disable-lcd-text',
    '--force-color-profile=srgb',
    '--font-render-hinting=none',
  ],
};

const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

export default defineConfig({
  testDir: 'tests/visual',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 240_000,
  outputDir: 'test-results/visual',
  snapshotPathTemplate: 'tests/visual/baselines/{arg}-{projectName}{ext}',
  // Generous waits: on a busy 2-core machine a page can take seconds; a wait that passes costs nothing.
  expect: {
    timeout: 20_000,
    toHaveScreenshot: { maxDiffPixels: 0, threshold: 0, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    actionTimeout: 20_000,
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    colorScheme: 'light',
    // The bundled font is given as data: URLs, which the site's font-src 'self' would refuse.
    bypassCSP: true,
    launchOptions: chromium,
  },
  projects: (['en-US', 'it-IT'] as const).flatMap((locale) =>
    (['desktop', 'phone'] as const).map((size) => ({
      name: `${locale}-${size}`,
      use: {
        ...devices['Desktop Chrome'],
        locale,
        viewport: widths[size],
        deviceScaleFactor: 1,
        launchOptions: chromium,
      },
    })),
  ),
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
