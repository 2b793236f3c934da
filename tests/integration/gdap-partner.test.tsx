import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { configureBackend } from '../../mocks/lib/route';
import { parseFaults } from '../../src/domain/faults';
import { call } from '../api';
import { adele } from '../partner-center';
import { fill } from '../fill';
import { renderApp } from '../render-app';

// Partner Center (simulated): a customer's Admin relationships (GDAP) through Graph's API: request one and
// get the approval link, terminate one, give its roles to security groups; read-only for a Sales agent.

const WINGTIP = 'c0a1e5b2-0009-4a6e-9b1c-000000000009';
const TAILWIND = 'c0a1e5b2-0015-4a6e-9b1c-000000000015';
/** gdap-lifecycle: Fabrikam's active relationship with Tailwind Traders (7 roles). */
const TIER1 = 'd1a90011-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0015-4a6e-9b1c-000000000015';
const GRAPH = '/v1.0/tenantRelationships/delegatedAdminRelationships';

const faults = (text: string) => configureBackend({ faults: parseFaults(text).rules });
const section = async (name: string) => within(await screen.findByRole('region', { name }));

describe('Partner Center: Admin relationships (GDAP)', () => {
  beforeEach(() => {
    load({ scenarioId: 'partner-training', now: '2026-12-01T09:00:00Z' });
  });

  // First, so that loading the Partner Center pages' modules falls on the quickest test.
  it('is read-only for a Sales agent, who is told why', async () => {
    renderApp(`/partner-center/customers/${WINGTIP}`, { partnerSignedInAs: 'lee@fabrikam.example' });
    const admin = await section('Admin relationships');
    expect(admin.getByText(/Only an Admin agent can request admin relationships/)).toBeInTheDocument();
    expect(admin.getByText(/Your agent role: Sales agent/)).toBeInTheDocument();
    expect(admin.queryByRole('link', { name: 'Request admin relationship' })).not.toBeInTheDocument();
  });

  it('says what to fix in a request, keeps auto-extend off with Global Administrator, and keeps what was typed when the service fails', async () => {
    const { user } = renderApp(`/partner-center/customers/${WINGTIP}/admin-relationships/new`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    const submit = await screen.findByRole('button', { name: 'Request and get the approval link' });
    await user.click(submit);
    expect(await screen.findByText('Some fields need your attention.')).toBeInTheDocument();
    expect(screen.getByText('Enter a name for the admin relationship.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one Microsoft Entra role.')).toBeInTheDocument();

    await fill(user, screen.getByLabelText(/Admin relationship name/), 'Helpdesk');
    const autoExtend = screen.getByRole('checkbox', { name: 'Auto-extend by 180 days' });
    const globalAdmin = screen.getByRole('checkbox', { name: 'Global Administrator' });
    await user.click(autoExtend);
    await user.click(globalAdmin);
    expect(autoExtend).toBeDisabled();
    expect(autoExtend).not.toBeChecked();
    expect(
      screen.getByText(/Not available while Global Administrator is among the roles/),
    ).toBeInTheDocument();
    await user.click(globalAdmin);
    expect(autoExtend).toBeChecked();
    expect(screen.queryByText('Enter a name for the admin relationship.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    expect(screen.queryByText('Some fields need your attention.')).not.toBeInTheDocument();

    faults('error:1@/v1.0/tenantRelationships/delegatedAdminRelationships');
    await user.click(submit);
    expect(await screen.findByText('The service did not answer. Try again.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Admin relationship name/)).toHaveValue('Helpdesk');
    expect(autoExtend).toBeChecked();
    expect(screen.getByText('1 role selected')).toBeInTheDocument();
  });

  it('requests a relationship, then gives the approval link and an email, and lists it', async () => {
    const { user } = renderApp(`/partner-center/customers/${WINGTIP}/admin-relationships/new`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await fill(user, await screen.findByLabelText(/Admin relationship name/), 'Helpdesk');
    const duration = screen.getByLabelText(/Duration in days/);
    await user.clear(duration);
    await user.type(duration, '365');
    await user.click(screen.getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    await user.click(screen.getByRole('button', { name: 'Request and get the approval link' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Helpdesk' })).toBeInTheDocument();
    expect(screen.getByText('Approval pending')).toBeInTheDocument();
    const list = (await call(GRAPH, { token: await adele() })).body.value as {
      id: string;
      displayName: string;
    }[];
    const created = list.find((r) => r.displayName === 'Helpdesk');
    expect(created).toMatchObject({
      status: 'approvalPending',
      duration: 'P365D',
      autoExtendDuration: 'PT0S',
    });
    const link = `${window.location.origin}/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${created?.id}`;
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', link);
    const email = (screen.getByLabelText('Message') as HTMLTextAreaElement).value;
    expect(email).toContain(link);
    expect(email).toContain('- Helpdesk Administrator');
    expect(email).toContain('for 365 days');
    expect(screen.getByText(/the request expires on Mar 1, 2027/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to Wingtip Toys' }));
    const admin = await section('Admin relationships');
    const row = within(admin.getByRole('link', { name: 'Helpdesk' }).closest('tr') as HTMLElement);
    expect(row.getByText('Approval pending')).toBeInTheDocument();
    expect(row.getByText('365 days')).toBeInTheDocument();
    expect(row.getByText('When approved')).toBeInTheDocument();
  });
});

describe('Partner Center: an active admin relationship', () => {
  beforeEach(() => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
  });

  it('gives its roles to a security group, then terminates it after a confirmation', async () => {
    const { user } = renderApp(`/partner-center/customers/${TAILWIND}/admin-relationships/${TIER1}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fabrikam tier 1 support' }),
    ).toBeInTheDocument();
    const groups = await section('Security groups');
    expect(groups.getByText('No security group has roles in this relationship yet.')).toBeInTheDocument();
    await user.click(groups.getByRole('checkbox', { name: 'Exchange Administrator' }));
    await user.click(groups.getByRole('button', { name: 'Assign roles' }));
    expect(
      await groups.findByText('Helpdesk agents has its roles in this relationship.'),
    ).toBeInTheDocument();
    const table = groups.getByRole('table', { name: 'Security groups with roles in this relationship' });
    const row = within(within(table).getByText('Helpdesk agents').closest('tr') as HTMLElement);
    expect(row.getByText(/Helpdesk Administrator/)).toBeInTheDocument();
    expect(row.queryByText(/Exchange Administrator/)).not.toBeInTheDocument();
    // The next group offered is one without roles yet.
    expect(groups.getByRole('combobox', { name: 'Security group' })).toHaveTextContent('Tier 2 support');

    await user.click(screen.getByRole('button', { name: 'Terminate admin relationship' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Terminate the admin relationship?' }));
    await user.click(dialog.getByRole('button', { name: 'Terminate' }));
    expect(await screen.findByText('The admin relationship is terminated.')).toBeInTheDocument();
    expect(screen.getByText('Terminated')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate admin relationship' })).not.toBeInTheDocument();
    const graph = await call(`${GRAPH}/${TIER1}`, { token: await adele() });
    expect(graph.body.status).toBe('terminated');
  });

  it('turns expired on the customer page when Demo › Time passes its end date', async () => {
    const { user } = renderApp(`/partner-center/customers/${TAILWIND}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    const admin = await section('Admin relationships');
    const rowOf = (name: string) => within(admin.getByRole('link', { name }).closest('tr') as HTMLElement);
    expect(rowOf('Fabrikam security review').getByText('Expiring')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Demo' }));
    const demo = within(await screen.findByRole('dialog', { name: 'Demo controls' }));
    await user.click(demo.getByRole('button', { name: '+30 days' }));
    expect(await demo.findByText('The simulated date is now Dec 31, 2026.')).toBeInTheDocument();
    await user.click(demo.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(rowOf('Fabrikam security review').getByText('Expired')).toBeInTheDocument());
  });
});
