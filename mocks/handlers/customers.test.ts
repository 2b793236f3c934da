import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { adele, diego, isaiah, megan, newCustomer } from '../../tests/partner-center';
import { load } from '../db/db';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('GET /v1/customers and the portal’s Customers list', () => {
  it('lists only the partner’s own customers, in Partner Center’s Customer shape', async () => {
    const token = await adele();
    const list = await call('/v1/customers', { token });
    expect(list.status).toBe(200);
    expect(
      list.body.items.map((c: { companyProfile: { companyName: string } }) => c.companyProfile.companyName),
    ).toEqual(['Graphic Design Institute', 'Relecloud', 'Wingtip Toys']);
    expect(list.body.items[0]).toMatchObject({
      id: tenantOf('graphicdesigninstitute'),
      companyProfile: {
        domain: 'graphicdesigninstitute.onmicrosoft.com',
        attributes: { objectType: 'CustomerCompanyProfile' },
      },
      billingProfile: {
        defaultAddress: { country: 'GB', city: 'Leeds', firstName: 'Harper', lastName: 'Lewis' },
      },
      relationshipToPartner: 'reseller',
      attributes: { objectType: 'Customer' },
    });
    expect(list.body.items[0]).not.toHaveProperty('userCredentials');

    const coho = tenantOf('cohowinery');
    const foreign = await call(`/v1/customers/${coho}`, { token });
    expect([foreign.status, foreign.body.code]).toEqual([403, 600006]);
    const foreignStatus = await call(`/v1/customers/${coho}/directSignedMicrosoftCustomerAgreementStatus`, {
      token,
    });
    expect(foreignStatus.status).toBe(403);
    const unknown = await call('/v1/customers/c0a1e5b2-0099-4a6e-9b1c-000000000099', { token });
    expect([unknown.status, unknown.body.code]).toEqual([404, 60003]);
  });

  it('gives the portal list each customer’s MCA standing', async () => {
    const list = await call('/api/partner/customers', { token: await adele() });
    expect(list.body.items.map((c: { companyName: string; mca: object }) => [c.companyName, c.mca])).toEqual([
      ['Graphic Design Institute', { attested: false, acceptedDirectly: false }],
      ['Relecloud', { attested: true, acceptedDirectly: false }],
      ['Wingtip Toys', { attested: false, acceptedDirectly: true }],
    ]);
  });
});

describe('POST /v1/customers', () => {
  it('creates a customer whose admin signs in with the handed-over credentials', async () => {
    const token = await adele();

    const result = await call('/v1/customers', { method: 'POST', token, body: newCustomer('BlueBirdBooks') });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      companyProfile: { domain: 'bluebirdbooks.onmicrosoft.com', companyName: 'Bluebird Books' },
      userCredentials: { userName: 'admin@bluebirdbooks.onmicrosoft.com', password: expect.any(String) },
    });
    const signIn = await call('/api/auth/signin', {
      method: 'POST',
      body: {
        userPrincipalName: 'admin@bluebirdbooks.onmicrosoft.com',
        password: result.body.userCredentials.password,
      },
    });
    expect(signIn.body.status).toBe('passwordChangeRequired');

    const again = await call('/v1/customers', { method: 'POST', token, body: newCustomer('bluebirdbooks') });
    expect([again.status, again.body.code]).toEqual([409, 'DomainAlreadyExists']);
    const taken = await call('/v1/domains/bluebirdbooks.onmicrosoft.com', { method: 'HEAD', token });
    expect(taken.status).toBe(200);
    const viewer = await call('/v1/customers', {
      method: 'POST',
      token: await megan(),
      body: newCustomer('other'),
    });
    expect(viewer.status).toBe(403);
    const bad = await call('/v1/customers', {
      method: 'POST',
      token,
      body: newCustomer('has-dash', { companyName: '<script>alert(1)</script>' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.data.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['companyProfile.domain', 'billingProfile.companyName']),
    );
  });

  it('an indirect reseller’s new customer also gets the indirect provider', async () => {
    const result = await call('/v1/customers', {
      method: 'POST',
      token: await isaiah(),
      body: newCustomer('vinoveritas'),
    });
    expect(result.status).toBe(201);
    const providerView = await call(`/v1/customers/${result.body.id}`, { token: await diego() });
    expect(providerView.status).toBe(200);
  });
});
