import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { paths } from '../../src/domain/paths';
import { renderApp } from '../render-app';

// The API activity panel, docked beside the page: the calls, their filters, Copy as curl, the reference page
// of each call, and the webhook events the actions raised.

const WOODGROVE = { scenario: 'six-partners', signedInAs: 'admin@woodgrovebank.onmicrosoft.com' };
const PENDING = 'd1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';

async function openPanel(user: ReturnType<typeof renderApp>['user']) {
  const button = screen.getByRole('button', { name: 'API activity' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const dock = screen.getByRole('complementary', { name: 'Side panels' });
  return { dock, panel: within(dock).getByRole('region', { name: 'API activity' }) };
}

describe('API activity, docked beside the page', () => {
  it('opens beside the page without covering it: the page stays usable and its calls appear', async () => {
    const { user } = renderApp('/partners', WOODGROVE);
    await screen.findByRole('table', { name: 'Other partner types' });
    const { dock, panel } = await openPanel(user);
    // A side panel, not a dialog: nothing modal, the page's links still work.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(dock).getByRole('separator', { name: 'Resize the side panels' })).toHaveAttribute(
      'aria-valuenow',
      '440',
    );
    const calls = await within(panel).findByRole('list', { name: 'API activity' });
    expect(within(calls).getAllByText('/api/partners', { exact: false }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('link', { name: 'Fabrikam Cloud Services' }));
    await screen.findByRole('dialog', { name: 'Fabrikam Cloud Services' });
    expect(
      await within(calls).findByText('/api/partners/3b33e682-00c3-41ee-9dd2-a548adf56438'),
    ).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('complementary', { name: 'Side panels' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'API activity' })).toHaveFocus();
  });

  it('filters: changes only, and the simulator own calls hidden until asked for', async () => {
    const { user } = renderApp('/partners', WOODGROVE);
    await screen.findByRole('table', { name: 'Other partner types' });
    const { panel } = await openPanel(user);
    const calls = await within(panel).findByRole('list', { name: 'API activity' });
    const simulator = within(panel).getByRole('checkbox', {
      name: 'Hide the simulator’s own calls (/api/sim/…)',
    });
    expect(simulator).toBeChecked();
    expect(within(calls).queryByText(/^\/api\/sim\//)).not.toBeInTheDocument();
    await user.click(simulator);
    expect(within(calls).getAllByText(/^\/api\/sim\/state/).length).toBeGreaterThan(0);

    await user.click(within(panel).getByRole('checkbox', { name: 'Changes only (no GET)' }));
    expect(within(panel).queryByRole('list', { name: 'API activity' })).not.toBeInTheDocument();
    expect(within(panel).getByText('No calls match the filters.')).toBeInTheDocument();
  });

  it('copies a call as curl for npm run api, the token a placeholder, and names its reference page', async () => {
    const GDI = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';
    const { user } = renderApp(`/partner-center/customers/${GDI}`, {
      scenario: 'partner-training',
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await screen.findByRole('heading', { level: 1, name: 'Graphic Design Institute' });
    const { panel } = await openPanel(user);
    expect(await within(panel).findByText(/npm run api at http:\/\/127\.0\.0\.1:4010/)).toBeInTheDocument();
    const calls = await within(panel).findByRole('list', { name: 'API activity' });
    const path = within(calls).getAllByText(new RegExp(`^/v1/customers/${GDI}/agreements`))[0];
    const entry = path?.closest('li');
    if (!path || !entry) throw new Error('no entry for the confirmations');
    await user.click(path);
    expect(within(entry).getByText(/simulated clock$/)).toBeInTheDocument();
    expect(
      within(entry).getByRole('link', {
        name: 'Get confirmation of customer acceptance of Microsoft Customer Agreement',
      }),
    ).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/partner-center/developer/get-confirmation-of-customer-agreement',
    );
    await user.click(within(entry).getByRole('button', { name: 'Copy as curl' }));
    expect(await navigator.clipboard.readText()).toBe(
      `curl 'http://127.0.0.1:4010${path.textContent}' -H 'Accept: application/json' -H 'Authorization: Bearer <token>'`,
    );
    expect(within(panel).getByRole('status')).toHaveTextContent(`Copied as curl: GET ${path.textContent}`);
  });

  it('shows granular-admin-relationship-approved in Events after the customer approves', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const { user } = renderApp(paths.gdapApproval.href(PENDING), {
      signedInAs: 'admin@bellowscollege.onmicrosoft.com',
    });
    await screen.findByRole('heading', { level: 1, name: 'Approve partner roles' });
    const { panel } = await openPanel(user);
    await user.click(within(panel).getByRole('tab', { name: 'Webhook events' }));
    expect(await within(panel).findByText(/^No webhook events yet\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve all' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve all roles?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));
    await screen.findByRole('link', { name: 'View this relationship' });

    const events = await within(panel).findByRole('list', { name: 'Webhook events' });
    await waitFor(() =>
      expect(within(events).getByText('granular-admin-relationship-approved')).toBeInTheDocument(),
    );
    expect(within(events).getByText('granular-admin-relationship-activated')).toBeInTheDocument();
    const approved = within(events).getByText('granular-admin-relationship-approved').closest('li');
    expect(approved?.textContent).toContain(
      `"ResourceUri": "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/${PENDING}"`,
    );
    expect(approved).toHaveTextContent('Dec 1, 2026, 9:00:00 AM UTC, simulated clock');
  });
});
