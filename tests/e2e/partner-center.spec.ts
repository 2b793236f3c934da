import { FABRIKAM, FIXED_NOW, checkPage, collectErrors, expect, expectHeading, test } from './fixtures';

// Partner Center (simulated) and the admin center side by side: two pages of one browser share the
// simulated backend, and each shows the other's changes without a reload.

const partnerCenter = (scenario: string, route = '/partner-center/signin') =>
  `/?scenario=${scenario}&now=${FIXED_NOW}#${route}`;

test('the full loop: the partner creates a customer, the customer accepts, the partner sees isSigned', async ({
  page,
  context,
  signIn,
  check,
}) => {
  // The longest journey (two sides, five pages, axe on each): more than the default on a busy machine.
  test.setTimeout(120_000);
  await page.goto(partnerCenter('partner-training'));
  await expectHeading(page, 'Sign in to Partner Center (simulated)');
  await check('pc-sign-in');
  await signIn('adele@fabrikam.example', 'Partner#2026');
  await expectHeading(page, 'Customers');
  await check('pc-customers');

  await page.getByRole('link', { name: 'Add customer' }).click();
  await expectHeading(page, 'New customer');
  await page.getByLabel(/^Company name/).fill('Bluebird Books');
  await page.getByLabel(/^Domain name/).fill('bluebirdbooks');
  await page.getByRole('button', { name: 'Check availability' }).click();
  await expect(page.getByText('bluebirdbooks.onmicrosoft.com is available.')).toBeVisible();
  await page.getByLabel(/^Country/).click();
  await page.getByRole('option', { name: 'Italy' }).click();
  await page.getByLabel(/^Address line 1/).fill('Via Zamboni 3');
  await page.getByLabel(/^City/).fill('Bologna');
  await page.getByLabel(/^Postal code/).fill('40126');
  await page.getByLabel(/^First name/).fill('Kim');
  await page.getByLabel(/^Last name/).fill('Abercrombie');
  await page.getByLabel(/^Email address/).fill('kim@bluebird.example');
  await page
    .getByRole('radio', {
      name: 'Customer will be asked to accept the Microsoft Customer Agreement in Microsoft 365 Admin Center',
    })
    .check();
  await check('pc-new-customer');
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await check('pc-new-customer-review');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { name: 'Confirmation' })).toBeVisible();
  await check('pc-new-customer-confirmation');
  const userName = await page.locator('dd code').first().innerText();
  const password = await page.locator('dd code').nth(1).innerText();
  expect(userName).toBe('admin@bluebirdbooks.onmicrosoft.com');
  const link = await page
    .getByRole('link', { name: /AdminPortal\/Home\?ref=\/BillingAccounts\/agreement/ })
    .innerText();

  await page.getByRole('link', { name: 'Back to Customers' }).click();
  const row = page.getByRole('row', { name: /Bluebird Books/ });
  await expect(row).toContainText('Invited: waiting for the customer to accept');

  // The customer, in another tab of the same browser, opens the link from the email.
  const customer = await context.newPage();
  const customerErrors = collectErrors(customer);
  await customer.goto(link);
  await expectHeading(customer, 'Sign in');
  await customer.getByLabel(/^User name/).fill(userName);
  await customer.getByLabel(/^Password/).fill(password);
  await customer.getByRole('button', { name: 'Sign in' }).click();
  await customer.getByLabel(/^New password/).fill('Bluebird#2026');
  await customer.getByLabel(/^Confirm new password/).fill('Bluebird#2026');
  await customer.getByRole('button', { name: 'Update password and sign in' }).click();
  await expectHeading(customer, 'Accept agreement');
  await customer.getByRole('checkbox', { name: /I have read/ }).check();
  await customer.getByRole('button', { name: 'Accept' }).click();
  await expectHeading(customer, 'Partner relationships');
  expect(customerErrors).toEqual([]);

  // Back on the partner's tab, without a reload.
  await page.bringToFront();
  await expect(row).toContainText('Accepted directly by the customer');
  await row.getByRole('link', { name: 'Bluebird Books' }).click();
  await expectHeading(page, 'Bluebird Books');
  await expect(page.getByText('Accepted by the customer in the Microsoft 365 admin center')).toBeVisible();
  await check('pc-account-info');
  await page.getByRole('button', { name: 'API activity' }).click();
  const activity = page.getByRole('list', { name: 'API activity' });
  const status = activity
    .getByRole('listitem')
    .filter({ hasText: 'directSignedMicrosoftCustomerAgreementStatus' })
    .first();
  await status.locator('summary').click();
  await expect(status).toContainText('"isSigned": true');
  await checkPage(page, 'pc-api-activity');
  await page.getByRole('button', { name: 'Close' }).click();
});

