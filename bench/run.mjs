// `npm run bench`: times `npm test`, builds the app and a floor page, then measures both in headless Chromium on
// `vite preview` and prints a table. Times vary from machine to machine: CI never checks them
// (it checks sizes against bench/budget.json, `npm run size`). Exits 1 when a target is missed.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { firstVisitFiles, gzipBytes, kb, readManifest, routeChunks, sumGzip } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const APP = 'http://127.0.0.1:4173';
const FLOOR = 'http://127.0.0.1:4174';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { jsRatio: 1.2, timeRatio: 1.2, filterMs: 100, filterRatio: 3, testSuiteS: 45 };
// On an idle machine no test may take longer than this. vite.config.ts's testTimeout is far higher (40 s), so
// that a busy machine stays green; slowness is this benchmark's to report.
const SLOWEST_TEST_MS = 5_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 100) / 100;

/**
 * `npm test` as a newcomer runs it: the wall time of the whole Vitest suite, and its slowest test (from
 * Vitest's JSON report). Run first, while nothing else of the bench is running.
 */
function testSuite() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-vitest-'));
  const report = join(dir, 'vitest.json');
  const started = performance.now();
  execSync(`npx vitest run --reporter=dot --reporter=json --outputFile.json=${report}`, { stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  let slowest = { name: '', ms: 0 };
  for (const file of testResults) {
    for (const test of file.assertionResults) {
      if ((test.duration ?? 0) > slowest.ms) slowest = { name: test.fullName, ms: test.duration };
    }
  }
  return { seconds, slowest };
}

function build() {
  execSync('npx vite build', { stdio: 'ignore' });
  execSync('npx vite build --config bench/floor/vite.config.ts', { stdio: 'ignore' });
}

function serve(args, url) {
  const child = spawn('npx', ['vite', 'preview', ...args], { stdio: 'ignore', detached: true });
  const deadline = Date.now() + 30_000;
  return (async () => {
    while (Date.now() < deadline) {
      try {
        if ((await fetch(url)).ok) return child;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${url} did not start`);
  })();
}

/**
 * A first visit in a fresh context: when the sign-in field could first be typed in. The page is watched from
 * the moment the navigation commits (not from its load event, which comes after scripts the form does not
 * wait for), and the time is taken in the page, in the first animation frame where the field is there,
 * laid out and enabled.
 */
async function usableAfter(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const usable = await page.waitForFunction(() => {
    const field = document.querySelector('input[name="userPrincipalName"]');
    const ready =
      field instanceof HTMLInputElement && !field.disabled && field.getBoundingClientRect().width > 0;
    return ready && performance.now();
  });
  const ms = await usable.jsonValue();
  await context.close();
  return ms;
}

/**
 * Lighthouse's desktop scores for a page (0–100): performance (the median of a few runs, it varies) and
 * accessibility. Lighthouse drives its own Chromium, headless.
 */
async function lighthouseScores(url) {
  const chrome = await launchChrome({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });
  try {
    const performance = [];
    let accessibility = 0;
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const result = await lighthouse(
        url,
        { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        desktopConfig,
      );
      const { categories } = result.lhr;
      performance.push(Math.round(categories.performance.score * 100));
      accessibility = Math.round(categories.accessibility.score * 100);
    }
    return { performance: median(performance), accessibility };
  } finally {
    chrome.kill();
  }
}

/** Time from one filter keystroke to the updated partner list (the count under the filter changes). */
async function filterTimes(browser, scenario, account, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${APP}/?scenario=${scenario}&latency=0&now=2026-03-01#/partners`);
  await page.getByLabel(/^User name/).fill(account);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('table', { name: 'Other partner types' }).waitFor();
  const times = [];
  for (const key of ['b', 'c', 'd', 'g', 'h', 'k', 'l']) {
    const ms = await page.evaluate(async (character) => {
      const input = document.querySelector('input[type="search"]');
      const status = input?.closest('.MuiPaper-root')?.querySelector('[role="status"]');
      if (!(input instanceof HTMLInputElement) || !status) throw new Error('no filter on the page');
      const setValue = (value) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const changed = (action) =>
        new Promise((resolve, reject) => {
          const before = status.textContent;
          const timeout = setTimeout(() => reject(new Error('the list did not change')), 5000);
          const observer = new MutationObserver(() => {
            if (status.textContent === before) return;
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now());
          });
          observer.observe(status, { childList: true, subtree: true, characterData: true });
          action();
        });
      const start = performance.now();
      const end = await changed(() => setValue(character));
      await changed(() => setValue(''));
      return end - start;
    }, key);
    times.push(ms);
  }
  await context.close();
  return median(times);
}

/**
 * Time from a click on a Status filter value (Expired, on, then off) to the updated GDAP section (the
 * item count above the lists changes), in the tenant with 2,000 GDAP relationships and 5,000 partners.
 */
async function gdapStatusFilterTimes(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${APP}/?scenario=many-partners&latency=0&now=2026-03-01#/partners`);
  await page.getByLabel(/^User name/).fill('admin@margiestravel.onmicrosoft.com');
  await page.getByLabel(/^Password/).fill('Margies#2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('table', { name: 'Granular delegated administrative privileges (GDAP)' }).waitFor();
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Expired' }).waitFor();
  const times = [];
  for (let i = 0; i < 7; i++) {
    const ms = await page.evaluate(async () => {
      const item = Array.from(document.querySelectorAll('[role="menuitemcheckbox"]')).find(
        (element) => element.textContent === 'Expired',
      );
      const status = document
        .querySelector('input[type="search"]')
        ?.closest('.MuiPaper-root')
        ?.querySelector('[role="status"]');
      if (!(item instanceof HTMLElement) || !status) throw new Error('no Status filter on the page');
      const changed = () =>
        new Promise((resolve, reject) => {
          const before = status.textContent;
          const timeout = setTimeout(() => reject(new Error('the list did not change')), 5000);
          const observer = new MutationObserver(() => {
            if (status.textContent === before) return;
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now());
          });
          observer.observe(status, { childList: true, subtree: true, characterData: true });
          item.click();
        });
      const start = performance.now();
      const end = await changed();
      await changed();
      return end - start;
    });
    times.push(ms);
  }
  await context.close();
  return median(times);
}

async function main() {
  console.log('Running npm test…');
  const suite = testSuite();
  console.log('Building the app and the floor page…');
  build();
  const app = await serve(['--port', '4173', '--strictPort'], APP);
  const floor = await serve(['--config', 'bench/floor/vite.config.ts'], FLOOR);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    // What a first visit downloads (the scripts index.html names and their static imports, MSW's client
    // included): deterministic, the same figure `npm run size` checks.
    const appJs = sumGzip('dist', firstVisitFiles(readManifest('dist'), 'dist'));
    const floorJs = sumGzip('dist-floor', firstVisitFiles(readManifest('dist-floor'), 'dist-floor'));
    const appRuns = [];
    const floorRuns = [];
    for (let i = 0; i < RUNS; i++) {
      appRuns.push(await usableAfter(browser, `${APP}/?latency=0#/signin`));
      floorRuns.push(await usableAfter(browser, `${FLOOR}/`));
    }
    const appMs = median(appRuns);
    const floorMs = median(floorRuns);
    const many = await filterTimes(
      browser,
      'many-partners',
      'admin@margiestravel.onmicrosoft.com',
      'Margies#2026',
    );
    const fifty = await filterTimes(
      browser,
      'fifty-partners',
      'admin@lamnahealthcare.onmicrosoft.com',
      'Lamna#2026',
    );
    const gdapStatus = await gdapStatusFilterTimes(browser);
    const appScores = await lighthouseScores(`${APP}/?latency=0#/signin`);
    const floorScores = await lighthouseScores(`${FLOOR}/`);

    const rows = [
      [
        '`npm test`, the whole Vitest suite (wall)',
        `${round(suite.seconds)} s`,
        '',
        '',
        `≤ ${TARGETS.testSuiteS} s`,
      ],
      [
        `its slowest test: ${suite.slowest.name}`,
        `${round(suite.slowest.ms)} ms`,
        '',
        '',
        `≤ ${SLOWEST_TEST_MS} ms`,
      ],
      [
        "first-visit JS: what index.html loads, MSW's client included (gzip)",
        `${kb(appJs)} KB`,
        `${kb(floorJs)} KB`,
        round(appJs / floorJs),
        `≤ ${TARGETS.jsRatio}`,
      ],
      [
        `navigation to a usable sign-in form (median of ${RUNS}, fresh context)`,
        `${round(appMs)} ms`,
        `${round(floorMs)} ms`,
        round(appMs / floorMs),
        `≤ ${TARGETS.timeRatio}`,
      ],
      [
        'filter keystroke to updated lists, 5,000 partners and 2,000 GDAP relationships (median)',
        `${round(many)} ms`,
        '',
        '',
        `≤ ${TARGETS.filterMs} ms`,
      ],
      [
        'the same, 50 partners; ratio 5,000 / 50',
        `${round(fifty)} ms`,
        '',
        round(many / fifty),
        `≤ ${TARGETS.filterRatio}`,
      ],
      [
        'Status filter click to updated GDAP list, 2,000 relationships (median)',
        `${round(gdapStatus)} ms`,
        '',
        '',
        `≤ ${TARGETS.filterMs} ms`,
      ],
      [
        `Lighthouse desktop performance, sign-in page (median of ${LIGHTHOUSE_RUNS})`,
        appScores.performance,
        floorScores.performance,
        '',
        'reported',
      ],
      [
        'Lighthouse accessibility, sign-in page',
        appScores.accessibility,
        floorScores.accessibility,
        '',
        'reported',
      ],
    ];
    console.log('\n| measure | app | floor | ratio | target |\n|---|---|---|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log('\nRoute chunks (gzip, what a visit to each page adds):');
    const manifest = readManifest('dist');
    for (const { route, file } of routeChunks(manifest)) {
      console.log(`  ${route.padEnd(40)} ${String(kb(gzipBytes(join('dist', file)))).padStart(6)} KB`);
    }

    const results = {
      testSuiteS: round(suite.seconds),
      slowestTestMs: round(suite.slowest.ms),
      appJsKB: kb(appJs),
      floorJsKB: kb(floorJs),
      jsRatio: round(appJs / floorJs),
      appUsableMs: round(appMs),
      floorUsableMs: round(floorMs),
      timeRatio: round(appMs / floorMs),
      filter5000Ms: round(many),
      filter50Ms: round(fifty),
      filterRatio: round(many / fifty),
      gdapStatusFilterMs: round(gdapStatus),
      lighthouse: { app: appScores, floor: floorScores },
    };
    writeFileSync('bench/last-run.json', `${JSON.stringify(results, null, 2)}\n`);
    // Compared unrounded: 1.214 is over a 1.2 target even if the table shows 1.2.
    const missed = [
      appJs / floorJs > TARGETS.jsRatio && `first-visit JS ratio (${(appJs / floorJs).toFixed(3)})`,
      appMs / floorMs > TARGETS.timeRatio && `time-to-usable ratio (${(appMs / floorMs).toFixed(3)})`,
      many > TARGETS.filterMs && 'filter time at 5,000',
      many / fifty > TARGETS.filterRatio && 'filter ratio 5,000 / 50',
      gdapStatus > TARGETS.filterMs && 'GDAP Status filter time at 2,000',
      suite.seconds > TARGETS.testSuiteS && '`npm test` time',
      suite.slowest.ms > SLOWEST_TEST_MS && `slowest test (${suite.slowest.name})`,
    ].filter(Boolean);
    console.log(missed.length ? `\nMissed targets: ${missed.join(', ')}` : '\nAll targets met.');
    process.exitCode = missed.length ? 1 : 0;
  } finally {
    await browser.close();
    for (const child of [app, floor]) process.kill(-child.pid);
  }
}

await main();
