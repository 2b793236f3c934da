import { FIXED_NOW, expect, expectHeading, test } from './fixtures';

// The static demo built for a sub-path (BASE_PATH=/sim/): links, the service worker and both sides work.
const SIM = 'http://127.0.0.1:4175/sim';

test('under /sim/: the ref link, sign-in, the mock backend and Partner Center', async ({ page, signIn }) => {
  await page.goto(
    `${SIM}/AdminPortal/Home?ref=/BillingAccounts/agreement&scenario=existing-customer&now=${FIXED_NOW}`,
  );
  await expectHeading(page, 'Sign in');
  await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
  await expectHeading(page, 'Accept agreement');
  expect(page.url()).toBe(`${SIM}/#/BillingAccounts/agreement`);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(`${SIM}/`);

  // A hostile ref under the sub-path still never leaves the origin.
  await page.goto(`${SIM}/AdminPortal/Home?ref=//evil.example/BillingAccounts/agreement`);
  await expectHeading(page, 'Northwind Traders');
  expect(new URL(page.url()).origin).toBe('http://127.0.0.1:4175');

  await page.goto(`${SIM}/#/partner-center/signin`);
  await signIn('admin@treyresearch.example', 'Partner#2026');
  await expectHeading(page, 'Customers');
  await page.goto(`${SIM}/#/partner-center/relationship-request`);
  await expect(
    page.getByRole('link', { name: /^http:\/\/127\.0\.0\.1:4175\/sim\/Adminportal\/Home\?invType=/ }),
  ).toBeVisible();
});