test('Scenario 1: the customer is told to reach out until the partner attests, then may accept', async ({
  page,
  context,
  signIn,
  check,
}) => {
  await page.goto(`/AdminPortal/Home?ref=/BillingAccounts/agreement&scenario=scenario-1&now=${FIXED_NOW}`);
  await signIn('admin@adatum.onmicrosoft.com', 'Adatum#2026');
  await expect(
    page.getByText(
      'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.',
    ),
  ).toBeVisible();

  const partner = await context.newPage();
  const partnerErrors = collectErrors(partner);
  await partner.goto('/#/partner-center/signin');
  await partner.getByLabel(/^User name/).fill('lee@fabrikam.example');
  await partner.getByLabel(/^Password/).fill('Partner#2026');
  await partner.getByRole('button', { name: 'Sign in' }).click();
  await partner.getByRole('link', { name: 'Adatum Corporation' }).click();
  await expectHeading(partner, 'Adatum Corporation');
  await partner.getByRole('button', { name: 'Update' }).click();
  await partner.getByLabel(/^First name/).fill('Lena');
  await partner.getByLabel(/^Last name/).fill('Fischer');
  await partner.getByLabel(/^Email address/).fill('lena.fischer@adatum.example');
  await partner.getByLabel(/^Agreement acceptance date/).fill('2026-03-02');
  await partner.getByRole('button', { name: 'Save' }).click();
  await expect(partner.getByText('The agreement acceptance date cannot be in the future.')).toBeVisible();
  await checkPage(partner, 'pc-update-future-date');
  await partner.getByLabel(/^Agreement acceptance date/).fill('2026-02-27');
  await partner.getByRole('button', { name: 'Save' }).click();
  await expect(partner.getByText('The confirmation for Adatum Corporation is saved.')).toBeVisible();
  expect(partnerErrors).toEqual([]);

  // The customer's tab drops the reach-out message by itself.
  await page.bringToFront();
  await expect(
    page.getByText(
      'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.',
    ),
  ).toHaveCount(0);
  await check('scenario-1-after-attestation');
});

for (const language of ['en-US', 'it-IT'] as const) {
  test(`every Partner Center page in ${language}`, async ({ page, signIn, check }) => {
    const it = language === 'it-IT';
    await page.goto(partnerCenter('partner-training'));
    if (it) {
      await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Italiano (Italia)' });
    }
    await expect(page.getByRole('table')).toBeVisible();
    await check(`${language}-pc-0-sign-in`);
    await signIn('adele@fabrikam.example', 'Partner#2026');
    await expectHeading(page, it ? 'Clienti' : 'Customers');
    const pages: [string, string, string][] = [
      ['/partner-center/customers', 'Customers', 'Clienti'],
      ['/partner-center/customers/new', 'New customer', 'Nuovo cliente'],
      [
        '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010',
        'Graphic Design Institute',
        'Graphic Design Institute',
      ],
      [
        '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/orders/new',
        'New order',
        'Nuovo ordine',
      ],
      [
        '/partner-center/customers/c0a1e5b2-0008-4a6e-9b1c-000000000008/orders/new',
        'New order',
        'Nuovo ordine',
      ],
      [
        '/partner-center/relationship-request',
        'Request a reseller relationship',
        'Richiedi una relazione come rivenditore',
      ],
      ['/partner-center/nowhere', 'Page not found', 'Pagina non trovata'],
    ];
    for (const [index, [route, en, italian]] of pages.entries()) {
      await page.goto(`/#${route}`);
      await expectHeading(page, it ? italian : en);
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await check(`${language}-pc-${index + 1}-${route.replace(/\W+/g, '-').replace(/^-|-$/g, '')}`);
    }
    // The invitation link the page hands out opens the customer's side.
    await page.goto('/#/partner-center/relationship-request');
    const link = page.getByRole('link', { name: new RegExp(`partnerId=${FABRIKAM}`) });
    await expect(link).toHaveAttribute(
      'href',
      new RegExp('/Adminportal/Home\\?invType=ResellerRelationship&'),
    );
  });
}

test('an indirect reseller is sent to its provider to attest', async ({ page, signIn, check }) => {
  await page.goto(partnerCenter('partner-training'));
  await signIn('isaiah@proseware.example', 'Partner#2026');
  await page.getByRole('link', { name: 'Coho Winery' }).click();
  await expect(page.getByText(/Work with your indirect provider \(Contoso Distribution\)/)).toBeVisible();
  await check('pc-indirect-reseller');
});

test('an indirect provider invites for its reseller; one acceptance makes both the customer’s partners', async ({
  page,
  context,
  signIn,
  check,
}) => {
  test.setTimeout(90_000);
  const PROSEWARE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
  const CONTOSO_DISTRIBUTION = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
  await page.goto(partnerCenter('partner-training'));
  await signIn('diego@contosodistribution.example', 'Partner#2026');
  await expectHeading(page, 'Customers');
  await page.goto('/#/partner-center/relationship-request');
  await page.getByRole('combobox', { name: 'Indirect reseller' }).click();
  await page.getByRole('option', { name: 'Proseware Partners' }).click();
  const link = page.getByRole('link', { name: /invType=IndirectResellerRelationship/ });
  await expect(link).toHaveAttribute(
    'href',
    new RegExp(`partnerId=${PROSEWARE}&msppId=6234410&indirectCSPId=${CONTOSO_DISTRIBUTION}&DAP=false#`),
  );
  await check('pc-request-indirect');
  const href = (await link.getAttribute('href')) ?? '';

  const customer = await context.newPage();
  const customerErrors = collectErrors(customer);
  await customer.goto(href);
  await customer.getByLabel(/^User name/).fill('admin@graphicdesigninstitute.onmicrosoft.com');
  await customer.getByLabel(/^Password/).fill('Design#2026');
  await customer.getByRole('button', { name: 'Sign in' }).click();
  await expectHeading(customer, 'Accept agreement & authorize partner');
  await expect(customer.getByRole('heading', { level: 2, name: 'Contoso Distribution' })).toBeVisible();
  await checkPage(customer, 'invitation-indirect');
  await customer.getByRole('checkbox', { name: /its indirect provider Contoso Distribution/ }).check();
  await customer.getByRole('button', { name: 'Accept & Authorize' }).click();
  const details = customer.getByRole('dialog', { name: 'Proseware Partners' });
  await expect(details).toContainText('Indirect reseller');
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(customer.getByRole('row', { name: /Contoso Distribution/ })).toContainText(
    'Indirect provider',
  );
  await checkPage(customer, 'partners-after-indirect');
  expect(customerErrors).toEqual([]);
});
