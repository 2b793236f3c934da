import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activitySnapshot, clearActivity } from '../../src/api/activity';
import { renderApp } from '../render-app';

describe('Partner relationships journey', () => {
  it('lists six partners of different kinds, shows details and removes roles after confirmation', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    const table = await screen.findByRole('table', { name: 'Partners' });
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    for (const kind of ['Indirect provider', 'Indirect reseller', 'Advisor', 'Reseller, Delegated admin']) {
      expect(within(table).getAllByText(kind).length).toBeGreaterThan(0);
    }

    await user.click(within(table).getByRole('link', { name: 'Fabrikam Cloud Services' }));
    const details = await screen.findByRole('region', { name: 'Fabrikam Cloud Services' });
    expect(within(details).getByText('partners@fabrikam.example')).toBeInTheDocument();
    expect(within(details).getByText('+1 425 555 0100')).toBeInTheDocument();
    expect(within(details).getByText('https://www.fabrikam.example')).toBeInTheDocument();
    expect(within(details).getByText('Apr 1, 2021')).toBeInTheDocument();
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
    expect(within(details).getByText('Reseller')).toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: 'Remove roles' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { user } = renderApp('/partners/4f3e2d1c-0b9a-4876-9543-210fedcba987', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    const details = await screen.findByRole('region', { name: 'Lucerne Advisory' });
    await user.click(within(details).getByRole('button', { name: 'Remove roles' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(details).getByText('Global administrator')).toBeInTheDocument();
  });

  it('shows the empty state', async () => {
    renderApp('/partners', { scenario: 'new-customer', signedInAs: 'admin@contosonew.onmicrosoft.com' });
    expect(await screen.findByText("We didn't find anything to show here.")).toBeInTheDocument();
  });

  it('filters and pages 5,000 partners', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
    });
    expect(await screen.findByText('Showing 1–50 of 5,000 partners')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Showing 51–100 of 5,000 partners')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Filter by name' }), '4999');
    expect(await screen.findByText('Showing 1–1 of 1 partner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /4999$/ })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'x');
    expect(await screen.findByText('No partner name contains “4999x”.')).toBeInTheDocument();
  });

  it('a filter keystroke asks only for the partner list, not again for the signed-in user', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
    });
    expect(await screen.findByText('Showing 1–50 of 5,000 partners')).toBeInTheDocument();
    clearActivity();
    await user.type(screen.getByRole('searchbox', { name: 'Filter by name' }), '4999');
    expect(await screen.findByText('Showing 1–1 of 1 partner')).toBeInTheDocument();
    const paths = activitySnapshot().map((call) => call.path.split('?')[0]);
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths)).toEqual(new Set(['/api/partners']));
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
