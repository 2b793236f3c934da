import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { load } from '../db/db';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const TAILSPIN = '7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11';

async function newCustomerToken() {
  load({ scenarioId: 'new-customer' });
  const first = await call('/api/auth/signin', {
    method: 'POST',
    body: { userPrincipalName: 'admin@contosonew.onmicrosoft.com', password: 'TempPass#2026' },
  });
  const changed = await call('/api/auth/password', {
    method: 'POST',
    body: { changeToken: first.body.changeToken, newPassword: 'Contoso#2026new' },
  });
  return changed.body.token as string;
}

describe('reseller invitation API', () => {
  it('describes the invitation, then makes the partner a reseller with DAP and records the MCA', async () => {
    const token = await newCustomerToken();
    const invitation = await call(`/api/invitations/${FABRIKAM}?DAP=true`, { token });
    expect(invitation.body).toMatchObject({
      partner: { id: FABRIKAM, name: 'Fabrikam Cloud Services' },
      dap: true,
      alreadyAccepted: false,
      mcaConfirmed: false,
      block: 'none',
    });

    const accepted = await call(`/api/invitations/${FABRIKAM}/accept`, {
      method: 'POST',
      token,
      body: { dap: true, msppId: '0' },
    });
    expect(accepted.body).toEqual({
      partnerId: FABRIKAM,
      relationshipTypes: ['reseller', 'delegatedAdmin'],
      mcaRecorded: true,
    });

    const partner = await call(`/api/partners/${FABRIKAM}`, { token });
    expect(partner.body).toMatchObject({
      relationshipTypes: ['reseller', 'delegatedAdmin'],
      roles: ['globalAdmin', 'helpdeskAdmin'],
    });
    const me = await call('/api/me', { token });
    expect(me.body.mca).toEqual({ confirmed: true, acceptedDirectly: true });

    const again = await call(`/api/invitations/${FABRIKAM}/accept`, {
      method: 'POST',
      token,
      body: { dap: true },
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'AlreadyAccepted' } });
    expect((await call(`/api/invitations/${FABRIKAM}?DAP=true`, { token })).body.alreadyAccepted).toBe(true);
  });

  it('answers 404 for a partner that does not exist, and 400 for DAP=maybe', async () => {
    const token = await newCustomerToken();
    expect((await call('/api/invitations/00000000-0000-4000-8000-000000000000', { token })).status).toBe(404);
    expect((await call('/api/invitations/not-a-guid', { token })).status).toBe(404);
    expect((await call(`/api/invitations/${FABRIKAM}?DAP=maybe`, { token })).status).toBe(400);
  });

  it('Scenario 2: a new partner cannot be accepted by a customer with partner purchases', async () => {
    load({ scenarioId: 'scenario-2' });
    const token = await tokenFor('admin@litware.onmicrosoft.com', 'Litware#2026');
    const invitation = (await call(`/api/invitations/${TAILSPIN}?DAP=false`, { token })).body;
    expect(invitation.block).toBe('scenario2');
    // The partner to contact is the one the purchases were made through, not the inviting one.
    expect(invitation.partnersToContact).toEqual([
      expect.objectContaining({ name: 'Alpine IT Services', email: 'partners@alpineit.example' }),
    ]);
    const refused = await call(`/api/invitations/${TAILSPIN}/accept`, {
      method: 'POST',
      token,
      body: { dap: false },
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'PartnerAttestationRequired' } });
    expect((await call('/api/partners', { token })).body.totalCount).toBe(1);
  });

  it('only a Global admin may accept', async () => {
    load({ scenarioId: 'existing-customer' });
    const token = await tokenFor('billing@northwindtraders.onmicrosoft.com', 'Billing#2026');
    const refused = await call(`/api/invitations/${TAILSPIN}/accept`, {
      method: 'POST',
      token,
      body: { dap: false },
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'InsufficientRole', data: ['globalAdmin'] } });
  });
});
