import { checkPage, expect, expectHeading, test } from './fixtures';

// Partner relationships' GDAP section and a relationship's page, on the production build: the Status filter,
// Remove roles, and time moved through the simulator's API. Tailwind Traders starts on 2026-12-01.

const START = '2026-12-01T09:00:00Z';
const lifecycle = (query = '') => `/?scenario=gdap-lifecycle&now=${START}${query}#/partners`;
const GDAP = 'Granular delegated administrative privileges (GDAP)';

test('the GDAP section, grouped per partner, filtered by status', async ({ page, signIn, check }) => {
  await page.goto(lifecycle());
  await signIn('admin@tailwindtraders.onmicrosoft.com', 'Tailwind#2026');
  await expectHeading(page, 'Partner relationships');
  const gdap = page.getByRole('table', { name: GDAP });
  await expect(gdap.getByRole('button', { name: 'Fabrikam Cloud Services (3)' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('10 items');
  await check('en-US-gdap-partner-relationships');

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Active', exact: true }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Expiring' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Expiring' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(gdap.getByRole('link')).toHaveText([
    'Alpine IT reporting',
    'Fabrikam security review',
    'Fabrikam tier 1 support',
  ]);
  await expect(page).toHaveURL(/[?&]status=active%2Cexpiring/);
});

test('a relationship page: Remove roles → Yes; the reseller stays', async ({ page, signIn, check }) => {
  await page.goto(lifecycle());
  await signIn('admin@tailwindtraders.onmicrosoft.com', 'Tailwind#2026');
  const gdap = page.getByRole('table', { name: GDAP });

  await gdap.getByRole('link', { name: 'Fabrikam tier 1 support' }).click();
  await expectHeading(page, 'Fabrikam Cloud Services');
  await expect(page.getByText('Granular admin access')).toBeVisible();
  await check('en-US-gdap-relationship');
  await page.getByRole('button', { name: 'Remove roles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove roles?' });
  await expect(dialog).toContainText('They will still be able to buy products and services on your behalf.');
  await check('en-US-gdap-remove-roles-dialog');
  await dialog.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText(/^You removed the roles of “Fabrikam tier 1 support”/)).toBeVisible();
  await expect(page.getByText('Ended by your organization')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove roles' })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await expect(
    page
      .getByRole('table', { name: GDAP })
      .getByRole('link', { name: 'Fabrikam tier 1 support' })
      .locator('xpath=ancestor::tr'),
  ).toContainText('Terminated');
  await expect(
    page
      .getByRole('table', { name: 'Other partner types' })
      .getByRole('row', { name: /Fabrikam Cloud Services/ }),
  ).toContainText('Reseller');
});

test('time moved through the API: Refresh shows the relationship expired', async ({ page, signIn }) => {
  await page.goto(lifecycle());
  await signIn('admin@tailwindtraders.onmicrosoft.com', 'Tailwind#2026');
  const row = page.getByRole('table', { name: GDAP }).getByRole('row', { name: /Fabrikam security review/ });
  await expect(row).toContainText('Expiring');
  // The same call Demo › Time makes; the page's mock backend answers it.
  const moved = await page.evaluate(async () => {
    const response = await fetch('/api/sim/clock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceDays: 30 }),
    });
    return { status: response.status, body: (await response.json()) as { now: string } };
  });
  expect(moved).toMatchObject({ status: 200, body: { now: '2026-12-31T09:00:00.000Z' } });
  await expect(row).toContainText('Expiring');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(row).toContainText('Expired');
});

test.describe('Italian, on a phone', () => {
  test.use({ locale: 'it-IT', viewport: { width: 390, height: 844 } });

  test('the DAP review bar, the GDAP section and a relationship page', async ({ page, signIn }) => {
    await page.goto(`/?scenario=dap-to-gdap&now=${START}#/partners`);
    await signIn('admin@humongousinsurance.onmicrosoft.com', 'Humongous#2026');
    await expectHeading(page, 'Relazioni con i partner');
    await expect(
      page.getByText(/^Ti consigliamo di rivedere i privilegi di amministrazione delegata/),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Altri tipi di partner' })).toBeVisible();
    await checkPage(page, 'it-IT-phone-gdap-partner-relationships');
    await page
      .getByRole('table', { name: 'Privilegi di amministratore delegato granulari (GDAP)' })
      .getByRole('link')
      .click();
    await expectHeading(page, 'Trey Research Services');
    await expect(page.getByText('Accesso di amministrazione granulare')).toBeVisible();
    await checkPage(page, 'it-IT-phone-gdap-relationship');
    await page.getByRole('button', { name: 'Rimuovi ruoli' }).click();
    await expect(page.getByRole('dialog', { name: 'Rimuovere i ruoli?' })).toBeVisible();
    await checkPage(page, 'it-IT-phone-gdap-remove-roles-dialog');
  });
});
