import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { FIXED_NOW } from './routes';

// What makes a screenshot the same on every machine and every run: one font shipped with the project,
// the page's clock stopped at the simulator's fixed instant, and nothing left moving.

const require = createRequire(import.meta.url);
const fontFile = (file: string) => readFileSync(require.resolve(file)).toString('base64');

/**
 * The families the app's CSS names (its sans-serif stack and the monospace names it could use), each one
 * bound to a font from npm, so that no machine's own font is ever picked. 'Segoe UI' first: the stack
 * starts with it, and none of the names before it exist on Linux.
 */
const SANS_FAMILIES = [
  'Segoe UI',
  'Segoe UI Variable',
  'Segoe UI Variable Text',
  'Segoe UI Web (West European)',
  '-apple-system',
  'BlinkMacSystemFont',
  'Roboto',
  'Helvetica Neue',
  'Arial',
];
const MONO_FAMILIES = ['Visual Mono', 'Consolas', 'Cascadia Mono', 'Menlo', 'Monaco', 'Courier New'];
const SANS_WEIGHTS = [400, 500, 600, 700];

let css: string | undefined;
/** @font-face rules (data: URLs, so nothing is fetched and the service worker sees nothing). */
export function bundledFontCss(): string {
  if (css) return css;
  const sans = SANS_WEIGHTS.map((weight) => ({
    weight,
    data: fontFile(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`),
  }));
  const mono = [400, 700].map((weight) => ({
    weight,
    data: fontFile(`@fontsource/noto-sans-mono/files/noto-sans-mono-latin-${weight}-normal.woff2`),
  }));
  const face = (family: string, { weight, data }: { weight: number; data: string }) =>
    `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2')}`;
  css = [
    ...SANS_FAMILIES.flatMap((family) => sans.map((file) => face(family, file))),
    ...MONO_FAMILIES.flatMap((family) => mono.map((file) => face(family, file))),
  ].join('\n');
  return css;
}

/**
 * Before the page's first script: the bundled fonts, and the clock fixed at the simulator's instant (the
 * backend is told the same with `?now=`), so that "today", relative dates and the API activity's times
 * never move. Timers keep running.
 */
export async function prepareStablePage(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date(FIXED_NOW));
  await page.addInitScript((fontCss: string) => {
    const style = document.createElement('style');
    style.dataset.visualFonts = '';
    style.textContent = fontCss;
    const attach = () => (document.head ?? document.documentElement).prepend(style);
    if (document.documentElement) attach();
    else document.addEventListener('DOMContentLoaded', attach, { once: true });
  }, bundledFontCss());
}

/**
 * Just before a screenshot. A family list with no name in it (`monospace` alone, as `<code>` and
 * `<pre>` have by default) would use the machine's font: such elements get the bundled font of the same
 * kind. Then wait until every font in use has loaded.
 */
export async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const generic = new Set([
      'monospace',
      'serif',
      'sans-serif',
      'system-ui',
      'ui-monospace',
      'ui-sans-serif',
    ]);
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const families = getComputedStyle(element)
        .fontFamily.split(',')
        .map((family) => family.trim().replace(/^["']|["']$/g, ''));
      if (families.every((family) => generic.has(family))) {
        element.style.fontFamily = families.some((family) => family.includes('mono'))
          ? "'Visual Mono', monospace"
          : "'Segoe UI', sans-serif";
      }
    }
    await document.fonts.ready;
  });
}
