import { checkPage, collectErrors, expect, expectHeading, test } from './fixtures';

// GDAP from both seats, in one browser: the partner (Fabrikam's Admin agent) requests an admin relationship
// for Relecloud in Partner Center (simulated), the customer's Global admin approves it from the link, both
// sides show it active, then Demo › Time moves past its end and both sides show it expired.

const NOW = '2026-12-01T09:00:00Z';

test('a partner requests GDAP, the customer approves from the link, and time ends it on both sides', async ({
  page,
  context,
  signIn,
  check,
}) => {
  // Two seats, several pages with axe on each: more than the default on a busy machine.
  test.setTimeout(150_000);
  await page.goto(`/?scenario=partner-training&now=${NOW}&latency=0#/partner-center/signin`);
  await expectHeading(page, 'Sign in to Partner Center (simulated)');
  await expect(page.getByRole('table', { name: 'Demo accounts' })).toBeVisible();
  await signIn('adele@fabrikam.example', 'Partner#2026');
  await expectHeading(page, 'Customers');
  await page.getByRole('link', { name: 'Relecloud' }).click();
  await expectHeading(page, 'Relecloud');
  const admin = page.getByRole('region', { name: 'Admin relationships' });
  await expect(admin.getByText(/You have no admin relationships with Relecloud/)).toBeVisible();
  await check('gdap-partner-customer');

  await admin.getByRole('link', { name: 'Request admin relationship' }).click();
  await expectHeading(page, 'Request admin relationship');
  await page.getByLabel(/^Admin relationship name/).fill('Relecloud helpdesk');
  await page.getByLabel(/^Duration in days/).fill('90');
  await page.getByRole('checkbox', { name: 'Helpdesk Administrator' }).check();
  await page.getByRole('checkbox', { name: 'User Administrator' }).check();
  await check('gdap-partner-request');
  await page.getByRole('button', { name: 'Request and get the approval link' }).click();
  await expectHeading(page, 'Relecloud helpdesk');
  await expect(page.getByText('Approval pending', { exact: true })).toBeVisible();
  const link = await page
    .getByRole('link', { name: /AdminPortal\/Home#\/partners\/invitation\// })
    .innerText();
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/AdminPortal\/Home#\/partners\/invitation\/granularAdminRelationships\/[0-9a-f-]{73}$/,
  );
  await expect(page.getByLabel('Message')).toHaveValue(
    new RegExp(link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await check('gdap-partner-approval-link');

  // The customer's Global admin opens the link in another tab of the same browser.
  const customer = await context.newPage();
  const customerErrors = collectErrors(customer);
  await customer.goto(link);
  await expectHeading(customer, 'Sign in');
  await customer.getByLabel(/^User name/).fill('admin@relecloud.onmicrosoft.com');
  await customer.getByLabel(/^Password/).fill('Relecloud#2026');
  await customer.getByRole('button', { name: 'Sign in' }).click();
  await expectHeading(customer, 'Approve partner roles');
  await expect(customer.getByText('Relecloud helpdesk')).toBeVisible();
  await checkPage(customer, 'gdap-customer-approve');
  await customer.getByRole('button', { name: 'Approve all' }).click();
  await customer
    .getByRole('dialog', { name: 'Approve all roles?' })
    .getByRole('button', { name: 'Yes' })
    .click();
  await expect(
    customer.getByText(
      /You approved the roles\. The relationship “Relecloud helpdesk” with Fabrikam Cloud Services is active and expires on Mar 1, 2027\./,
    ),
  ).toBeVisible();
  await checkPage(customer, 'gdap-customer-approved');

  // The partner's tab follows without a reload.
  await page.bringToFront();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Security groups' })).toBeVisible();

  // Demo › Time: 90 days later the relationship has run out, on both sides.
  await page.getByRole('button', { name: 'Demo', exact: true }).click();
  const demo = page.getByRole('dialog', { name: 'Demo controls' });
  await demo.getByRole('button', { name: '+90 days' }).click();
  await expect(demo.getByText('The simulated date is now Mar 1, 2027.')).toBeVisible();
  await check('gdap-partner-demo-time');
  await demo.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Expired', { exact: true })).toBeVisible();
  await check('gdap-partner-expired');

  // The customer's tab follows too: the relationship ran out on its end date.
  await customer.bringToFront();
  await expect(
    customer.getByText(/This relationship ended on Mar 1, 2027, when its duration ran out\./),
  ).toBeVisible();
  await checkPage(customer, 'gdap-customer-expired');
  expect(customerErrors).toEqual([]);
});
