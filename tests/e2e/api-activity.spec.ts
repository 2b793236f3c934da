import { FIXED_NOW, checkPage, expect, expectHeading, test } from './fixtures';

// The API activity panel docked beside the page: it narrows the page instead of covering it, its edge resizes
// from the keyboard, and it shows the webhook events an action raised. Checked with axe in both languages,
// at a desktop and a phone width.

const PARTNERS = `/?scenario=six-partners&now=${FIXED_NOW}#/partners`;

for (const [language, names] of [
  [
    'en-US',
    {
      title: 'API activity',
      heading: 'Partner relationships',
      dock: 'Side panels',
      resize: 'Resize the side panels',
      events: 'Webhook events',
      writes: 'Changes only (no GET)',
    },
  ],
  [
    'it-IT',
    {
      title: 'Attività API',
      heading: 'Relazioni con i partner',
      dock: 'Pannelli laterali',
      resize: 'Ridimensiona i pannelli laterali',
      events: 'Eventi webhook',
      writes: 'Solo modifiche (niente GET)',
    },
  ],
] as const) {
  test.describe(language, () => {
    test.use({ locale: language });

    test('the panel docks beside the page, resizes with the keyboard and passes axe', async ({
      page,
      signIn,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(PARTNERS);
      await signIn('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
      await expectHeading(page, names.heading);

      await page.getByRole('button', { name: names.title, exact: true }).click();
      const dock = page.getByRole('complementary', { name: names.dock });
      await expect(dock.getByRole('list', { name: names.title })).toBeVisible();
      // Beside the page, not over it: the page ends where the dock begins.
      const main = await page.getByRole('main').boundingBox();
      const docked = await dock.boundingBox();
      if (!main || !docked) throw new Error('no layout');
      expect(main.x + main.width).toBeLessThanOrEqual(docked.x + 1);
      expect(Math.round(docked.x + docked.width)).toBe(1280);

      const handle = dock.getByRole('separator', { name: names.resize });
      await expect(handle).toHaveAttribute('aria-valuenow', '440');
      await handle.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      await expect(handle).toHaveAttribute('aria-valuenow', '520');
      await expect.poll(async () => Math.round((await dock.boundingBox())?.width ?? 0)).toBe(520);
      await page.keyboard.press('End');
      await expect(handle).toHaveAttribute('aria-valuenow', '640');
      await page.keyboard.press('Home');
      await expect(handle).toHaveAttribute('aria-valuenow', '320');
      await page.keyboard.press('ArrowLeft');
      // The page still works beside the panel.
      await page.getByRole('link', { name: 'Fabrikam Cloud Services' }).click();
      await expect(page.getByRole('dialog', { name: 'Fabrikam Cloud Services' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await checkPage(page, `${language}-api-activity-docked`);

      await dock.getByRole('checkbox', { name: names.writes }).check();
      await dock.getByRole('tab', { name: names.events }).click();
      await checkPage(page, `${language}-api-activity-events`);

      await page.setViewportSize({ width: 390, height: 844 });
      await dock.getByRole('tab', { name: names.title === 'API activity' ? 'Calls' : 'Chiamate' }).click();
      await expect(dock.getByRole('separator')).toBeHidden();
      await checkPage(page, `${language}-api-activity-phone`);
    });
  });
}

test('Events shows the webhook events of a GDAP approval', async ({ page, signIn }) => {
  const relationship = 'd1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';
  await page.goto(
    `/AdminPortal/Home?scenario=gdap-approval&now=2026-12-01T09:00:00Z#/partners/invitation/granularAdminRelationships/${relationship}`,
  );
  await signIn('admin@bellowscollege.onmicrosoft.com', 'Bellows#2026');
  await expectHeading(page, 'Approve partner roles');
  await page.getByRole('button', { name: 'API activity', exact: true }).click();
  const dock = page.getByRole('complementary', { name: 'Side panels' });
  await dock.getByRole('tab', { name: 'Webhook events' }).click();
  await page.getByRole('button', { name: 'Approve all' }).click();
  await page.getByRole('dialog', { name: 'Approve all roles?' }).getByRole('button', { name: 'Yes' }).click();
  const events = dock.getByRole('list', { name: 'Webhook events' });
  await expect(events.getByText('granular-admin-relationship-approved', { exact: true })).toBeVisible();
  await events.getByText('granular-admin-relationship-approved', { exact: true }).click();
  await expect(events).toContainText(
    `"ResourceUri": "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/${relationship}"`,
  );
  await checkPage(page, 'en-US-api-activity-gdap-events');
});
