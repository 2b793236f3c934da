import { beforeEach, describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { MCA, adele, attestation, diego, isaiah, lee, megan, newCustomer } from '../../tests/partner-center';
import { db, load } from '../db/db';

const northwindAdmin = () => tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
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

describe('GET /v1/customers/{id}/agreements', () => {
  it('lists partner confirmations only, not the direct acceptance', async () => {
    load({ scenarioId: 'six-partners' });
    const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
    const tenant = tenantOf('woodgrovebank');
    const result = await call(`/v1/customers/${tenant}/agreements?agreementType=MicrosoftCustomerAgreement`, {
      token,
    });
    expect(result.body.totalCount).toBe(1);
    expect(result.body.items[0]).toEqual({
      userId: 'f0000001-0001-4000-8000-000000000001',
      primaryContact: {
        firstName: 'Oliver',
        lastName: 'Smith',
        email: 'oliver.smith@woodgrovebank.example',
        phoneNumber: '+44 20 7946 0000',
      },
      dateAgreed: '2024-09-30T00:00:00Z',
      templateId: MCA,
      type: 'MicrosoftCustomerAgreement',
      agreementLink: 'https://aka.ms/customeragreement',
    });
    expect((await call(`/v1/customers/${tenant}/agreements`, { token })).body.totalCount).toBe(0);
  });

  it('keeps a customer token to its own tenant: 403 for another tenant, 404 for an unknown one', async () => {
    load({ scenarioId: 'existing-customer' });
    const token = await northwindAdmin();
    const other = {
      id: 'c0a1e5b2-0099-4a6e-9b1c-000000000099',
      displayName: 'Other',
      defaultDomain: 'other.onmicrosoft.com',
      country: 'US',
    };
    db().tenants.push(other);
    const forbidden = await call(`/v1/customers/${other.id}/directSignedMicrosoftCustomerAgreementStatus`, {
      token,
    });
    expect(forbidden).toMatchObject({ status: 403, body: { code: 600006 } });
    const listing = await call(`/v1/customers/${other.id}/agreements?agreementType=*`, { token });
    expect(listing.status).toBe(403);
    const unknown = await call('/v1/customers/c0a1e5b2-0098-4a6e-9b1c-000000000098/agreements', { token });
    expect(unknown).toMatchObject({ status: 404, body: { code: 60003 } });
  });
});

describe('GET /v1/customers/{id}/directSignedMicrosoftCustomerAgreementStatus', () => {
  it('direct-sign status turns true when the customer accepts in the admin center', async () => {
    load({ scenarioId: 'existing-customer' });
    const token = await northwindAdmin();
    const tenant = tenantOf('northwindtraders');
    const status = () =>
      call(`/v1/customers/${tenant}/directSignedMicrosoftCustomerAgreementStatus`, { token });
    expect((await status()).body).toEqual({ isSigned: false });

    const accepted = await call('/api/agreement/accept', {
      method: 'POST',
      token,
      body: { templateId: MCA },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      acceptedVia: 'direct',
      templateId: MCA,
      acceptedBy: { email: 'admin@northwindtraders.onmicrosoft.com' },
    });
    expect((await status()).body).toEqual({ isSigned: true });

    const again = await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    expect(again).toMatchObject({ status: 409, body: { code: 'AlreadyAccepted' } });
  });

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
});

describe('the two sides, one backend', () => {
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

describe('POST /v1/customers/{id}/agreements refuses what cannot be true', () => {
  it.each([
    ['1899-12-31', '1899-12-31'],
    ['the day before the MCA’s first day', '2017-12-31T23:59:59Z'],
  ])(
    'a date before the MCA existed (%s): 400 naming dateAgreed, recorded nowhere, MCA still not confirmed',
    async (_, dateAgreed) => {
      const customer = tenantOf('graphicdesigninstitute');
      const token = await adele();
      const before = db().agreements.length;
      const result = await call(`/v1/customers/${customer}/agreements`, {
        method: 'POST',
        token,
        body: attestation({ dateAgreed }),
      });
      expect(result.status).toBe(400);
      expect(result.body.data).toContainEqual({ field: 'dateAgreed', message: 'validation.dateBeforeMca' });
      expect(db().agreements).toHaveLength(before);
      const list = await call('/api/partner/customers', { token });
      expect(list.body.items[0]).toMatchObject({
        companyName: 'Graphic Design Institute',
        mca: { attested: false, acceptedDirectly: false },
      });
    },
  );

  it('the date of Partner Center’s own API example (2018-06-14) is accepted', async () => {
    const result = await call(`/v1/customers/${tenantOf('graphicdesigninstitute')}/agreements`, {
      method: 'POST',
      token: await adele(),
      body: attestation({ dateAgreed: '2018-06-14T00:00:00.000Z' }),
    });
    expect(result.status).toBe(201);
  });

  it.each([
    ['a NUL in the first name', { firstName: 'Har\u0000per' }, 'primaryContact.firstName'],
    ['a line break in the last name', { lastName: 'Le\nwis' }, 'primaryContact.lastName'],
    ['an unpaired surrogate in the first name', { firstName: 'Harper \ud800' }, 'primaryContact.firstName'],
  ])('%s: 400 with a clear field message', async (_, contact, field) => {
    const result = await call(`/v1/customers/${tenantOf('graphicdesigninstitute')}/agreements`, {
      method: 'POST',
      token: await adele(),
      body: attestation({ primaryContact: { ...attestation().primaryContact, ...contact } }),
    });
    expect(result.status).toBe(400);
    expect(result.body.data).toContainEqual({ field, message: 'validation.controlCharacters' });
  });

  it.each([
    ['an empty template id', '', 400, 'InvalidInput'],
    ['an unknown template id', 'c0ffee00-0000-4000-8000-000000000000', 404, 'NotFound'],
  ])('%s is refused with a clear error', async (_, templateId, status, code) => {
    const result = await call(`/v1/customers/${tenantOf('graphicdesigninstitute')}/agreements`, {
      method: 'POST',
      token: await adele(),
      body: attestation({ templateId }),
    });
    expect([result.status, result.body.code]).toEqual([status, code]);
    expect(JSON.stringify(result.body)).toMatch(/template/i);
  });

  it('an advisor (Lucerne Advisory for Woodgrove Bank) is refused with 403 and a clear code', async () => {
    load({ scenarioId: 'six-partners' });
    const before = db().agreements.length;
    const result = await call(`/v1/customers/${tenantOf('woodgrovebank')}/agreements`, {
      method: 'POST',
      token: await partnerTokenFor('admin@lucerneadvisory.example'),
      body: attestation({ dateAgreed: '2025-01-10' }),
    });
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ code: 600006, errorName: 'AdvisorCannotAttest' });
    expect(result.body.description).toContain('Lucerne Advisory is an advisor');
    expect(db().agreements).toHaveLength(before);
  });
});
