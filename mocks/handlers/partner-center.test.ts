import { beforeEach, describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { db, load } from '../db/db';

const MCA = '117a77b0-9360-443b-8795-c6dedc750cf9';
const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const CONTOSO_DISTRIBUTION = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const PROSEWARE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const adele = () => partnerTokenFor('adele@fabrikam.example'); // Admin agent, direct bill
const lee = () => partnerTokenFor('lee@fabrikam.example'); // Sales agent
const megan = () => partnerTokenFor('megan@fabrikam.example'); // no agent role
const diego = () => partnerTokenFor('diego@contosodistribution.example'); // indirect provider
const isaiah = () => partnerTokenFor('isaiah@proseware.example'); // indirect reseller

const attestation = (overrides: Record<string, unknown> = {}) => ({
  primaryContact: { firstName: 'Harper', lastName: 'Lewis', email: 'harper.lewis@graphicdesign.example' },
  templateId: MCA,
  dateAgreed: '2026-11-20T00:00:00.000Z',
  type: 'MicrosoftCustomerAgreement',
  ...overrides,
});

const newCustomer = (prefix: string, overrides: Record<string, unknown> = {}) => ({
  companyProfile: { domain: `${prefix}.onmicrosoft.com` },
  billingProfile: {
    email: 'kim.abercrombie@bluebird.example',
    culture: 'en-US',
    language: 'en',
    companyName: 'Bluebird Books',
    defaultAddress: {
      country: 'IT',
      city: 'Bologna',
      addressLine1: 'Via Zamboni 3',
      postalCode: '40126',
      firstName: 'Kim',
      lastName: 'Abercrombie',
    },
    ...overrides,
  },
});

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('Partner Center sign-in and scope', () => {
  it('signs agents in, tells unknown accounts from wrong passwords, and refuses customer tokens', async () => {
    expect(typeof (await adele())).toBe('string');
    const unknown = await call('/api/partner/signin', {
      method: 'POST',
      body: { userPrincipalName: 'nobody@fabrikam.example', password: 'Partner#2026' },
    });
    expect([unknown.status, unknown.body.code]).toEqual([401, 'AccountNotFound']);
    const wrong = await call('/api/partner/signin', {
      method: 'POST',
      body: { userPrincipalName: 'adele@fabrikam.example', password: 'nope' },
    });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'InvalidPassword']);

    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const asCustomer = await call('/v1/customers', { token: customer });
    expect(asCustomer.status).toBe(401);
    expect(asCustomer.body).toEqual({
      code: 1002,
      description: 'Authorization Failed',
      data: [],
      source: 'PartnerFD',
    });
  });

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

describe('POST /v1/customers/{id}/agreements (attestation)', () => {
  it('confirms with 201 and the agent’s userId, then lists it, and refuses an identical one (600061)', async () => {
    const token = await lee();
    const customer = tenantOf('graphicdesigninstitute');
    const first = await call(`/v1/customers/${customer}/agreements`, {
      method: 'POST',
      token,
      body: attestation(),
    });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ userId: expect.stringMatching(/-a9e0-/), ...attestation() });

    const same = await call(`/v1/customers/${customer}/agreements`, {
      method: 'POST',
      token,
      body: attestation(),
    });
    expect(same.status).toBe(400);
    expect(same.body).toMatchObject({
      code: 600061,
      description: 'A partner confirmed agreement already exists for the customer.',
      errorName: 'PartnerConfirmedAgreementAlreadyExists',
    });
    const otherPhone = attestation({
      primaryContact: { ...attestation().primaryContact, phoneNumber: '+44 113 496 0000' },
    });
    expect(
      (await call(`/v1/customers/${customer}/agreements`, { method: 'POST', token, body: otherPhone }))
        .status,
    ).toBe(201);

    const listed = await call(
      `/v1/customers/${customer}/agreements?agreementType=MicrosoftCustomerAgreement`,
      { token },
    );
    expect(listed.body.totalCount).toBe(2);
    expect(listed.body.items[0]).toMatchObject({
      agreementLink: 'https://aka.ms/customeragreement',
      dateAgreed: '2026-11-20T00:00:00.000Z',
    });
    expect((await call(`/v1/customers/${customer}/agreements`, { token })).body.totalCount).toBe(0);
  });

  it('refuses a future date with 600002, measured against UTC now', async () => {
    const token = await adele();
    const customer = tenantOf('graphicdesigninstitute');
    const tomorrow = await call(`/v1/customers/${customer}/agreements`, {
      method: 'POST',
      token,
      body: attestation({ dateAgreed: '2026-11-26' }),
    });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body).toMatchObject({
      code: 600002,
      description: 'Date of agreement cannot be greater than the current date.',
    });
    const today = await call(`/v1/customers/${customer}/agreements`, {
      method: 'POST',
      token,
      body: attestation({ dateAgreed: '2026-11-25' }),
    });
    expect([today.status, today.body.dateAgreed]).toEqual([201, '2026-11-25T00:00:00.000Z']);
  });

  it.each([
    [
      'no first name',
      { primaryContact: { firstName: ' ', lastName: 'Lewis', email: 'h@example.com' } },
      'primaryContact.firstName',
    ],
    [
      'a bad email',
      { primaryContact: { firstName: 'H', lastName: 'Lewis', email: 'h@' } },
      'primaryContact.email',
    ],
    ['an impossible date', { dateAgreed: '2026-02-30' }, 'dateAgreed'],
    ['a non-GUID template', { templateId: 'mca' }, 'templateId'],
  ])('refuses %s with a 400 naming the field, and records nothing', async (_, overrides, field) => {
    const customer = tenantOf('graphicdesigninstitute');
    const before = db().agreements.length;
    const result = await call(`/v1/customers/${customer}/agreements`, {
      method: 'POST',
      token: await adele(),
      body: attestation(overrides),
    });
    expect(result.status).toBe(400);
    expect(result.body.data.map((d: { field: string }) => d.field)).toContain(field);
    expect(db().agreements).toHaveLength(before);
  });

  it('refuses the retired Cloud Agreement, agents without a role, and indirect resellers', async () => {
    const customer = tenantOf('graphicdesigninstitute');
    const cloud = await call(`/v1/customers/${customer}/agreements`, {
      method: 'POST',
      token: await adele(),
      body: attestation({
        type: 'MicrosoftCloudAgreement',
        templateId: '998b88de-aa99-4388-a42c-1b3517d49490',
      }),
    });
    expect(cloud.body.description).toBe(
      "Microsoft Cloud Agreement Template ID '998b88de-aa99-4388-a42c-1b3517d49490' is no longer supported.",
    );
    const viewer = await call(`/v1/customers/${customer}/agreements`, {
      method: 'POST',
      token: await megan(),
      body: attestation(),
    });
    expect([viewer.status, viewer.body.code]).toEqual([403, 'InsufficientRole']);

    const coho = tenantOf('cohowinery');
    const reseller = await call(`/v1/customers/${coho}/agreements`, {
      method: 'POST',
      token: await isaiah(),
      body: attestation(),
    });
    expect(reseller.status).toBe(403);
    expect(reseller.body.description).toContain('Contoso Distribution');
    const provider = await call(`/v1/customers/${coho}/agreements`, {
      method: 'POST',
      token: await diego(),
      body: attestation(),
    });
    expect(provider.status).toBe(201);
  });
});

