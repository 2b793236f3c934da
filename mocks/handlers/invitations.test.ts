import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { db, load } from '../db/db';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const TAILSPIN = '7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11';
const CONTOSO_DISTRIBUTION = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const PROSEWARE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const PROSEWARE_MPN = '6234410';
const OTHER_RESELLER = 'abcdef00-0000-4000-8000-000000000001';
const GRAPHIC_DESIGN = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';

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
      provider: null,
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
      indirectProvider: null,
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

describe('indirect reseller invitation API', () => {
  const graphicDesignToken = () => {
    load({ scenarioId: 'partner-training' });
    return tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
  };
  const indirect = (provider = CONTOSO_DISTRIBUTION, msppId = PROSEWARE_MPN) =>
    `indirectCSPId=${provider}&msppId=${msppId}`;

  it('names both partners, then one acceptance makes them Indirect reseller and Indirect provider', async () => {
    const token = await graphicDesignToken();
    const invitation = await call(`/api/invitations/${PROSEWARE}?DAP=false&${indirect()}`, { token });
    expect(invitation.body).toMatchObject({
      partner: { id: PROSEWARE, name: 'Proseware Partners' },
      provider: {
        id: CONTOSO_DISTRIBUTION,
        name: 'Contoso Distribution',
        email: 'partners@contosodistribution.example',
      },
      alreadyAccepted: false,
      block: 'none',
    });

    const accepted = await call(`/api/invitations/${PROSEWARE}/accept`, {
      method: 'POST',
      token,
      body: { dap: false, msppId: PROSEWARE_MPN, indirectCSPId: CONTOSO_DISTRIBUTION },
    });
    expect(accepted.body).toEqual({
      partnerId: PROSEWARE,
      relationshipTypes: ['indirectReseller'],
      indirectProvider: { partnerId: CONTOSO_DISTRIBUTION, relationshipTypes: ['indirectProvider'] },
      mcaRecorded: true,
    });
    const partners = (await call('/api/partners', { token })).body.items;
    expect(
      partners.map((p: { name: string; relationshipTypes: string[] }) => [p.name, p.relationshipTypes]),
    ).toEqual(
      expect.arrayContaining([
        ['Proseware Partners', ['indirectReseller']],
        ['Contoso Distribution', ['indirectProvider']],
      ]),
    );
    expect((await call(`/api/invitations/${PROSEWARE}?${indirect()}`, { token })).body.alreadyAccepted).toBe(
      true,
    );
    const again = await call(`/api/invitations/${PROSEWARE}/accept`, {
      method: 'POST',
      token,
      body: { dap: false, indirectCSPId: CONTOSO_DISTRIBUTION },
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'AlreadyAccepted' } });
  });

  it.each([
    ['an unknown provider', PROSEWARE, indirect('00000000-0000-4000-8000-000000000000'), 'unknownProvider'],
    [
      'a direct-bill partner as reseller',
      FABRIKAM,
      indirect(CONTOSO_DISTRIBUTION, '0'),
      'notIndirectReseller',
    ],
    ['a provider that is not an indirect provider', PROSEWARE, indirect(FABRIKAM), 'notIndirectProvider'],
    ['another partner’s MPN ID', PROSEWARE, indirect(CONTOSO_DISTRIBUTION, '4847383'), 'msppIdMismatch'],
  ])('refuses %s with a reason, and changes nothing', async (_name, reseller, query, kind) => {
    const token = await graphicDesignToken();
    const before = JSON.stringify(db().relationships);
    const described = await call(`/api/invitations/${reseller}?${query}`, { token });
    expect(described).toMatchObject({
      status: 400,
      body: { code: 'IndirectInvitationMismatch', data: [{ kind }] },
    });
    const params = new URLSearchParams(query);
    const accepted = await call(`/api/invitations/${reseller}/accept`, {
      method: 'POST',
      token,
      body: { dap: false, msppId: params.get('msppId'), indirectCSPId: params.get('indirectCSPId') },
    });
    expect(accepted).toMatchObject({ status: 400, body: { code: 'IndirectInvitationMismatch' } });
    expect(JSON.stringify(db().relationships)).toBe(before);
  });

  it('refuses a reseller that is not the named provider’s, and a malformed indirectCSPId', async () => {
    const token = await graphicDesignToken();
    const proseware = db().partners.find((p) => p.id === PROSEWARE);
    // Another indirect reseller, of another provider.
    if (proseware) db().partners.push({ ...proseware, id: OTHER_RESELLER, providerId: FABRIKAM });
    const other = await call(`/api/invitations/${OTHER_RESELLER}?${indirect(CONTOSO_DISTRIBUTION, '0')}`, {
      token,
    });
    expect(other.body).toMatchObject({
      description: 'Contoso Distribution is not the indirect provider of Proseware Partners.',
      data: [{ kind: 'notProviderOfReseller' }],
    });
    expect((await call(`/api/invitations/${PROSEWARE}?indirectCSPId=contoso`, { token })).status).toBe(400);
  });

  it('keeps the reach-out message for a customer with partner purchases (Scenario 2)', async () => {
    const token = await graphicDesignToken();
    db().purchases.push({
      id: 'b0000010-0001-4000-8000-000000000001',
      tenantId: GRAPHIC_DESIGN,
      productId: 'm365-business-basic',
      kind: 'offer',
      quantity: 3,
      partnerId: FABRIKAM,
      purchasedAt: '2025-11-01T09:00:00Z',
    });
    const invitation = (await call(`/api/invitations/${PROSEWARE}?${indirect()}`, { token })).body;
    expect(invitation.block).toBe('scenario2');
    expect(invitation.partnersToContact.map((p: { name: string }) => p.name)).toEqual([
      'Fabrikam Cloud Services',
    ]);
    const refused = await call(`/api/invitations/${PROSEWARE}/accept`, {
      method: 'POST',
      token,
      body: { dap: false, indirectCSPId: CONTOSO_DISTRIBUTION },
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'PartnerAttestationRequired' } });
  });
});
