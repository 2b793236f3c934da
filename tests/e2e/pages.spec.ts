import { FIXED_NOW, expect, expectHeading, test } from './fixtures';

// Every page, in both languages: axe finds nothing, and a screenshot is saved to look at.
const PAGES = [
  { route: '/homepage', en: 'Woodgrove Bank', it: 'Woodgrove Bank' },
  { route: '/BillingAccounts', en: 'Billing accounts', it: 'Account di fatturazione' },
  { route: '/BillingAccounts/agreement', en: 'Accept agreement', it: 'Accetta il contratto' },
  { route: '/partners', en: 'Partner relationships', it: 'Relazioni con i partner' },
  {
    route: '/partners/3b33e682-00c3-41ee-9dd2-a548adf56438',
    en: 'Partner relationships',
    it: 'Relazioni con i partner',
  },
  { route: '/catalog', en: 'Purchase services', it: 'Acquista servizi' },
  { route: '/nowhere', en: 'Page not found', it: 'Pagina non trovata' },
  {
    route: '/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=12345&DAP=true',
    en: 'Accept agreement & authorize partner',
    it: 'Accetta il contratto e autorizza il partner',
  },
];

for (const language of ['en-US', 'it-IT'] as const) {
  test.describe(language, () => {
    test.use({ locale: language });

    test(`every page in ${language}`, async ({ page, signIn, check }) => {
      await page.goto(`/?scenario=six-partners&now=${FIXED_NOW}`);
      await signIn('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
      await expectHeading(page, 'Woodgrove Bank');
      for (const [index, { route, en, it }] of PAGES.entries()) {
        await page.goto(`/#${route}`);
        await expectHeading(page, language === 'en-US' ? en : it);
        await expect(page.getByRole('progressbar')).toHaveCount(0);
        await check(
          `${language}-page-${index + 1}-${route.split('?')[0]?.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}`,
        );
      }
    });
  });
}

test('the Accept agreement journey with the keyboard alone', async ({ page }) => {
  await page.goto(
    `/AdminPortal/Home?ref=/BillingAccounts/agreement&scenario=existing-customer&now=${FIXED_NOW}`,
  );
  await expectHeading(page, 'Sign in');
  // Tab to the user name field, type, tab to the password, type, Enter submits.
  const userName = page.getByLabel(/^User name/);
  for (let i = 0; i < 10 && !(await userName.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(userName).toBeFocused();
  await page.keyboard.type('admin@northwindtraders.onmicrosoft.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Northwind#2026');
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Accept agreement');

  const checkbox = page.getByRole('checkbox', { name: /I have read/ });
  for (let i = 0; i < 20 && !(await checkbox.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Accept', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Partner relationships');
});