describe('relationship requests and relationships', () => {
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
    expect(forReseller.body.url).toContain(`partnerId=${PROSEWARE}&`);
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
    expect(withProvider.body.url).toContain(`partnerId=${PROSEWARE}&`);
    const badFlag = await call('/v1/customers/relationshiprequests?dualRoleIndirectRelationship=maybe', {
      token: reseller,
    });
    expect(badFlag.status).toBe(400);
  });

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

describe('customers and orders', () => {
  it('checks domains, creates a customer whose admin signs in with the handed-over credentials', async () => {
    const token = await adele();
    const taken = await call('/v1/domains/relecloud.onmicrosoft.com', { method: 'HEAD', token });
    expect(taken.status).toBe(200);
    const free = await call('/v1/domains/bluebirdbooks.onmicrosoft.com', { method: 'HEAD', token });
    expect(free.status).toBe(404);

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

  it('refuses orders with 13605 until the MCA is confirmed, then records the purchase for the customer', async () => {
    const token = await adele();
    const customer = tenantOf('graphicdesigninstitute');
    const order = {
      billingCycle: 'monthly',
      lineItems: [{ lineItemNumber: 0, offerId: 'm365-business-premium', quantity: 5 }],
    };
    const refused = await call(`/v1/customers/${customer}/orders`, { method: 'POST', token, body: order });
    expect([refused.status, refused.body.code]).toEqual([403, 13605]);
    expect(refused.body.description).toMatch(/^Either a partner confirmation of the customer acceptance/);

    await call(`/v1/customers/${customer}/agreements`, { method: 'POST', token, body: attestation() });
    const placed = await call(`/v1/customers/${customer}/orders`, { method: 'POST', token, body: order });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      referenceCustomerId: customer,
      status: 'completed',
      lineItems: order.lineItems,
    });

    const customerToken = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const purchases = await call('/api/purchases', { token: customerToken });
    expect(purchases.body.items[0]).toMatchObject({
      productId: 'm365-business-premium',
      quantity: 5,
      partner: { name: 'Fabrikam Cloud Services' },
    });

    const unknownOffer = await call(`/v1/customers/${customer}/orders`, {
      method: 'POST',
      token,
      body: { lineItems: [{ lineItemNumber: 0, offerId: 'nope', quantity: 1 }] },
    });
    expect(unknownOffer.status).toBe(400);
    const offers = await call('/v1/offers?country=US', { token });
    expect(offers.body.items.length).toBeGreaterThan(3);
  });
});

