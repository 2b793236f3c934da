import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activitySnapshot, clearActivity } from '../../src/api/activity';
import { call, tokenFor } from '../api';
import { renderApp } from '../render-app';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';

const WOODGROVE = { scenario: 'six-partners', signedInAs: 'admin@woodgrovebank.onmicrosoft.com' };
const LUCERNE = '4f3e2d1c-0b9a-4876-9543-210fedcba987';

/** The value shown under a label of a label-over-value list. */
function valueOf(container: HTMLElement, label: string): string {
  const term = within(container).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('Partner relationships journey', () => {
  it('lists six partners of different kinds, shows details in a side panel and removes roles after confirmation', async () => {
    const { user, router } = renderApp('/partners', WOODGROVE);
    const table = await screen.findByRole('table', { name: 'Other partner types' });
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Partner', 'Partner type', 'Role authorization', 'Roles']);
    expect(screen.getByRole('status')).toHaveTextContent('6 items');
    for (const kind of ['Indirect provider', 'Indirect reseller', 'Advisor', 'Reseller']) {
      expect(within(table).getAllByText(kind).length).toBeGreaterThan(0);
    }
    // Fabrikam still holds DAP roles: the review bar says to look at them.
    expect(
      within(table).getByRole('link', { name: 'Fabrikam Cloud Services' }).closest('tr'),
    ).toHaveTextContent('Fabrikam Cloud ServicesResellerDAPGlobal administrator, Helpdesk administrator');
    expect(
      screen.getByText(/^You should review the delegated administrative privileges \(DAP\)/),
    ).toBeInTheDocument();

    await user.click(within(table).getByRole('link', { name: 'Fabrikam Cloud Services' }));
    const details = await screen.findByRole('dialog', { name: 'Fabrikam Cloud Services' });
    expect(router.state.location.pathname).toBe('/partners/3b33e682-00c3-41ee-9dd2-a548adf56438');
    await waitFor(() => expect(details).toContainElement(document.activeElement as HTMLElement));
    expect(within(details).getByText('partners@fabrikam.example')).toBeInTheDocument();
    expect(within(details).getByText('+1 425 555 0100')).toBeInTheDocument();
    expect(within(details).getByText('https://www.fabrikam.example')).toBeInTheDocument();
    // Label over value, as on the admin center's detail pages.
    expect(valueOf(details, 'Partner since')).toBe('Apr 1, 2021');
    expect(valueOf(details, 'Relationship type')).toBe('Reseller, Delegated admin');
    expect(
      within(details).getByText(
        'Microsoft Customer Agreement, Sep 30, 2024: accepted by Oliver Smith (oliver.smith@woodgrovebank.example)',
      ),
    ).toBeInTheDocument();
    expect(within(details).getByText('Helpdesk administrator')).toBeInTheDocument();

    await user.click(within(details).getByRole('button', { name: 'Remove roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove roles?' });
    expect(within(dialog).getByText(/The relationship stays \(Reseller\)/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));

    expect(
      await within(details).findByText(
        'Fabrikam Cloud Services no longer has admin roles in your organization.',
      ),
    ).toBeInTheDocument();
    expect(valueOf(details, 'Relationship type')).toBe('Reseller');
    expect(within(details).queryByRole('button', { name: 'Remove roles' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Remove roles?' })).not.toBeInTheDocument(),
    );

    await user.click(within(details).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/partners');
    const link = within(screen.getByRole('table', { name: 'Other partner types' })).getByRole('link', {
      name: 'Fabrikam Cloud Services',
    });
    // Focus goes back to where it was before the panel opened.
    await waitFor(() => expect(link).toHaveFocus());
    expect(link.closest('tr')).toHaveTextContent('None');
  });

  it('opens the side panel from a link to the partner, and Escape closes it', async () => {
    const { user, router } = renderApp(`/partners/${LUCERNE}`, WOODGROVE);
    const details = await screen.findByRole('dialog', { name: 'Lucerne Advisory' });
    expect(valueOf(details, 'Relationship type')).toBe('Advisor');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/partners');
    expect(screen.getByRole('table', { name: 'Other partner types' })).toBeInTheDocument();
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { user } = renderApp(`/partners/${LUCERNE}`, WOODGROVE);
    const details = await screen.findByRole('dialog', { name: 'Lucerne Advisory' });
    await user.click(within(details).getByRole('button', { name: 'Remove roles' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Remove roles?' })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Remove roles?' })).not.toBeInTheDocument(),
    );
    expect(within(details).getByText('Global administrator')).toBeInTheDocument();
  });

  it('filters by relationship type from the Filter menu, and clears the filter', async () => {
    const { user, router } = renderApp('/partners', WOODGROVE);
    await screen.findByRole('table', { name: 'Other partner types' });
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Indirect reseller' }));
    expect(await screen.findByText('1 item')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?type=indirectReseller');
    await user.keyboard('{Escape}');
    const table = screen.getByRole('table', { name: 'Other partner types' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('link', { name: 'Proseware Partners' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '1 filter selected' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Advisor' }));
    expect(await screen.findByText('2 items')).toBeInTheDocument();
    expect(screen.getByRole('menuitemcheckbox', { name: 'Advisor' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitem', { name: 'Clear all filters' }));
    expect(await screen.findByText('6 items')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Filter' })).toBeInTheDocument();
  });

  it('Refresh shows what changed elsewhere since the list was loaded', async () => {
    const { user } = renderApp('/partners', WOODGROVE);
    const table = await screen.findByRole('table', { name: 'Other partner types' });
    const fabrikam = () => within(table).getByRole('link', { name: 'Fabrikam Cloud Services' }).closest('tr');
    expect(fabrikam()).toHaveTextContent('Global administrator');
    // Another tab removes Fabrikam's roles.
    const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
    expect((await call(`/api/partners/${FABRIKAM}/roles`, { method: 'DELETE', token })).status).toBe(200);
    expect(fabrikam()).toHaveTextContent('Global administrator');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(fabrikam()).toHaveTextContent('None'));
  });

  it('shows the empty state', async () => {
    renderApp('/partners', { scenario: 'new-customer', signedInAs: 'admin@contosonew.onmicrosoft.com' });
    expect(await screen.findByText("We didn't find anything to show here.")).toBeInTheDocument();
  });

  it('searches and pages 5,000 partners', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
    });
    expect(await screen.findByText('Showing 1–50 of 5,000 partners')).toBeInTheDocument();
    // 5,000 partners and 2,000 GDAP relationships.
    expect(screen.getByRole('status')).toHaveTextContent('7,000 items');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Pages of other partners' })).getByRole('button', {
        name: 'Next page',
      }),
    );
    expect(await screen.findByText('Showing 51–100 of 5,000 partners')).toBeInTheDocument();
    await user.type(
      screen.getByRole('searchbox', { name: 'Search by partner or relationship name' }),
      '4999',
    );
    expect(await screen.findByText('1 item')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /4999$/ })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search by partner or relationship name' }), 'x');
    expect(await screen.findByText('No other partner matches the search and filters.')).toBeInTheDocument();
  });

  it('a search keystroke asks only for the two lists, not again for the signed-in user', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
    });
    expect(await screen.findByText('Showing 1–50 of 5,000 partners')).toBeInTheDocument();
    clearActivity();
    await user.type(
      screen.getByRole('searchbox', { name: 'Search by partner or relationship name' }),
      '4999',
    );
    expect(await screen.findByText('1 item')).toBeInTheDocument();
    const paths = activitySnapshot().map((call) => call.path.split('?')[0]);
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths)).toEqual(new Set(['/api/partners', '/api/granular-admin-relationships']));
  });

  it('shows an error in the details area for a partner the tenant does not have', async () => {
    renderApp('/partners/00000000-0000-4000-8000-000000000000', {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('Billing', () => {
  it('refuses a purchase before the MCA is accepted, with the reason and the way forward; then buys', async () => {
    const { user } = renderApp('/catalog', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Purchase services' })).toBeInTheDocument();
    const quantity = within(
      screen.getByRole('region', { name: 'Microsoft 365 Business Premium' }),
    ).getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '7');
    await user.click(screen.getByRole('button', { name: 'Review Microsoft 365 Business Premium' }));
    const review = await screen.findByRole('region', { name: 'Review your purchase' });
    await user.click(within(review).getByRole('button', { name: 'Buy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('(code 13605)');
    expect(within(review).getByText('7')).toBeInTheDocument();

    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: 'Accept agreement' }));
    await user.click(await screen.findByRole('checkbox', { name: /I have read/ }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    await screen.findByRole('heading', { level: 1, name: 'Partner relationships' });

    await user.click(screen.getByRole('link', { name: 'Purchase services' }));
    await user.click(await screen.findByRole('button', { name: 'Review Microsoft 365 Business Premium' }));
    await user.click(
      within(await screen.findByRole('region', { name: 'Review your purchase' })).getByRole('button', {
        name: 'Buy',
      }),
    );
    expect(await screen.findByText('Bought 1 × Microsoft 365 Business Premium.')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Purchase history' });
    expect(within(history).getByText('Microsoft 365 Business Premium')).toBeInTheDocument();
  });

  it('checks the quantity before ordering', async () => {
    const { user } = renderApp('/catalog', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    const region = await screen.findByRole('region', { name: 'Visio Plan 2' });
    await user.clear(within(region).getByLabelText('Quantity'));
    await user.type(within(region).getByLabelText('Quantity'), '0');
    await user.click(screen.getByRole('button', { name: 'Review Visio Plan 2' }));
    expect(await within(region).findByText('Enter a whole number from 1 to 300.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Review your purchase' })).not.toBeInTheDocument();
    // The message goes as soon as the field is changed.
    await user.type(within(region).getByLabelText('Quantity'), '2');
    expect(within(region).queryByText('Enter a whole number from 1 to 300.')).not.toBeInTheDocument();
  });

  it('shows the billing account with who accepted and how', async () => {
    renderApp('/BillingAccounts', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    const history = await screen.findByRole('table', { name: 'Agreement history' });
    const [, direct, attested, ...rest] = within(history).getAllByRole('row');
    expect(rest).toEqual([]);
    expect(direct).toHaveTextContent('Accepted directly in the admin center');
    expect(attested).toHaveTextContent('Attested by partner Fabrikam Cloud Services');
  });
});
