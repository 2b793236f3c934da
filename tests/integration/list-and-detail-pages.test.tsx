import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { call } from '../api';
import { tenantOf } from '../builders';
import { adele, attestation } from '../partner-center';
import { renderApp } from '../render-app';

// Partner Center's Customers list has the admin center's command bar; a customer's page is label-over-value
// sections under a breadcrumb.

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

const customersTable = () => screen.getByRole('table', { name: 'Customers' });
const customerNames = () =>
  within(customersTable())
    .getAllByRole('link')
    .map((link) => link.textContent);

/** The value shown under a label of a label-over-value list. */
function valueOf(container: HTMLElement, label: string): string {
  const term = within(container).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('Partner Center Customers: command bar', () => {
  it('counts the customers, searches them by name or domain, and filters them by MCA standing', async () => {
    const { user } = renderApp('/partner-center/customers', { partnerSignedInAs: 'adele@fabrikam.example' });
    await screen.findByRole('table', { name: 'Customers' });
    const all = customerNames();
    expect(all).toEqual(expect.arrayContaining(['Relecloud', 'Wingtip Toys', 'Graphic Design Institute']));
    expect(screen.getByRole('status')).toHaveTextContent(`${all.length} items`);

    await user.type(
      screen.getByRole('searchbox', { name: 'Search customers by company name or domain' }),
      'WING',
    );
    expect(customerNames()).toEqual(['Wingtip Toys']);
    expect(screen.getByRole('status')).toHaveTextContent('1 item');
    await user.clear(screen.getByRole('searchbox', { name: 'Search customers by company name or domain' }));

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Not confirmed' }));
    await user.keyboard('{Escape}');
    expect(customerNames()).toContain('Graphic Design Institute');
    expect(customerNames()).not.toContain('Relecloud');
    expect(customerNames()).not.toContain('Wingtip Toys');
    expect(screen.getByRole('button', { name: '1 filter selected' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '1 filter selected' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Confirmed by partner attestation' }));
    await user.keyboard('{Escape}');
    expect(customerNames()).toContain('Relecloud');
    expect(customerNames()).not.toContain('Wingtip Toys');

    await user.type(screen.getByRole('searchbox', { name: /Search customers/ }), 'no such company');
    expect(screen.getByText('No customer matches the search and filters.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 items');
  });

  it('Refresh shows a confirmation recorded elsewhere since the list was loaded', async () => {
    const { user } = renderApp('/partner-center/customers', { partnerSignedInAs: 'adele@fabrikam.example' });
    await screen.findByRole('table', { name: 'Customers' });
    const row = () =>
      within(customersTable()).getByRole('link', { name: 'Graphic Design Institute' }).closest('tr');
    expect(row()).toHaveTextContent('Not confirmed');
    // Another tab records the confirmation.
    const recorded = await call(`/v1/customers/${tenantOf('graphicdesigninstitute')}/agreements`, {
      method: 'POST',
      token: await adele(),
      body: attestation(),
    });
    expect(recorded.status).toBe(201);
    expect(row()).toHaveTextContent('Not confirmed');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(row()).toHaveTextContent('Confirmed by partner attestation'));
  });
});

describe('Partner Center customer page', () => {
  it('shows Account info as label-over-value sections under a breadcrumb that goes back to Customers', async () => {
    const id = tenantOf('relecloud');
    const { user, router } = renderApp(`/partner-center/customers/${id}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Relecloud' })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByText('Relecloud')).toHaveAttribute('aria-current', 'page');

    const account = screen.getByRole('region', { name: 'Account info' });
    expect(valueOf(account, 'Company name')).toBe('Relecloud');
    expect(valueOf(account, 'Customer ID')).toBe(id);
    expect(valueOf(account, 'Domain')).toBe('relecloud.onmicrosoft.com');
    const agreement = screen.getByRole('region', { name: 'Microsoft Customer Agreement' });
    expect(valueOf(agreement, 'Status')).toBe('Confirmed by partner attestation');

    await user.click(within(breadcrumb).getByRole('link', { name: 'Customers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/partner-center/customers');
  });
});
