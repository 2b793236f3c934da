import { beforeEach, describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { MCA, adele, diego, isaiah, megan, newCustomer } from '../../tests/partner-center';
import { db, load } from '../db/db';

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

describe('POST /v1/customers refuses what it cannot keep', () => {
  it.each([
    ['at the top', { ...newCustomer('extratop'), isAdmin: true }, 'isAdmin'],
    ['in the billing profile', newCustomer('extrabilling', { vip: true }), 'vip'],
    [
      'in the address',
      newCustomer('extraaddress', {
        defaultAddress: { ...newCustomer('x').billingProfile.defaultAddress, region: 'North' },
      }),
      'region',
    ],
  ])('an unknown field %s: 400 InvalidInput naming it, and no customer', async (_, body, field) => {
    const before = db().tenants.length;
    const result = await call('/v1/customers', { method: 'POST', token: await adele(), body });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      code: 'InvalidInput',
      description: 'The request body is not valid.',
    });
    expect(JSON.stringify(result.body.data)).toContain(field);
    expect(db().tenants).toHaveLength(before);
  });

  const address = newCustomer('x').billingProfile.defaultAddress;
  it.each([
    ['a NUL in the company name', { companyName: 'Bluebird\u0000Books' }, 'billingProfile.companyName'],
    ['a line break in the company name', { companyName: 'Bluebird\nBooks' }, 'billingProfile.companyName'],
    [
      'an unpaired surrogate in the company name',
      { companyName: 'Bluebird \ud83d Books' },
      'billingProfile.companyName',
    ],
    [
      'a control character in the city',
      { defaultAddress: { ...address, city: 'Bol\u0007ogna' } },
      'billingProfile.defaultAddress.city',
    ],
    [
      'a tab in the address line',
      { defaultAddress: { ...address, addressLine1: 'Via\tZamboni 3' } },
      'billingProfile.defaultAddress.addressLine1',
    ],
    [
      'a C1 control in the postal code',
      { defaultAddress: { ...address, postalCode: '401\u009b26' } },
      'billingProfile.defaultAddress.postalCode',
    ],
    [
      'a lone low surrogate in the first name',
      { defaultAddress: { ...address, firstName: 'K\udc00im' } },
      'billingProfile.defaultAddress.firstName',
    ],
    [
      'a NUL in the last name',
      { defaultAddress: { ...address, lastName: 'Aber\u0000crombie' } },
      'billingProfile.defaultAddress.lastName',
    ],
  ])('%s: 400 with a clear field message, and no customer', async (_, overrides, field) => {
    const before = db().tenants.length;
    const result = await call('/v1/customers', {
      method: 'POST',
      token: await adele(),
      body: newCustomer('controlchars', overrides),
    });
    expect(result.status).toBe(400);
    expect(result.body.data).toContainEqual({ field, message: 'validation.controlCharacters' });
    expect(db().tenants).toHaveLength(before);
  });

  it('keeps emoji (paired surrogates) and right-to-left names as they are', async () => {
    const result = await call('/v1/customers', {
      method: 'POST',
      token: await adele(),
      body: newCustomer('zoesbooks', {
        companyName: 'Zoë’s Books 📚',
        defaultAddress: { ...address, firstName: 'مريم', lastName: 'حداد' },
      }),
    });
    expect(result.status).toBe(201);
    expect(result.body.companyProfile.companyName).toBe('Zoë’s Books 📚');
  });
});

describe('the MCA invitation (simulator): the customer will be asked to accept in the admin center', () => {
  const link = 'http://localhost/AdminPortal/Home?ref=/BillingAccounts/agreement';
  const standingOf = async (token: string, name: string) => {
    const list = await call('/api/partner/customers', { token });
    return list.body.items.find((c: { companyName: string }) => c.companyName === name)?.mca;
  };

  it('records the invitation: the customer shows invited and waiting, then accepted once it accepts', async () => {
    const token = await adele();
    const customer = tenantOf('graphicdesigninstitute');
    const path = `/api/partner/customers/${customer}/mca-invitation`;
    expect((await call(path, { token })).body).toEqual({ invitedAt: null, link });

    const invited = await call(path, { method: 'POST', token });
    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({ invitedAt: '2026-11-25T09:00:00.000Z', link });
    expect((await call(path, { token })).body).toEqual(invited.body);
    expect(await standingOf(token, 'Graphic Design Institute')).toEqual({
      attested: false,
      acceptedDirectly: false,
      invitedAt: '2026-11-25T09:00:00.000Z',
    });

    const customerToken = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const accepted = await call('/api/agreement/accept', {
      method: 'POST',
      token: customerToken,
      body: { templateId: MCA },
    });
    expect(accepted.status).toBeLessThan(300);
    expect(await standingOf(token, 'Graphic Design Institute')).toMatchObject({ acceptedDirectly: true });

    const again = await call(path, { method: 'POST', token });
    expect([again.status, again.body.code]).toEqual([409, 'AlreadyAccepted']);
  });

  it('is the partner’s own: an agent without a role, another partner’s customer and an advisor are refused', async () => {
    const customer = tenantOf('graphicdesigninstitute');
    const path = `/api/partner/customers/${customer}/mca-invitation`;
    const viewOnly = await call(path, { method: 'POST', token: await megan() });
    expect([viewOnly.status, viewOnly.body.code]).toEqual([403, 'InsufficientRole']);
    const foreign = await call(`/api/partner/customers/${tenantOf('cohowinery')}/mca-invitation`, {
      method: 'POST',
      token: await adele(),
    });
    expect([foreign.status, foreign.body.code]).toEqual([403, 600006]);
    expect(db().relationships.some((row) => row.mcaInvitedAt)).toBe(false);

    load({ scenarioId: 'six-partners' });
    const advisor = await call(`/api/partner/customers/${tenantOf('woodgrovebank')}/mca-invitation`, {
      method: 'POST',
      token: await partnerTokenFor('admin@lucerneadvisory.example'),
    });
    expect(advisor.status).toBe(403);
  });
});
