// Prints one closing line for the whole run, counting Vitest's and Playwright's results.
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json').stats;

const passed = vitest.numPassedTests + playwright.expected + playwright.flaky;
const failed = vitest.numFailedTests + playwright.unexpected;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.skipped;
console.log(
  `vitest ${vitest.numPassedTests} passed; playwright ${playwright.expected} passed, ${playwright.flaky} flaky`,
);
console.log(`ci: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
