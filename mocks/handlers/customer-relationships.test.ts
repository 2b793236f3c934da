import { beforeEach, describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { CONTOSO_DISTRIBUTION, PROSEWARE, adele, diego, isaiah } from '../../tests/partner-center';
import { load } from '../db/db';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('GET /v1/customers/{id}/relationships', () => {
  it('an invitation from an indirect reseller also brings its indirect provider', async () => {
    const customer = await tokenFor('admin@wingtiptoys.onmicrosoft.com', 'Wingtip#2026');
    const accepted = await call(`/api/invitations/${PROSEWARE}/accept`, {
      method: 'POST',
      token: customer,
      body: { dap: false },
    });
    expect(accepted.body.relationshipTypes).toEqual(['indirectReseller']);
    const wingtip = tenantOf('wingtiptoys');
    const view = await call(`/v1/customers/${wingtip}/relationships`, { token: await diego() });
    expect(view.status).toBe(200);
    expect(view.body.items.map((r: { name: string }) => r.name).sort()).toEqual([
      'Contoso Distribution',
      'Proseware Partners',
    ]);
  });

  it('lists a customer’s indirect reseller and provider with the wire enum spelling', async () => {
    const result = await call(`/v1/customers/${tenantOf('cohowinery')}/relationships`, {
      token: await diego(),
    });
    expect(
      result.body.items.map((r: { name: string; relationshipType: string }) => [r.name, r.relationshipType]),
    ).toEqual([
      ['Contoso Distribution', 'is_indirect_cloud_solution_provider_of'],
      ['Proseware Partners', 'is_indirect_reseller_of'],
    ]);
  });
});

describe('GET /v1/relationships', () => {
  it('lists an indirect provider’s resellers and an indirect reseller’s provider', async () => {
    const resellers = await call('/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf', {
      token: await diego(),
    });
    expect(resellers.body).toEqual({
      totalCount: 1,
      items: [
        {
          id: PROSEWARE,
          name: 'Proseware Partners',
          relationshipType: 'is_indirect_cloud_solution_provider_of',
          mpnId: '6234410',
          location: 'IT',
          state: 'active',
          attributes: { objectType: 'PartnerRelationship' },
        },
      ],
      attributes: { objectType: 'Collection' },
    });
    const providers = await call('/v1/relationships?relationship_type=IsIndirectResellerOf', {
      token: await isaiah(),
    });
    expect(providers.body.items).toEqual([
      expect.objectContaining({ id: CONTOSO_DISTRIBUTION, relationshipType: 'is_indirect_reseller_of' }),
    ]);
    const direct = await call('/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf', {
      token: await adele(),
    });
    expect(direct.body.totalCount).toBe(0);
    expect((await call('/v1/relationships', { token: await adele() })).status).toBe(400);
  });
});
