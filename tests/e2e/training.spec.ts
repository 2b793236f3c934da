import type { BrowserContext, Page } from '@playwright/test';
import { checkPage, collectErrors, expect, test } from './fixtures';

// Procedures 2, 6, 8 and 12 done the way a trainee who never read the guide does them: the checklist says
// what to do, Show me finds the control (the test acts on the control Show me focused), and every step
// ticks by itself. No step is ticked by anything but the action.

const NOW = '2026-03-01T12:00:00Z';
const checklist = (page: Page) =>
  page.getByRole('complementary', { name: /^(Training checklist|Lista di controllo della formazione)$/ });
const status = (page: Page) => checklist(page).getByRole('status');

async function progress(page: Page, done: number, total: number, language: 'en' | 'it' = 'en') {
  const text =
    done === total
      ? language === 'en'
        ? 'Well done: every step is done.'
        : 'Ottimo lavoro: tutti i passaggi sono stati eseguiti.'
      : language === 'en'
        ? `${done} of ${total} steps done`
        : `${done} di ${total} passaggi eseguiti`;
  await expect(status(page)).toHaveText(text, { timeout: 15_000 });
}

/** Step `n` of the checklist (1 for the first), as the trainee reads it. */
const step = (page: Page, n: number) =>
  checklist(page)
    .getByRole('listitem')
    .nth(n - 1);

/** Show me on step `n`: returns the control it points at (it has the focus). */
async function showMe(page: Page, n: number) {
  await step(page, n)
    .getByRole('button', { name: /^(Show me|Mostrami)$/ })
    .click();
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  // The element itself: the focus moves on as soon as the trainee types elsewhere.
  const control = await focused.elementHandle();
  if (!control) throw new Error('Show me pointed at nothing');
  return control;
}

/**
 * Signs in with the account and password step `n` names (`… as <account>, password <password>`), with the
 * Sign in button Show me points at (or, where the step's Show me is in the other tab, the page's own).
 */
async function signInAsTheStepSays(page: Page, n: number, withShowMe = true) {
  const text = (await step(page, n).innerText()).replace(/\s+/g, ' ');
  const match = /(?:as|come) (\S+@\S+?)[,.]? (?:\(|password )(\S+?)[),.]?(?:\s|$)/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`No account in the step: ${text}`);
  const button = withShowMe
    ? await showMe(page, n)
    : page.getByRole('button', { name: /^(Sign in|Accedi)$/ });
  await page.getByLabel(/^(User name|Nome utente)/).fill(match[1]);
  await page.getByLabel(/^Password/).fill(match[2]);
  await button.click();
  return { account: match[1], password: match[2] };
}

async function startProcedure(page: Page, start: RegExp) {
  await page.getByRole('button', { name: /^(Training|Formazione)$/ }).click();
  await page.getByRole('button', { name: start }).click();
}

async function customerTab(context: BrowserContext) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  return { page, errors };
}

