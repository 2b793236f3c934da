import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { call } from '../api';
import { renderApp } from '../render-app';

// Partner relationships since 2023 (GDAP section, Other partner types, the DAP review bar) and a GDAP
// relationship's page with Remove roles.

const TAILWIND = { signedInAs: 'admin@tailwindtraders.onmicrosoft.com' };
const GDAP = 'Granular delegated administrative privileges (GDAP)';
const DAP_REVIEW =
  "You should review the delegated administrative privileges (DAP) enabled for your partners to confirm if they still need DAP access to your organization's data.";

// The section by its heading (a text query): role queries over the whole page are slow in jsdom.
const gdapTable = () =>
  within(screen.getByText(GDAP, { selector: 'h2' }).closest('section') as HTMLElement).getByRole('table');
const relationshipNames = () =>
  within(gdapTable())
    .queryAllByRole('link')
    .map((link) => link.textContent);
const rowOf = (name: string) => within(gdapTable()).getByRole('link', { name }).closest('tr') as HTMLElement;

describe('Partner relationships: GDAP', () => {
  it('groups the GDAP relationships per partner with a count, beside the other partner types', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    renderApp('/partners', TAILWIND);
    const table = await screen.findByRole('table', { name: GDAP });
    expect(screen.getByRole('heading', { level: 1, name: 'Partner relationships' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'These are the partners that you authorized to work with your organization. Each partner has different responsibilities for working with your organization, and some might have roles.',
      ),
    ).toBeInTheDocument();
    // No partner of Tailwind holds DAP.
    expect(screen.queryByText(DAP_REVIEW)).not.toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Partner', 'Roles', 'Expiration date', 'Status']);
    expect(within(table).getByRole('button', { name: 'Fabrikam Cloud Services (3)' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Alpine IT Services (2)' })).toBeInTheDocument();
    expect(rowOf('Fabrikam tier 1 support')).toHaveTextContent(
      'Helpdesk Administrator, User Administrator, License Administrator, + 4 more',
    );
    expect(rowOf('Fabrikam tier 1 support')).toHaveTextContent('Active');
    expect(rowOf('Fabrikam security review')).toHaveTextContent('Dec 22, 2026');
    expect(rowOf('Fabrikam security review')).toHaveTextContent('Expiring');
    // 7 GDAP relationships and 3 other partners.
    expect(screen.getByRole('status')).toHaveTextContent('10 items');
    const others = screen.getByRole('table', { name: 'Other partner types' });
    expect(
      within(others)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Partner', 'Partner type', 'Role authorization', 'Roles']);
  });

  it('filters the GDAP relationships by status and searches them, keeping the filter in the URL', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const { user, router } = renderApp('/partners', TAILWIND);
    const table = await screen.findByRole('table', { name: GDAP });
    // A group folds away and back.
    await user.click(within(table).getByRole('button', { name: 'Fabrikam Cloud Services (3)' }));
    expect(relationshipNames()).not.toContain('Fabrikam tier 1 support');
    await user.click(within(table).getByRole('button', { name: 'Fabrikam Cloud Services (3)' }));
    expect(relationshipNames()).toContain('Fabrikam tier 1 support');

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitemcheckbox')
        .slice(0, 6)
        .map((item) => item.textContent),
    ).toEqual(['Activating', 'Active', 'Expired', 'Expiring', 'Terminated', 'Terminating']);
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Expired' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=expired'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(relationshipNames()).toEqual(['Tailspin pilot']));
    await user.click(screen.getByRole('button', { name: '1 filter selected' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Terminating' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=expired%2Cterminating'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(relationshipNames()).toEqual(['Alpine IT helpdesk', 'Tailspin pilot']));
    expect(within(gdapTable()).getByRole('button', { name: 'Alpine IT Services (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '2 filters selected' })).toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Search by partner or relationship name' });
    await user.type(search, 'pil');
    await waitFor(() => expect(relationshipNames()).toEqual(['Tailspin pilot']));
    await user.type(search, 'x');
    expect(
      await screen.findByText('No GDAP relationship matches the search and filters.'),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?filter=pilx&status=expired%2Cterminating');
  });

  it('opens a relationship on its own page; No in Remove roles changes nothing', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const { user, router } = renderApp('/partners', TAILWIND);
    await screen.findByRole('table', { name: GDAP });
    await user.click(within(gdapTable()).getByRole('link', { name: 'Fabrikam tier 1 support' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fabrikam Cloud Services' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/partners\/granularAdminRelationships\/d1a90011-/);
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Partner relationships' })).toBeInTheDocument();
    expect(within(breadcrumb).getByText('Fabrikam Cloud Services')).toHaveAttribute('aria-current', 'page');
    expect(
      screen.getByText('Your partner can view data and manage your Microsoft account in the admin centers.'),
    ).toBeInTheDocument();
    expect(valueOf('Relationship type')).toBe('Granular admin access');
    expect(valueOf('Relationship name')).toBe('Fabrikam tier 1 support');
    expect(valueOf('Roles')).toContain('Exchange Administrator');
    expect(valueOf('Expiration date')).toBe('Feb 29, 2028');
    expect(valueOf('Status')).toBe('Active');

    // No closes the question and changes nothing.
    await user.click(screen.getByRole('button', { name: 'Remove roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove roles?' });
    expect(dialog).toHaveTextContent(
      'When you remove these roles, your partner will not be able to manage your Microsoft account in Azure Active Directory, or other Microsoft services.',
    );
    expect(dialog).toHaveTextContent('They will still be able to buy products and services on your behalf.');
    await user.click(within(dialog).getByRole('button', { name: 'No' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(valueOf('Status')).toBe('Active');
  });

  it('Remove roles → Yes ends the relationship, and the partner stays a reseller', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const { user } = renderApp('/partners?status=active', TAILWIND);
    await screen.findByRole('table', { name: GDAP });
    await user.click(within(gdapTable()).getByRole('link', { name: 'Fabrikam tier 1 support' }));
    await screen.findByRole('heading', { level: 1, name: 'Fabrikam Cloud Services' });
    await user.click(screen.getByRole('button', { name: 'Remove roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove roles?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));
    expect(
      await screen.findByText(
        'You removed the roles of “Fabrikam tier 1 support”. Fabrikam Cloud Services can no longer manage your organization through this relationship.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(valueOf('Status')).toBe('TerminatedEnded by your organization'));
    expect(screen.queryByRole('button', { name: 'Remove roles' })).not.toBeInTheDocument();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
        name: 'Partner relationships',
      }),
    );
    await screen.findByRole('table', { name: GDAP });
    expect(rowOf('Fabrikam tier 1 support')).toHaveTextContent('Terminated');
    const others = screen.getByRole('table', { name: 'Other partner types' });
    const fabrikam = within(others).getByRole('link', { name: 'Fabrikam Cloud Services' }).closest('tr');
    expect(fabrikam).toHaveTextContent('Reseller');
  });

  it('shows a relationship expired after the clock moves past its end date, on Refresh', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const { user } = renderApp('/partners', TAILWIND);
    await screen.findByRole('table', { name: GDAP });
    expect(rowOf('Fabrikam security review')).toHaveTextContent('Expiring');
    // Demo › Time, or another tab, moves the clock on by 30 days.
    expect((await call('/api/sim/clock', { method: 'POST', body: { advanceDays: 30 } })).status).toBe(200);
    expect(rowOf('Fabrikam security review')).toHaveTextContent('Expiring');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(rowOf('Fabrikam security review')).toHaveTextContent('Expired'));
    // The relationship's page says so, and offers no Remove roles.
    await user.click(within(gdapTable()).getByRole('link', { name: 'Fabrikam security review' }));
    expect(
      await screen.findByText(
        'This relationship has ended: Fabrikam Cloud Services has no admin roles through it.',
      ),
    ).toBeInTheDocument();
    expect(valueOf('Status')).toBe('Expired');
    expect(screen.queryByRole('button', { name: 'Remove roles' })).not.toBeInTheDocument();
  });

  it('shows the DAP review bar beside the Microsoft-led relationship while the partner holds DAP', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'dap-to-gdap',
      signedInAs: 'admin@humongousinsurance.onmicrosoft.com',
    });
    expect(await screen.findByText(DAP_REVIEW)).toBeInTheDocument();
    expect(
      within(gdapTable()).getByRole('button', { name: 'Trey Research Services (1)' }),
    ).toBeInTheDocument();
    expect(relationshipNames()[0]).toMatch(/^MLT_[0-9a-f]{8}_[0-9a-f]{8}_20250602$/);
    const trey = within(screen.getByRole('table', { name: 'Other partner types' }))
      .getByRole('link', { name: 'Trey Research Services' })
      .closest('tr');
    expect(trey).toHaveTextContent('ResellerDAPGlobal administrator, Helpdesk administrator');
    const bar = screen.getByText(DAP_REVIEW).parentElement as HTMLElement;
    await user.click(within(bar).getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(DAP_REVIEW)).not.toBeInTheDocument();
  });

  it('shows a clear page for a relationship the tenant does not have', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    renderApp('/partners/granularAdminRelationships/nope', TAILWIND);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

/** The value shown under a label of the page's label-over-value list. */
function valueOf(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}
