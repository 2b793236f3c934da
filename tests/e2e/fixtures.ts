import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

// A fixed clock makes every date on screen the same from run to run.
export const FIXED_NOW = '2026-03-01';

export const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
export const TAILSPIN = '7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11';

/** The link Partner Center hands out, on this host, with the scenario to load. */
export const invitationLink = (scenario: string, partnerId: string, dap: boolean) =>
  `/Adminportal/Home?scenario=${scenario}&now=${FIXED_NOW}&invType=ResellerRelationship&partnerId=${partnerId}&msppId=0&DAP=${dap}#/BillingAccounts/partner-invitation`;
export const agreementLink = (scenario: string) =>
  `/AdminPortal/Home?ref=/BillingAccounts/agreement&scenario=${scenario}&now=${FIXED_NOW}`;

interface Fixtures {
  signIn: (userPrincipalName: string, password: string) => Promise<void>;
  /** Runs axe (WCAG 2.2 AA tags) on the page as it is now, and saves a screenshot under test-results/screens. */
  check: (name: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    // Chromium logs every non-2xx answer, including the mock backend's expected 4xx: those are not errors.
    const errors = collectErrors(page);
    const violations = await collectCspViolations(page);
    await use(page);
    expect(errors, 'errors in the page console').toEqual([]);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  signIn: async ({ page }, use) => {
    await use(async (userPrincipalName, password) => {
      await page.getByLabel(/^(User name|Nome utente)/).fill(userPrincipalName);
      await page.getByLabel(/^Password/).fill(password);
      await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
    });
  },
  check: async ({ page }, use) => {
    await use((name) => checkPage(page, name));
  },
});

/** axe (WCAG 2.2 AA and best practice) finds nothing, nothing scrolls sideways; saves a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  // A dialog still fading in has colours axe cannot judge: let transitions finish first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
    `axe on ${name}`,
  ).toEqual([]);
  // The simulation marker is on top of whatever is open (a dialog, a side panel), in either language.
  const markerOnTop = await page.evaluate(() => {
    const marker = Array.from(document.querySelectorAll('aside')).find((aside) =>
      /^(Simulated environment|Ambiente simulato)/.test(aside.textContent ?? ''),
    );
    if (!marker) return 'no simulation marker on the page';
    const box = marker.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top && marker.contains(top) ? 'on top' : `covered by <${top?.tagName.toLowerCase()}>`;
  });
  expect(markerOnTop, `${name}: the simulation marker`).toBe('on top');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Watches a second page of a journey for errors, as the page fixture does for the first. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !message.text().startsWith('Failed to load resource: the server responded')
    ) {
      errors.push(message.text());
    }
  });
  return errors;
}

/**
 * Every `securitypolicyviolation` event of the page, on every document it loads: what the site's CSP
 * blocked (an inline script, an eval, a style, a connection), as `directive blocked-uri`.
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

export { expect };

export async function expectHeading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
