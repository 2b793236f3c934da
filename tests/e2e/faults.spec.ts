import type { Locator, Page } from '@playwright/test';
import { FABRIKAM, FIXED_NOW, expect, test } from './fixtures';

// Every core flow on a bad network: 2 s of added latency and 30% of calls answered with a 503. The user
// retries the way a person would: "Try again" on a page that failed, the same button again on a form that
// failed (what was typed stays).

const BAD_NETWORK = 'faults=latency:2000,error:0.3';
test.setTimeout(360_000);
test.beforeEach(({ page }) => page.setDefaultTimeout(30_000));

const settle = async (page: Page, submit?: Locator) => {
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Try again', disabled: true })).toHaveCount(0, {
    timeout: 30_000,
  });
  // Busy buttons say so ("Signing in…", "Saving…").
  await expect(page.getByRole('button', { name: /…$/ })).toHaveCount(0, { timeout: 30_000 });
  // The button may be gone by now (the next page is there): waiting for it is only a courtesy.
  if (submit && (await submit.count()))
    await expect(submit)
      .toBeEnabled({ timeout: 30_000 })
      .catch(() => undefined);
};

/**
 * Does `act`; while the simulated service fails, retries; done when `done` shows. After each try it lets
 * the call start (the button turns busy) and waits for it to end before looking at the outcome.
 */
async function persist(page: Page, act: () => Promise<void>, done: Locator, submit?: Locator) {
  const retry = page.getByRole('button', { name: 'Try again' });
  const failed = page.getByText(/The service did not answer|The service could not be reached/);
  const attempt = async (step: () => Promise<unknown>) => {
    if (await done.isVisible()) return;
    // A step the page has moved on from (its button gone) fails after 30 s; the loop then looks again.
    await step().catch(() => undefined);
    await page.waitForTimeout(500);
    await settle(page, submit);
  };
  await attempt(act);
  for (let tries = 0; tries < 20; tries++) {
    await expect(done.or(retry).or(failed).first())
      .toBeVisible({ timeout: 5_000 })
      .catch(() => undefined);
    await settle(page, submit);
    if (await done.isVisible()) return;
    if (await retry.isVisible()) await attempt(() => retry.click({ timeout: 30_000 }).catch(() => undefined));
    else await attempt(act);
  }
  throw new Error('The flow kept failing after 20 attempts');
}

/** Opens a link that lands on a sign-in page, retrying while the page cannot load. */
const openSignIn = (page: Page, url: string) =>
  persist(page, async () => void (await page.goto(url)), page.getByLabel(/^User name/));

async function signIn(page: Page, userName: string, password: string, done: Locator) {
  const submit = page.getByRole('button', { name: 'Sign in', exact: true });
  await persist(
    page,
    async () => {
      await page.getByLabel(/^User name/).fill(userName);
      await page.getByLabel(/^Password/).fill(password);
      await submit.click();
    },
    done,
    submit,
  );
}

test('a new customer changes the temporary password and accepts the invitation on a bad network', async ({
  page,
}) => {
  const signInHeading = page.getByRole('heading', { level: 1, name: 'Sign in' });
  await openSignIn(
    page,
    `/Adminportal/Home?scenario=new-customer&now=${FIXED_NOW}&${BAD_NETWORK}&invType=ResellerRelationship&partnerId=${FABRIKAM}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`,
  );
  await expect(signInHeading).toBeVisible();
  await signIn(
    page,
    'admin@contosonew.onmicrosoft.com',
    'TempPass#2026',
    page.getByRole('heading', { name: 'Update your password' }),
  );

  const update = page.getByRole('button', { name: 'Update password and sign in' });
  const invitation = page.getByRole('heading', { level: 1, name: 'Accept agreement & authorize partner' });
  await persist(
    page,
    async () => {
      await page.getByLabel(/^New password/).fill('Contoso#2026new');
      await page.getByLabel(/^Confirm new password/).fill('Contoso#2026new');
      await update.click();
    },
    invitation,
    update,
  );
  await expect(
    page.getByText('Simulated faults are on in this tab: latency:2000,error:0.3. Change them in Demo.'),
  ).toBeVisible();

  const accept = page.getByRole('button', { name: 'Accept & Authorize' });
  const consent = page.getByRole('checkbox', { name: /I authorize Fabrikam Cloud Services/ });
  await persist(
    page,
    async () => {
      await consent.check();
      await accept.dblclick();
    },
    page.getByRole('dialog', { name: 'Fabrikam Cloud Services' }),
    accept,
  );
  const details = page.getByRole('dialog', { name: 'Fabrikam Cloud Services' });
  await persist(page, async () => undefined, details.getByText('Reseller, Delegated admin'));
});