describe('the two sides, one backend', () => {
  it('customer accepts directly what the partner created → isSigned turns true', async () => {
    const partner = await adele();
    const created = await call('/v1/customers', {
      method: 'POST',
      token: partner,
      body: newCustomer('bluebirdbooks'),
    });
    const status = () =>
      call(`/v1/customers/${created.body.id}/directSignedMicrosoftCustomerAgreementStatus`, {
        token: partner,
      });
    expect((await status()).body).toEqual({ isSigned: false });

    const signIn = await call('/api/auth/signin', {
      method: 'POST',
      body: {
        userPrincipalName: created.body.userCredentials.userName,
        password: created.body.userCredentials.password,
      },
    });
    const changed = await call('/api/auth/password', {
      method: 'POST',
      body: { changeToken: signIn.body.changeToken, newPassword: 'Bluebird#2026' },
    });
    const accepted = await call('/api/agreement/accept', {
      method: 'POST',
      token: changed.body.token,
      body: { templateId: MCA },
    });
    expect(accepted.status).toBe(200);
    expect((await status()).body).toEqual({ isSigned: true });
  });

  it('Scenario 1: the customer is blocked until the partner attests', async () => {
    load({ scenarioId: 'scenario-1' });
    const customer = await tokenFor('admin@adatum.onmicrosoft.com', 'Adatum#2026');
    expect((await call('/api/agreement', { token: customer })).body.block).toBe('scenario1');
    const partner = await adele();
    const attested = await call(`/v1/customers/${tenantOf('adatum')}/agreements`, {
      method: 'POST',
      token: partner,
      body: attestation({
        primaryContact: { firstName: 'Lena', lastName: 'Fischer', email: 'lena@adatum.example' },
      }),
    });
    expect(attested.status).toBe(201);
    expect((await call('/api/agreement', { token: customer })).body).toMatchObject({
      block: 'none',
      mcaConfirmed: true,
    });
  });
});
