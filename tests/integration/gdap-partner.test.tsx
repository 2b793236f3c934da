import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { call } from '../api';
import { adele } from '../partner-center';
import { renderApp } from '../render-app';

// Partner Center (simulated): a customer's Admin relationships (GDAP) through Graph's API: request one and
// get the approval link, terminate one, give its roles to security groups; read-only for a Sales agent.

const WINGTIP = 'c0a1e5b2-0009-4a6e-9b1c-000000000009';
const TAILWIND = 'c0a1e5b2-0015-4a6e-9b1c-000000000015';
/** gdap-lifecycle: Fabrikam's active relationship with Tailwind Traders (7 roles). */
const TIER1 = 'd1a90011-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0015-4a6e-9b1c-000000000015';
const GRAPH = '/v1.0/tenantRelationships/delegatedAdminRelationships';

const section = async (name: string) => within(await screen.findByRole('region', { name }));

describe('Partner Center: Admin relationships (GDAP)', () => {
  beforeEach(() => {
    load({ scenarioId: 'partner-training', now: '2026-12-01T09:00:00Z' });
  });

  it('requests a relationship: says what to fix, keeps what was typed, then gives the approval link and an email', async () => {
    const { user } = renderApp(`/partner-center/customers/${WINGTIP}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    const admin = await section('Admin relationships');
    expect(admin.getByText(/You have no admin relationships with Wingtip Toys/)).toBeInTheDocument();
    await user.click(admin.getByRole('link', { name: 'Request admin relationship' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request admin relationship' }),
    ).toBeInTheDocument();

    const submit = screen.getByRole('button', { name: 'Request and get the approval link' });
    const duration = screen.getByLabelText(/Duration in days/);
    await user.clear(duration);
    await user.type(duration, '800');
    await user.click(submit);
    expect(await screen.findByText('Some fields need your attention.')).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number of days from 1 to 730.')).toBeInTheDocument();
    expect(screen.getByText(/Choose at least one role/i)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Admin relationship name/), 'Wingtip helpdesk');
    await user.click(screen.getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    const autoExtend = screen.getByRole('checkbox', { name: 'Auto-extend by 180 days' });
    await user.click(autoExtend);
    await user.click(screen.getByRole('checkbox', { name: 'Global Administrator' }));
    expect(autoExtend).toBeDisabled();
    expect(autoExtend).not.toBeChecked();
    expect(
      screen.getByText(/Not available while Global Administrator is among the roles/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Global Administrator' }));
    expect(autoExtend).toBeEnabled();
    expect(autoExtend).toBeChecked();
    expect(screen.getByText('1 role selected')).toBeInTheDocument();

    await user.clear(duration);
    await user.type(duration, '365');
    expect(screen.queryByText('Some fields need your attention.')).not.toBeInTheDocument();
    await user.click(submit);

    expect(await screen.findByRole('heading', { level: 1, name: 'Wingtip helpdesk' })).toBeInTheDocument();
    expect(screen.getByText('Approval pending')).toBeInTheDocument();
    const list = (await call(GRAPH, { token: await adele() })).body.value as {
      id: string;
      displayName: string;
      status: string;
      duration: string;
      autoExtendDuration: string;
    }[];
    const created = list.find((r) => r.displayName === 'Wingtip helpdesk');
    expect(created).toMatchObject({
      status: 'approvalPending',
      duration: 'P365D',
      autoExtendDuration: 'P180D',
    });
    const link = `http://localhost:3000/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${created?.id}`;
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', link);
    const email = screen.getByLabelText('Message') as HTMLTextAreaElement;
    expect(email.value).toContain(link);
    expect(email.value).toContain('- Helpdesk Administrator');
    expect(email.value).toContain('for 365 days');
    expect(screen.getByText(/the request expires on Mar 1, 2027/)).toBeInTheDocument();

    // The list on the customer's page has it; a second request may not take its name.
    await user.click(screen.getByRole('link', { name: 'Back to Wingtip Toys' }));
    const again = await section('Admin relationships');
    const row = within(again.getByRole('link', { name: 'Wingtip helpdesk' }).closest('tr') as HTMLElement);
    expect(row.getByText('Approval pending')).toBeInTheDocument();
    expect(row.getByText('365 days')).toBeInTheDocument();
    await user.click(again.getByRole('link', { name: 'Request admin relationship' }));
    await user.type(await screen.findByLabelText(/Admin relationship name/), 'WINGTIP HELPDESK');
    await user.click(screen.getByRole('checkbox', { name: 'Global Reader' }));
    await user.click(screen.getByRole('button', { name: 'Request and get the approval link' }));
    expect(await screen.findByText(/already has this name|name is taken|another/i)).toBeInTheDocument();
    expect(screen.getByLabelText(/Admin relationship name/)).toHaveValue('WINGTIP HELPDESK');
  });

  it('is read-only for a Sales agent, who is told why', async () => {
    renderApp(`/partner-center/customers/${WINGTIP}`, { partnerSignedInAs: 'lee@fabrikam.example' });
    const admin = await section('Admin relationships');
    expect(admin.getByText(/Only an Admin agent can request admin relationships/)).toBeInTheDocument();
    expect(admin.getByText(/Your agent role: Sales agent/)).toBeInTheDocument();
    expect(admin.queryByRole('link', { name: 'Request admin relationship' })).not.toBeInTheDocument();
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
    expect(await rowOf('Fabrikam security review').findByText('Expired')).toBeInTheDocument();
  });
});
