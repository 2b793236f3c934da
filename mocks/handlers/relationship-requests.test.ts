import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../tests/api';
import { FABRIKAM, PROSEWARE, CONTOSO_DISTRIBUTION, adele, diego, isaiah } from '../../tests/partner-center';
import { load } from '../db/db';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('GET /v1/customers/relationshiprequests', () => {
  it('hands out the invitation link in the real format, on this simulator’s host', async () => {
    const result = await call('/v1/customers/relationshiprequests', { token: await adele() });
    expect(result.body).toEqual({
      url: `http://localhost/Adminportal/Home?invType=ResellerRelationship&partnerId=${FABRIKAM}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
      attributes: { objectType: 'RelationshipRequest' },
    });
  });

  it('lets an indirect provider ask for one of its resellers, and checks the indirect-partner parameters', async () => {
    const token = await diego();
    const forReseller = await call(`/v1/customers/relationshiprequests?indirectResellerId=${PROSEWARE}`, {
      token,
    });
    // The indirect reseller invitation: the reseller, its MPN ID, and the provider asking for it.
    expect(forReseller.body.url).toBe(
      `http://localhost/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PROSEWARE}&msppId=6234410&indirectCSPId=${CONTOSO_DISTRIBUTION}&DAP=false#/BillingAccounts/partner-invitation`,
    );
    const ownLink = await call('/v1/customers/relationshiprequests', { token });
    expect(ownLink.body.url).toContain(`invType=ResellerRelationship&partnerId=${CONTOSO_DISTRIBUTION}&`);
    const notTheirs = await call(`/v1/customers/relationshiprequests?indirectResellerId=${FABRIKAM}`, {
      token,
    });
    expect(notTheirs.status).toBe(400);
    const notGuid = await call('/v1/customers/relationshiprequests?indirectResellerId=proseware', { token });
    expect(notGuid.status).toBe(400);
    const reseller = await isaiah();
    const withProvider = await call(
      `/v1/customers/relationshiprequests?indirectCloudSolutionProviderId=${CONTOSO_DISTRIBUTION}`,
      { token: reseller },
    );
    expect(withProvider.body.url).toContain(
      `invType=IndirectResellerRelationship&partnerId=${PROSEWARE}&msppId=6234410&indirectCSPId=${CONTOSO_DISTRIBUTION}&`,
    );
    const notTheirProvider = await call(
      `/v1/customers/relationshiprequests?indirectCloudSolutionProviderId=${FABRIKAM}`,
      { token: reseller },
    );
    expect(notTheirProvider.status).toBe(400);
    const badFlag = await call('/v1/customers/relationshiprequests?dualRoleIndirectRelationship=maybe', {
      token: reseller,
    });
    expect(badFlag.status).toBe(400);
  });
});
