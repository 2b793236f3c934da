import { readFile } from 'node:fs/promises';
import { checkPage, collectErrors, expect, expectHeading, test } from './fixtures';

// The trainer's console in Chromium: a demo exported from one browser and imported in a fresh one shows the
// same data; the customer view of the sign-in page from a link.

const START = '/?scenario=partner-training&now=2026-03-01T12:00:00Z&latency=0#/partner-center/signin';

test('a demo exported in one browser is the same demo when imported in another', async ({
  page,
  browser,
  signIn,
  check,
}) => {
  test.setTimeout(120_000); // two browsers
  await page.goto(START);
  await signIn('adele@fabrikam.example', 'Partner#2026');
  await expectHeading(page, 'Customers');
  // A change of this demo's own: the clock moved on a month.
  await page.getByRole('button', { name: 'Demo' }).click();
  const demo = page.getByRole('dialog', { name: 'Demo controls' });
  await demo.getByRole('button', { name: '+30 days' }).click();
  await expect(demo.getByText('The simulated date is now Mar 31, 2026.')).toBeVisible();
  await expect(demo.getByRole('list', { name: 'Customer users' })).toBeVisible();
  await check('en-US-demo-console');

  const downloading = page.waitForEvent('download');
  await demo.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('demo-partner-training-2026-03-31-12-00.json');
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'm365-admin-sim-demo', version: 4, clock: 'fixed' });

  // A colleague's browser: nothing shared with the first.
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  const errors = collectErrors(other);
  await other.goto('/?scenario=gdap-lifecycle&now=2026-12-01T09:00:00Z&latency=0#/signin');
  await other.getByLabel(/^User name/).fill('admin@tailwindtraders.onmicrosoft.com');
  await other.getByLabel(/^Password/).fill('Tailwind#2026');
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('Sign in');
  await other.getByRole('button', { name: 'Demo' }).click();
  const otherDemo = other.getByRole('dialog', { name: 'Demo controls' });
  await expect(otherDemo.getByRole('list', { name: 'Customer users' })).toBeVisible();
  await otherDemo.getByLabel('Demo file to import').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await other
    .getByRole('dialog', { name: 'Import demo-partner-training-2026-03-31-12-00.json?' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expectHeading(other, 'Sign in');
  await expect(
    other.getByText(
      'Demo imported: Partner and customer, side by side. Everyone was signed out: sign in with one of its accounts.',
    ),
  ).toBeVisible();
  await other.getByRole('button', { name: 'Use admin@wingtiptoys.onmicrosoft.com' }).click();
  await other.getByRole('button', { name: 'Sign in' }).click();
  await other.getByRole('button', { name: 'Demo' }).click();
  await expect(
    other.getByRole('dialog', { name: 'Demo controls' }).getByText('Simulated date: Mar 31, 2026'),
  ).toBeVisible();
  // The imported demo exports as the very same file.
  const again = await other.evaluate(async () => (await fetch('/api/sim/export')).text());
  expect(again).toBe(text);
  await colleague.close();
  expect(errors).toEqual([]);
});

test('a customer-view link shows sign-in as a customer sees it, and keeps it through the redirect', async ({
  page,
}) => {
  await page.goto(
    '/AdminPortal/Home?ref=/BillingAccounts/agreement&scenario=existing-customer&now=2026-03-01&view=customer',
  );
  await expectHeading(page, 'Sign in');
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(page.getByText('Northwind#2026')).toHaveCount(0);
  await expect(page.getByText(/Never enter real credentials here/)).toBeVisible();
  const disclosure = page.getByRole('button', { name: 'Demo accounts' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await checkPage(page, 'en-US-sign-in-customer-view');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Demo accounts' })).toBeVisible();
  await disclosure.click();
  await expect(page.getByText('Northwind#2026')).toBeVisible();
  await checkPage(page, 'en-US-sign-in-customer-view-open');
  await page.getByRole('button', { name: 'Use admin@northwindtraders.onmicrosoft.com' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/#\/BillingAccounts\/agreement$/);
});
