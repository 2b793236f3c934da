import { FIXED_NOW, expect, expectHeading, test } from './fixtures';

// The simulated mailboxes in a real browser: the partner sends the relationship request from the template,
// it arrives in the customer's mailbox, and its link opens the customer's invitation.

const COHO_ADMIN = 'admin@cohowinery.onmicrosoft.com';

test('a relationship request sent from Partner Center arrives in the customer’s mailbox, and its link opens the invitation', async ({
  page,
  signIn,
  check,
}) => {
  test.setTimeout(90_000);
  await page.goto(`/?scenario=partner-training&now=${FIXED_NOW}#/partner-center/relationship-request`);
  await signIn('adele@fabrikam.example', 'Partner#2026');
  await expectHeading(page, 'Request a reseller relationship');
  await page.getByRole('textbox', { name: 'To' }).fill(COHO_ADMIN);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText(`Sent to ${COHO_ADMIN}.`)).toBeVisible();

  await page.getByRole('link', { name: 'Open their mailbox' }).click();
  await expectHeading(page, 'Mail');
  const message = page.getByRole('article', {
    name: 'Reseller relationship request from Fabrikam Cloud Services',
  });
  await expect(message.getByText('adele@fabrikam.example')).toBeVisible();
  await check('en-US-mailbox');

  await message.getByRole('link', { name: /Adminportal\/Home\?invType=ResellerRelationship/ }).click();
  await expectHeading(page, 'Sign in');
  await signIn(COHO_ADMIN, 'Coho#2026');
  await expectHeading(page, 'Accept agreement & authorize partner');
  await expect(page.getByRole('heading', { level: 2, name: 'Fabrikam Cloud Services' })).toBeVisible();

  // The customer's own Mail, from the top bar.
  await page.getByRole('link', { name: 'Mail' }).click();
  await expectHeading(page, 'Mail');
  await expect(
    page.getByRole('article', { name: /^Reseller relationship request from Fabrikam/ }),
  ).toBeVisible();
});