test('an existing customer accepts the MCA, browses partners and buys on a bad network', async ({ page }) => {
  await openSignIn(
    page,
    `/AdminPortal/Home?ref=/BillingAccounts/agreement&scenario=existing-customer&now=${FIXED_NOW}&${BAD_NETWORK}`,
  );
  await signIn(
    page,
    'admin@northwindtraders.onmicrosoft.com',
    'Northwind#2026',
    page.getByRole('heading', { level: 1, name: 'Accept agreement' }),
  );

  // A double click on Accept still records exactly one acceptance.
  const accept = page.getByRole('button', { name: 'Accept', exact: true });
  const consent = page.getByRole('checkbox', { name: /I have read/ });
  await persist(
    page,
    async () => {
      await consent.check();
      await accept.dblclick();
    },
    page.getByRole('heading', { level: 1, name: 'Partner relationships' }),
    accept,
  );

  await persist(
    page,
    () => page.getByRole('link', { name: 'Trey Research Services' }).click(),
    page.getByRole('dialog', { name: 'Trey Research Services' }),
  );
  // The partner's details are a panel over the list: close it to reach the navigation.
  await page
    .getByRole('dialog', { name: 'Trey Research Services' })
    .getByRole('button', { name: 'Close' })
    .click();

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await persist(
    page,
    () => nav.getByRole('link', { name: 'Billing accounts' }).click(),
    page.getByRole('table', { name: 'Agreement history' }),
  );
  await expect(
    page.getByRole('table', { name: 'Agreement history' }).getByText('Accepted directly in the admin center'),
  ).toHaveCount(1);

  await persist(
    page,
    () => nav.getByRole('link', { name: 'Purchase services' }).click(),
    page.getByRole('heading', { level: 1, name: 'Purchase services' }),
  );
  // Review is on the page itself; Buy, in the review, is the call that may fail.
  const buy = page.getByRole('region', { name: 'Review your purchase' }).getByRole('button', { name: 'Buy' });
  const history = page.getByRole('table', { name: 'Purchase history' });
  const reviewAndBuy = async () => {
    if (!(await buy.isVisible())) await page.getByRole('button', { name: 'Review Visio Plan 2' }).click();
    await buy.click();
  };
  await persist(page, reviewAndBuy, history.getByRole('cell', { name: 'Visio Plan 2' }), buy);
  await expect(history.getByRole('cell', { name: 'Visio Plan 2' })).toHaveCount(1);
});

test('a partner creates a customer and attests on a bad network', async ({ page }) => {
  await openSignIn(
    page,
    `/?scenario=partner-training&now=${FIXED_NOW}&${BAD_NETWORK}#/partner-center/signin`,
  );
  await signIn(
    page,
    'adele@fabrikam.example',
    'Partner#2026',
    page.getByRole('heading', { level: 1, name: 'Customers' }),
  );
  await persist(
    page,
    () => page.getByRole('link', { name: 'Graphic Design Institute' }).click(),
    page.getByRole('heading', { level: 1, name: 'Graphic Design Institute' }),
  );
  const save = page.getByRole('button', { name: 'Save' });
  const confirmations = page.getByRole('table', { name: 'Partner confirmations' });
  await persist(
    page,
    async () => {
      if (!(await save.isVisible())) {
        await page.getByRole('button', { name: 'Update' }).click();
        await page.getByLabel(/^First name/).fill('Harper');
        await page.getByLabel(/^Last name/).fill('Lewis');
        await page.getByLabel(/^Email address/).fill('harper@graphicdesign.example');
      }
      await save.dblclick();
    },
    confirmations.getByRole('cell', { name: 'Harper Lewis' }),
    save,
  );
  await expect(confirmations.getByRole('row')).toHaveCount(2);
});
