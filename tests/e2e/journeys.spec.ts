import {
  FABRIKAM,
  FIXED_NOW,
  TAILSPIN,
  agreementLink,
  expect,
  expectHeading,
  invitationLink,
  test,
} from './fixtures';

const REACH_OUT =
  'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.';

test('a new customer signs in with a temporary password, changes it and accepts the invitation', async ({
  page,
  signIn,
  check,
}) => {
  await page.goto(invitationLink('new-customer', FABRIKAM, true));
  await expectHeading(page, 'Sign in');
  await expect(
    page.getByText('Simulated environment — not affiliated with Microsoft. Demo data only.'),
  ).toBeVisible();
  await check('en-US-sign-in');
  await signIn('admin@contosonew.onmicrosoft.com', 'TempPass#2026');

  await expect(page.getByRole('heading', { name: 'Update your password' })).toBeVisible();
  await check('en-US-change-password');
  await page.getByLabel(/^New password/).fill('Contoso#2026new');
  await page.getByLabel(/^Confirm new password/).fill('Contoso#2026new');
  await page.getByRole('button', { name: 'Update password and sign in' }).click();

  await expectHeading(page, 'Accept agreement & authorize partner');
  await expect(page.getByText('This invitation also grants delegated admin roles')).toBeVisible();
  await check('en-US-invitation-dap');
  await page.getByRole('checkbox', { name: /I authorize Fabrikam Cloud Services/ }).check();
  await page.getByRole('button', { name: 'Accept & Authorize' }).click();

  // Partner relationships, with the partner's details in the side panel.
  await expect(page).toHaveURL(/#\/partners\/3b33e682-00c3-41ee-9dd2-a548adf56438/);
  const details = page.getByRole('dialog', { name: 'Fabrikam Cloud Services' });
  await expect(details.getByText('Reseller, Delegated admin')).toBeVisible();
  await check('en-US-partner-selected');

  // The session survives a reload, and the acceptance is kept.
  await page.reload();
  await expect(details.getByText('Reseller, Delegated admin')).toBeVisible();
});

test('an existing customer accepts the MCA from the ref link', async ({ page, signIn, check }) => {
  await page.goto(agreementLink('existing-customer'));
  await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
  await expectHeading(page, 'Accept agreement');
  await expect(page).toHaveURL(/#\/BillingAccounts\/agreement$/);
  await check('en-US-accept-agreement');

  await page.getByRole('link', { name: 'Microsoft Customer Agreement' }).click();
  await expectHeading(page, 'Microsoft Customer Agreement (simulated)');
  await check('en-US-agreement-document');
  await page.getByRole('link', { name: 'Back to Accept agreement' }).click();

  const accept = page.getByRole('button', { name: 'Accept', exact: true });
  await expect(accept).toBeDisabled();
  await page.getByRole('checkbox', { name: /I have read the Microsoft Customer Agreement/ }).check();
  await accept.click();
  await expectHeading(page, 'Partner relationships');
  await expect(page.getByText(/^You accepted the Microsoft Customer Agreement/)).toBeVisible();
  await check('en-US-partners-after-acceptance');

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Billing accounts' })
    .click();
  await expect(page.getByRole('table', { name: 'Agreement history' })).toContainText(
    'Accepted directly in the admin center',
  );
  await expect(page.getByRole('table', { name: 'Agreement history' })).toContainText('Mar 1, 2026');
  await check('en-US-billing-accounts');
});

test('Scenario 1: the Accept agreement link asks the customer to reach out to the partner', async ({
  page,
  signIn,
  check,
}) => {
  await page.goto(agreementLink('scenario-1'));
  await signIn('admin@adatum.onmicrosoft.com', 'Adatum#2026');
  await expectHeading(page, 'Accept agreement');
  await expect(page.getByText(REACH_OUT, { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await check('en-US-scenario-1');
});

test('Scenario 2: an invitation from a new partner asks the customer to reach out to the partner', async ({
  page,
  signIn,
  check,
}) => {
  await page.goto(invitationLink('scenario-2', TAILSPIN, false));
  await signIn('admin@litware.onmicrosoft.com', 'Litware#2026');
  await expectHeading(page, 'Accept agreement & authorize partner');
  await expect(page.getByText(REACH_OUT, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept & Authorize' })).toHaveCount(0);
  await check('en-US-scenario-2');
});

test('partner details and Remove roles', async ({ page, signIn, check }) => {
  await page.goto(`/?scenario=six-partners&now=${FIXED_NOW}#/partners`);
  await signIn('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
  await expectHeading(page, 'Partner relationships');
  await expect(page.getByRole('table', { name: 'Other partner types' }).getByRole('row')).toHaveCount(7);
  await page.getByRole('link', { name: 'Lucerne Advisory' }).click();
  const details = page.getByRole('dialog', { name: 'Lucerne Advisory' });
  await expect(details.getByText('Global administrator')).toBeVisible();
  await check('en-US-partner-details');

  await details.getByRole('button', { name: 'Remove roles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove roles?' });
  await expect(dialog).toBeVisible();
  await check('en-US-remove-roles-dialog');
  await dialog.getByRole('button', { name: 'Yes' }).click();
  await expect(
    details.getByText('Lucerne Advisory no longer has admin roles in your organization.'),
  ).toBeVisible();
  await expect(details.getByText('Advisor', { exact: true })).toBeVisible();
});

test('a purchase is refused until the MCA is accepted', async ({ page, signIn, check }) => {
  await page.goto(`/?scenario=existing-customer&now=${FIXED_NOW}#/catalog`);
  await signIn('billing@northwindtraders.onmicrosoft.com', 'Billing#2026');
  await expectHeading(page, 'Purchase services');
  await page.getByRole('button', { name: 'Review Visio Plan 2' }).click();
  const review = page.getByRole('region', { name: 'Review your purchase' });
  await expect(review.getByText('€14.00 per month').first()).toBeVisible();
  await check('en-US-purchase-review');
  await review.getByRole('button', { name: 'Buy' }).click();
  await expect(page.getByRole('alert')).toContainText('code 13605');
  await check('en-US-purchase-refused');
});

test('a trainer resets the demo and replays it', async ({ page, signIn }) => {
  await page.goto(agreementLink('existing-customer'));
  await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
  await page.getByRole('checkbox', { name: /I have read/ }).check();
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expectHeading(page, 'Partner relationships');

  await page.getByRole('button', { name: 'Demo' }).click();
  await page
    .getByRole('dialog', { name: 'Demo controls' })
    .getByRole('button', { name: 'Reset demo' })
    .click();
  await page
    .getByRole('dialog', { name: 'Reset the demo?' })
    .getByRole('button', { name: 'Reset demo' })
    .click();
  await expectHeading(page, 'Sign in');
  await page.getByRole('button', { name: 'Use admin@northwindtraders.onmicrosoft.com' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByText('Your organization has not accepted the Microsoft Customer Agreement'),
  ).toBeVisible();
});

test('a hostile ref never leaves the origin', async ({ page, signIn }) => {
  for (const ref of ['//evil.example', 'https://evil.example/x', 'javascript:alert(1)']) {
    await page.goto(`/AdminPortal/Home?ref=${encodeURIComponent(ref)}&scenario=existing-customer`);
    await expectHeading(page, 'Sign in');
    expect(new URL(page.url()).host).toBe('127.0.0.1:4173');
  }
  await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
  await expectHeading(page, 'Northwind Traders');
});
