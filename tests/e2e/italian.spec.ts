import {
  FIXED_NOW,
  TAILSPIN,
  agreementLink,
  checkPage,
  collectErrors,
  expect,
  expectHeading,
  invitationLink,
  test,
} from './fixtures';

test.use({ locale: 'it-IT' });

test('the Italian UI: sign in, accept the MCA offered in Italian', async ({ page, signIn, check }) => {
  await page.goto(agreementLink('existing-customer'));
  await expectHeading(page, 'Accedi');
  await expect(
    page.getByText('Ambiente simulato — non affiliato a Microsoft. Solo dati dimostrativi.'),
  ).toBeVisible();
  await check('it-IT-sign-in');
  await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');

  await expectHeading(page, 'Accetta il contratto');
  await expect(page.getByText('(documento simulato: it-IT, paese Italia)')).toBeVisible();
  await check('it-IT-accept-agreement');
  await page.getByRole('link', { name: 'Contratto del cliente Microsoft' }).click();
  await expectHeading(page, 'Contratto del cliente Microsoft (simulato)');
  await check('it-IT-agreement-document');
  await page.goBack();

  await page.getByRole('checkbox', { name: /Ho letto il Contratto del cliente Microsoft/ }).check();
  await page.getByRole('button', { name: 'Accetta', exact: true }).click();
  await expectHeading(page, 'Relazioni con i partner');
  await check('it-IT-partners');

  await page
    .getByRole('navigation', { name: 'Navigazione principale' })
    .getByRole('link', { name: 'Account di fatturazione' })
    .click();
  await expect(page.getByRole('table', { name: 'Cronologia dei contratti' })).toContainText('1 mar 2026');
  await check('it-IT-billing-accounts');
});

test('the Italian UI: an invitation and the language picker', async ({ page, signIn, check }) => {
  await page.goto(invitationLink('read-only-user', TAILSPIN, true));
  await signIn('admin@fourthcoffee.onmicrosoft.com', 'Fourth#2026');
  await expectHeading(page, 'Accetta il contratto e autorizza il partner');
  await expect(
    page.getByText('Questo invito concede anche ruoli di amministrazione delegata (DAP)'),
  ).toBeVisible();
  await check('it-IT-invitation');

  await page.getByRole('button', { name: 'Lingua' }).click();
  await page.getByRole('menuitemradio', { name: 'English (United States)' }).click();
  await expectHeading(page, 'Accept agreement & authorize partner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  void FIXED_NOW;
});

test('the Italian UI: Scenario 1 in Italian, and the partner types the date as 27/02/2026', async ({
  page,
  context,
  signIn,
  check,
}) => {
  const english =
    'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.';
  await page.goto(agreementLink('scenario-1'));
  await signIn('admin@adatum.onmicrosoft.com', 'Adatum#2026');
  await expect(
    page.getByText(
      'Rivolgiti al tuo partner per confermare l’accettazione del Contratto del cliente Microsoft.',
    ),
  ).toBeVisible();
  await expect(page.locator('q[lang="en-US"]')).toHaveText(english);
  await check('it-IT-scenario-1-reach-out');

  const partner = await context.newPage();
  const partnerErrors = collectErrors(partner);
  await partner.goto('/#/partner-center/signin');
  await partner.getByLabel(/^Nome utente/).fill('lee@fabrikam.example');
  await partner.getByLabel(/^Password/).fill('Partner#2026');
  await partner.getByRole('button', { name: 'Accedi' }).click();
  await partner.getByRole('link', { name: 'Adatum Corporation' }).click();
  await expectHeading(partner, 'Adatum Corporation');
  await partner.getByRole('button', { name: 'Aggiorna' }).click();
  await partner.getByLabel(/^Nome/).fill('Lena');
  await partner.getByLabel(/^Cognome/).fill('Fischer');
  await partner.getByLabel(/^Indirizzo di posta elettronica/).fill('lena.fischer@adatum.example');
  const date = partner.getByLabel(/^Data di accettazione del contratto/);
  await expect(date).toHaveValue('01/03/2026');
  await checkPage(partner, 'it-IT-pc-update-date');
  await date.fill('02/03/2026');
  await partner.getByRole('button', { name: 'Salva' }).click();
  await expect(
    partner.getByText('La data di accettazione del contratto non può essere futura.'),
  ).toBeVisible();
  await date.fill('27/02/2026');
  await partner.getByRole('button', { name: 'Salva' }).click();
  await expect(partner.getByText('La conferma per Adatum Corporation è stata salvata.')).toBeVisible();
  await expect(partner.getByRole('table', { name: 'Conferme dei partner' })).toContainText('27 feb 2026');
  await checkPage(partner, 'it-IT-pc-update-saved');
  expect(partnerErrors).toEqual([]);

  await page.bringToFront();
  await expect(page.getByText(english)).toHaveCount(0);
});
