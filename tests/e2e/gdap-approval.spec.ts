import { FABRIKAM, expect, expectHeading, test } from './fixtures';

// The GDAP approval link a partner sends, opened on a fresh browser: sign-in keeps the relationship id, a
// Global admin reviews the request and approves all roles.

/** gdap-approval: Fabrikam's request to Bellows College, sent on 2026-11-28. */
const RELATIONSHIP = 'd1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';

test('a Global admin approves partner roles from the admin center link', async ({ page, signIn, check }) => {
  await page.goto(
    `/AdminPortal/Home?scenario=gdap-approval&now=2026-12-01T09:00:00Z#/partners/invitation/granularAdminRelationships/${RELATIONSHIP}`,
  );
  await expectHeading(page, 'Sign in');
  await signIn('admin@bellowscollege.onmicrosoft.com', 'Bellows#2026');

  await expectHeading(page, 'Approve partner roles');
  await expect(page).toHaveURL(
    new RegExp(`#/partners/invitation/granularAdminRelationships/${RELATIONSHIP}$`),
  );
  await expect(page.getByText('Granular admin access')).toBeVisible();
  await expect(
    page.getByText('Remove the delegated admin roles (DAP) of Fabrikam Cloud Services first'),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Remove the DAP roles of Fabrikam Cloud Services' }),
  ).toHaveAttribute('href', `#/partners/${FABRIKAM}`);
  const roles = page.getByRole('list', { name: 'Roles' });
  await expect(roles.getByRole('listitem')).toHaveCount(5);
  await page.getByRole('button', { name: 'Show more roles' }).click();
  await expect(roles.getByRole('listitem')).toHaveCount(6);
  await page.getByRole('button', { name: 'Show role descriptions' }).click();
  await check('en-US-gdap-approval');

  await page.getByRole('button', { name: 'Approve all' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve all roles?' });
  await check('en-US-gdap-approval-confirm');
  await dialog.getByRole('button', { name: 'Yes' }).click();

  await expect(
    page.getByText(
      'You approved the roles. The relationship “Fabrikam managed services” with Fabrikam Cloud Services is active and expires on Nov 30, 2028.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve all' })).toHaveCount(0);
  await check('en-US-gdap-approved');

  // Opened again, the link says the request is already approved.
  await page.reload();
  await expect(page.getByText(/^This request is already approved: the relationship is active/)).toBeVisible();
});