test.describe('Training: guided procedures', () => {
  test('2. Confirm acceptance for a new customer (Option 1), with the Training page and checklist checked', async ({
    page,
    signIn,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?scenario=partner-training&now=${NOW}&latency=0#/partner-center/signin`);
    await signIn('adele@fabrikam.example', 'Partner#2026');
    await page.getByRole('button', { name: 'Training' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
    await checkPage(page, 'training-page-en-1280');
    await page
      .getByRole('button', { name: 'Start 2. Confirm acceptance for a new customer (Option 1)' })
      .click();

    await progress(page, 0, 4);
    await checkPage(page, 'training-signin-checklist-en-1280');
    await signInAsTheStepSays(page, 1);
    await progress(page, 1, 4);

    await (await showMe(page, 2)).click(); // Add customer
    await expect(page.getByRole('heading', { level: 1, name: 'New customer' })).toBeVisible();
    await checkPage(page, 'training-checklist-beside-page-en-1280');
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
    await page.getByRole('radio', { name: /The customer has accepted/ }).check();
    await page.getByLabel(/^Agreement acceptance date/).fill('2026-02-20');
    await page.getByRole('button', { name: 'Next: Review' }).click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('heading', { name: 'Confirmation' })).toBeVisible();
    await progress(page, 3, 4);

    await (await showMe(page, 4)).click(); // View account info
    await expect(page.getByRole('heading', { level: 1, name: 'Bluebird Books' })).toBeVisible();
    await progress(page, 4, 4);
    await expect(checklist(page).getByRole('img', { name: 'Done' })).toHaveCount(4);
  });

  test.describe('in Italian', () => {
    test.use({ locale: 'it-IT' });

    test('6. Il cliente accetta nell’interfaccia di amministrazione (Opzione 2)', async ({
      page,
      signIn,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/?scenario=existing-customer&now=${NOW}&latency=0#/signin`);
      await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
      await startProcedure(page, /^Avvia 6\. /);
      await progress(page, 0, 5, 'it');
      await checkPage(page, 'training-signin-checklist-it-1280');
      await signInAsTheStepSays(page, 1);
      await progress(page, 1, 5, 'it');

      await (await showMe(page, 2)).click(); // Account di fatturazione
      await expect(page.getByRole('heading', { level: 1, name: 'Account di fatturazione' })).toBeVisible();
      await progress(page, 2, 5, 'it');
      await (await showMe(page, 3)).click(); // Accetta il contratto, on Home
      await progress(page, 3, 5, 'it');
      await checkPage(page, 'training-checklist-beside-page-it-1280');
      await (await showMe(page, 4)).check(); // the consent checkbox
      await page.getByRole('button', { name: 'Accetta', exact: true }).click();
      // The same page then lists the customer's partners (the guide's consolidated list): the last step.
      await progress(page, 5, 5, 'it');
      await expect(checklist(page).getByRole('img', { name: 'Eseguito' })).toHaveCount(5);
    });

    test('the Training page and the checklist on a phone (390 px)', async ({ page, signIn }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/?scenario=existing-customer&now=${NOW}&latency=0#/signin`);
      await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
      await page.goto(`/#/training`);
      await expect(page.getByRole('heading', { level: 1, name: 'Formazione' })).toBeVisible();
      await checkPage(page, 'training-page-it-390');
      await page.getByRole('button', { name: /^Avvia 6\. / }).click();
      await progress(page, 0, 5, 'it');
      await signInAsTheStepSays(page, 1);
      await progress(page, 1, 5, 'it');
      // On a phone the checklist is a section above the page: Show me's control stays uncovered.
      // Only the current step shows on a phone; the others are one tap away.
      await checklist(page).getByRole('button', { name: 'Mostra i passaggi' }).click();
      const control = await showMe(page, 3);
      const box = await control.boundingBox();
      const list = await checklist(page).boundingBox();
      expect(box && list && box.y >= list.y + list.height).toBe(true);
      await checkPage(page, 'training-checklist-it-390');
    });
  });

  test('8. Invite a new customer to the reseller relationship and the MCA', async ({
    page,
    context,
    signIn,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?scenario=new-customer&now=${NOW}&latency=0#/partner-center/signin`);
    await signIn('adele@fabrikam.example', 'Partner#2026');
    await startProcedure(page, /^Start 8\. /);
    await progress(page, 0, 6);
    await signInAsTheStepSays(page, 1);
    await progress(page, 1, 6);
    await (await showMe(page, 2)).click(); // Request a reseller relationship
    await progress(page, 2, 6);

    // Send puts the email in the customer's simulated mailbox (relationshipRequestEmailed).
    await page.getByRole('textbox', { name: 'To' }).fill('admin@contosonew.onmicrosoft.com');
    await (await showMe(page, 3)).click(); // Send
    await progress(page, 3, 6);

    const link = await page.getByRole('link', { name: /partner-invitation/ }).getAttribute('href');
    const { page: customer, errors } = await customerTab(context);
    await customer.setViewportSize({ width: 1280, height: 900 });
    await customer.goto(link ?? '');
    await progress(customer, 3, 6);
    const { account } = await signInAsTheStepSays(customer, 4, false);
    expect(account).toBe('admin@contosonew.onmicrosoft.com');
    await customer.getByLabel(/^New password/).fill('Contoso#2027');
    await customer.getByLabel(/^Confirm new password/).fill('Contoso#2027');
    await customer.getByRole('button', { name: 'Update password and sign in' }).click();
    await progress(customer, 4, 6);
    await customer.getByRole('checkbox', { name: /I have read/ }).check();
    await (await showMe(customer, 5)).click(); // Accept & Authorize
    // Accepting opens the consolidated list of partners with the inviting partner's details over it.
    await expect(customer.getByRole('dialog', { name: 'Fabrikam Cloud Services' })).toBeVisible();
    await customer.keyboard.press('Escape');
    await progress(customer, 6, 6);
    // The other tab follows.
    await progress(page, 6, 6);
    expect(errors).toEqual([]);
  });

  test('12. Request GDAP and have it approved', async ({ page, context, signIn }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?scenario=partner-training&now=${NOW}&latency=0#/partner-center/signin`);
    await signIn('adele@fabrikam.example', 'Partner#2026');
    await startProcedure(page, /^Start 12\. /);
    await progress(page, 0, 5);
    await signInAsTheStepSays(page, 1);
    await progress(page, 1, 5);
    await (await showMe(page, 2)).click(); // Relecloud
    await page.getByRole('link', { name: 'Request admin relationship' }).click();
    await page.getByLabel(/^Admin relationship name/).fill('Relecloud helpdesk');
    await page.getByLabel(/^Duration in days/).fill('90');
    await page.getByRole('checkbox', { name: 'Helpdesk Administrator' }).check();
    await page.getByRole('button', { name: 'Request and get the approval link' }).click();
    await progress(page, 2, 5);

    const link = await (await showMe(page, 3)).getAttribute('href'); // the approval link
    const { page: customer, errors } = await customerTab(context);
    await customer.setViewportSize({ width: 1280, height: 900 });
    await customer.goto(link ?? '');
    await progress(customer, 2, 5);
    await signInAsTheStepSays(customer, 3, false);
    await progress(customer, 3, 5);
    await (await showMe(customer, 4)).click(); // Approve all
    await customer.getByRole('dialog').getByRole('button', { name: 'Yes' }).click();
    await progress(customer, 4, 5);

    await progress(page, 4, 5);
    await (await showMe(page, 5)).click(); // Relecloud again
    await expect(page.getByText('Active', { exact: true })).toBeVisible();
    await progress(page, 5, 5);
    await progress(customer, 5, 5);
    expect(errors).toEqual([]);
  });
});
