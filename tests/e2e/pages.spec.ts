import { FIXED_NOW, expect, expectHeading, test } from './fixtures';

// Every page, in both languages: axe finds nothing, and a screenshot is saved to look at.
const PAGES: { route: string; en: string; it: string; panel?: string }[] = [
  { route: '/homepage', en: 'Woodgrove Bank', it: 'Woodgrove Bank' },
  { route: '/BillingAccounts', en: 'Billing accounts', it: 'Account di fatturazione' },
  { route: '/BillingAccounts/agreement', en: 'Accept agreement', it: 'Accetta il contratto' },
  { route: '/partners', en: 'Partner relationships', it: 'Relazioni con i partner' },
  // The partner's details open in a side panel over the list.
  {
    route: '/partners/3b33e682-00c3-41ee-9dd2-a548adf56438',
    en: 'Partner relationships',
    it: 'Relazioni con i partner',
    panel: 'Fabrikam Cloud Services',
  },
  { route: '/catalog', en: 'Purchase services', it: 'Acquista servizi' },
  { route: '/nowhere', en: 'Page not found', it: 'Pagina non trovata' },
  {
    route: `/BillingAccounts/agreement/document?templateId=117a77b0-9360-443b-8795-c6dedc750cf9&language=it-IT&country=IT`,
    en: 'Microsoft Customer Agreement (simulated)',
    it: 'Contratto del cliente Microsoft (simulato)',
  },
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
      // Ten pages, each checked by axe and photographed: 25 to 50 s on a busy 2-core machine.
      test.setTimeout(120_000);
      await page.goto(`/?scenario=six-partners&now=${FIXED_NOW}`);
      await expectHeading(page, language === 'en-US' ? 'Sign in' : 'Accedi');
      await expect(page.getByRole('table')).toBeVisible();
      await check(`${language}-page-0-sign-in`);
      await signIn('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
      await expectHeading(page, 'Woodgrove Bank');
      for (const [index, { route, en, it, panel }] of PAGES.entries()) {
        await page.goto(`/#${route}`);
        if (panel) await expect(page.getByRole('dialog', { name: panel })).toBeVisible();
        else await expectHeading(page, language === 'en-US' ? en : it);
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

/** The focused element shows it: the browser's focus ring, or MUI's focus-visible state. */
async function focusIsVisible(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return (
      style.outlineStyle !== 'none' ||
      element.classList.contains('Mui-focusVisible') ||
      !!element.closest('.Mui-focused, .Mui-focusVisible')
    );
  });
}

test('dialogs trap the keyboard and give focus back; focus is always visible', async ({ page, signIn }) => {
  await page.goto(`/?scenario=six-partners&now=${FIXED_NOW}#/partners/4f3e2d1c-0b9a-4876-9543-210fedcba987`);
  await signIn('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
  const removeRoles = page.getByRole('button', { name: 'Remove roles' });
  await expect(removeRoles).toBeVisible();

  // Tab through the page to Remove roles: every stop shows where the focus is.
  for (let i = 0; i < 40 && !(await removeRoles.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page), `focus visible after ${i + 1} Tab presses`).toBe(true);
  }
  await expect(removeRoles).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Remove roles?' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(removeRoles).toBeFocused();
  // Escape again closes the partner's side panel (a modal too), and the page behind it is back.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Lucerne Advisory' })).toBeHidden();

  // The Demo dialog too.
  const demo = page.getByRole('button', { name: 'Demo' });
  await demo.focus();
  await page.keyboard.press('Enter');
  const controls = page.getByRole('dialog', { name: 'Demo controls' });
  await expect(controls).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await controls.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(demo).toBeFocused();
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 800 }, locale: 'it-IT' });

  test('both sign-in pages fit; the demo accounts table scrolls in its own box', async ({ page, check }) => {
    await page.goto(`/?scenario=partner-training&now=${FIXED_NOW}#/signin`);
    await expectHeading(page, 'Accedi');
    await expect(page.getByRole('table', { name: 'Account dimostrativi' })).toBeVisible();
    await check('phone-it-IT-sign-in');
    await page.goto(`/#/partner-center/signin`);
    await expectHeading(page, 'Accedi al Centro per i partner (simulato)');
    await expect(page.getByRole('table', { name: 'Account dimostrativi' })).toBeVisible();
    await check('phone-it-IT-pc-sign-in');
  });
});
