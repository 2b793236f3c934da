// `npm run bench`: builds the app and a floor page, then measures both in headless Chromium on
// `vite preview` and prints a table. Times vary from machine to machine: CI never checks them
// (it checks sizes against bench/budget.json, `npm run size`). Exits 1 when a target is missed.
import { execSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { gzipBytes, kb, readManifest, routeChunks } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const APP = 'http://127.0.0.1:4173';
const FLOOR = 'http://127.0.0.1:4174';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { jsRatio: 1.2, timeRatio: 1.2, filterMs: 100, filterRatio: 3 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 100) / 100;

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
 * A first visit in a fresh context: the scripts that finished loading by the time the sign-in field can be
 * typed in, and when that was. Scripts still on their way then (the demo panel, the mock data) did not
 * hold the form up and are not counted.
 */
async function firstVisit(browser, url, dist) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(url);
  await page.waitForFunction(() => {
    const field = document.querySelector('input[name="userPrincipalName"]');
    return field instanceof HTMLInputElement && !field.disabled && field.getBoundingClientRect().width > 0;
  });
  const usableMs = await page.evaluate(() => performance.now());
  const loaded = [...scripts];
  await context.close();
  const bytes = loaded.reduce((sum, path) => sum + gzipBytes(join(dist, path.replace(/^\//, ''))), 0);
  return { usableMs, bytes, files: loaded.length };
}

/** Time from one filter keystroke to the updated partner list (the count under the filter changes). */
async function filterTimes(browser, scenario, account, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${APP}/?scenario=${scenario}&latency=0&now=2026-03-01#/partners`);
  await page.getByLabel(/^User name/).fill(account);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('table', { name: 'Partners' }).waitFor();
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

async function main() {
  console.log('Building the app and the floor page…');
  build();
  const app = await serve(['--port', '4173', '--strictPort'], APP);
  const floor = await serve(['--config', 'bench/floor/vite.config.ts'], FLOOR);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const appRuns = [];
    const floorRuns = [];
    for (let i = 0; i < RUNS; i++) {
      appRuns.push(await firstVisit(browser, `${APP}/?latency=0#/signin`, 'dist'));
      floorRuns.push(await firstVisit(browser, `${FLOOR}/`, 'dist-floor'));
    }
    const appJs = median(appRuns.map((r) => r.bytes));
    const floorJs = median(floorRuns.map((r) => r.bytes));
    const appMs = median(appRuns.map((r) => r.usableMs));
    const floorMs = median(floorRuns.map((r) => r.usableMs));
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

    const rows = [
      [
        'first-visit JS before the sign-in form is usable (gzip)',
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
        'filter keystroke to updated list, 5,000 partners (median)',
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
    ];
    console.log('\n| measure | app | floor | ratio | target |\n|---|---|---|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log('\nRoute chunks (gzip, what a visit to each page adds):');
    const manifest = readManifest('dist');
    for (const { route, file } of routeChunks(manifest)) {
      console.log(`  ${route.padEnd(40)} ${String(kb(gzipBytes(join('dist', file)))).padStart(6)} KB`);
    }

    const results = {
      appJsKB: kb(appJs),
      floorJsKB: kb(floorJs),
      jsRatio: round(appJs / floorJs),
      appUsableMs: round(appMs),
      floorUsableMs: round(floorMs),
      timeRatio: round(appMs / floorMs),
      filter5000Ms: round(many),
      filter50Ms: round(fifty),
      filterRatio: round(many / fifty),
    };
    writeFileSync('bench/last-run.json', `${JSON.stringify(results, null, 2)}\n`);
    // Compared unrounded: 1.214 is over a 1.2 target even if the table shows 1.2.
    const missed = [
      appJs / floorJs > TARGETS.jsRatio && `first-visit JS ratio (${(appJs / floorJs).toFixed(3)})`,
      appMs / floorMs > TARGETS.timeRatio && `time-to-usable ratio (${(appMs / floorMs).toFixed(3)})`,
      many > TARGETS.filterMs && 'filter time at 5,000',
      many / fifty > TARGETS.filterRatio && 'filter ratio 5,000 / 50',
    ].filter(Boolean);
    console.log(missed.length ? `\nMissed targets: ${missed.join(', ')}` : '\nAll targets met.');
    process.exitCode = missed.length ? 1 : 0;
  } finally {
    await browser.close();
    for (const child of [app, floor]) process.kill(-child.pid);
  }
}

await main();
