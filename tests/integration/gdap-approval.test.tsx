import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { moveClock } from '../../mocks/db/gdap';
import { paths } from '../../src/domain/paths';
import { renderApp } from '../render-app';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
/** gdap-approval: Fabrikam's pending request to Bellows College. */
const PENDING = 'd1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';
const link = paths.gdapApproval.href(PENDING);

/** Pasted rather than typed: the journey is about the page after sign-in, not the keystrokes. */
async function signIn(user: ReturnType<typeof renderApp>['user'], name: string, password: string) {
  const userName = await screen.findByLabelText(/User name/);
  await user.clear(userName);
  await user.click(userName);
  await user.paste(name);
  const secret = screen.getByLabelText(/^Password/);
  await user.clear(secret);
  await user.click(secret);
  await user.paste(password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Approve partner roles (the GDAP approval link)', () => {
  it('a Global admin opens the link signed out, signs in, reviews the request and approves all', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const { user } = renderApp(link);
    await signIn(user, 'admin@bellowscollege.onmicrosoft.com', 'Bellows#2026');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Approve partner roles' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Bellows College').length).toBeGreaterThan(0);
    expect(
      screen.getByText(/^Your partner, Fabrikam Cloud Services, requests these admin roles\./),
    ).toBeInTheDocument();
    expect(screen.getByText('Granular admin access')).toBeInTheDocument();
    expect(screen.getByText('Fabrikam managed services')).toBeInTheDocument();
    expect(screen.getByText('730 days')).toBeInTheDocument();
    expect(
      screen.getByText('If it is not approved, this request expires on Feb 26, 2027.'),
    ).toBeInTheDocument();

    // Fabrikam still holds DAP: the page says to remove it first and links to the partner.
    expect(
      screen.getByText('Remove the delegated admin roles (DAP) of Fabrikam Cloud Services first'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Remove the DAP roles of Fabrikam Cloud Services' }),
    ).toHaveAttribute('href', paths.partner.href(FABRIKAM));

    // Approve all asks first; Cancel in the dialog changes nothing.
    await user.click(screen.getByRole('button', { name: 'Approve all' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve all roles?' });
    expect(
      within(dialog).getByText(
        /Fabrikam Cloud Services will have the roles listed on this page in Bellows College for 730 days/,
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));

    expect(
      await screen.findByText(
        'You approved the roles. The relationship “Fabrikam managed services” with Fabrikam Cloud Services is active and expires on Nov 30, 2028.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve all' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View this relationship' })).toHaveAttribute(
      'href',
      paths.gdapRelationship.href(PENDING),
    );
    expect(screen.getByRole('link', { name: 'Go to Partner relationships' })).toHaveAttribute(
      'href',
      paths.partners.href(),
    );
  });

  it('tells a partner agent the link is for the customer, and shows a Billing admin the request read-only', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const first = renderApp(link);
    // The partner who opens the customer's link and signs in with a Partner Center account.
    await signIn(first.user, 'adele@fabrikam.example', 'Partner#2026');
    expect(
      await screen.findByText(/This is a partner agent’s account for Partner Center \(simulated\)/),
    ).toBeInTheDocument();
    await signIn(first.user, 'billing@bellowscollege.onmicrosoft.com', 'Billing#2026');
    expect(
      await screen.findByText(/^Only a Global administrator can approve partner roles\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approve all' })).toBeDisabled();

    // Reading is open to all: five roles, then the sixth behind Show more roles; descriptions on request.
    const roles = screen.getByRole('list', { name: 'Roles' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Global Administrator',
      'Helpdesk Administrator',
      'User Administrator',
      'Billing Administrator',
      'Exchange Administrator',
    ]);
    await first.user.click(screen.getByRole('button', { name: 'Show more roles' }));
    expect(within(roles).getByText('Teams Administrator')).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Show role descriptions' }));
    expect(
      within(roles).getByText(
        'Can manage everything in your organization, including the roles of other admins.',
      ),
    ).toBeInTheDocument();
  });

  it('an unknown id, and a request that lapsed while its page was open, each get a clear page', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const unknown = renderApp(paths.gdapApproval.href('d1a90001-6da9'), {
      signedInAs: 'admin@bellowscollege.onmicrosoft.com',
    });
    expect(
      await screen.findByText(
        /^There is no request for admin roles with the ID “d1a90001-6da9” in Bellows College\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Approve partner roles' })).toBeInTheDocument();
    unknown.unmount();

    // The request lapses while the page is open: Approve all then shows what became of it.
    const { user } = renderApp(link, { signedInAs: 'admin@bellowscollege.onmicrosoft.com' });
    const approveAll = await screen.findByRole('button', { name: 'Approve all' });
    moveClock(new Date('2027-03-01T09:00:00Z'));
    await user.click(approveAll);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Yes' }));
    expect(
      await screen.findByText(
        /^This request expired on Feb 26, 2027: a request that is not approved within 90 days expires\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve all' })).not.toBeInTheDocument();
  });
  it('says what became of a request already approved, run out or ended', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const tailwind = 'c0a1e5b2-0015-4a6e-9b1c-000000000015';
    const cases: [serial: string, partnerTail: string, text: RegExp][] = [
      [
        'd1a90011',
        'a548adf56438',
        /^This request is already approved: the relationship is active and expires on Feb 29, 2028\./,
      ],
      ['d1a90022', '6d2f0c8e4b11', /^This relationship ended on May 2, 2025, when its duration ran out\./],
      [
        'd1a90013',
        'a548adf56438',
        /^This relationship was ended on Jun 1, 2026: Fabrikam Cloud Services no longer has these roles\./,
      ],
    ];
    for (const [serial, partnerTail, text] of cases) {
      const id = `${serial}-6da9-4d1e-8a1c-${partnerTail}-${tailwind}`;
      const view = renderApp(paths.gdapApproval.href(id), {
        signedInAs: 'admin@tailwindtraders.onmicrosoft.com',
      });
      expect(await screen.findByText(text)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Approve all' })).not.toBeInTheDocument();
      view.unmount();
    }
  });
});
