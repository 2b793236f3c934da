// Prints one closing line for the whole run, counting Vitest's results and both Playwright runs' (the
// journeys and the visual baselines).
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json').stats;
const visual = read('reports/playwright-visual.json').stats;

const passed = vitest.numPassedTests + playwright.expected + playwright.flaky + visual.expected;
const failed = vitest.numFailedTests + playwright.unexpected + visual.unexpected + visual.flaky;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.skipped + visual.skipped;
console.log(
  `vitest ${vitest.numPassedTests} passed; playwright ${playwright.expected} passed, ${playwright.flaky} flaky; visual ${visual.expected} passed`,
);
console.log(`ci: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
