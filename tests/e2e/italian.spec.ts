import { FIXED_NOW, TAILSPIN, agreementLink, expect, expectHeading, invitationLink, test } from './fixtures';

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
  await expect(page.getByText('(documento simulato: it-IT, paese IT)')).toBeVisible();
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
  await expect(page.getByText('Questo invito concede anche ruoli di amministratore delegato')).toBeVisible();
  await check('it-IT-invitation');

  await page.getByRole('button', { name: 'Lingua' }).click();
  await page.getByRole('menuitemradio', { name: 'English (United States)' }).click();
  await expectHeading(page, 'Accept agreement & authorize partner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  void FIXED_NOW;
});
