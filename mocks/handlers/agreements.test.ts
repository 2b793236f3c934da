import { describe, expect, it } from 'vitest';
import { attestAcceptance, tenantOf } from '../../tests/builders';
import { call, tokenFor } from '../../tests/api';
import { db, load } from '../db/db';

const MCA = '117a77b0-9360-443b-8795-c6dedc750cf9';
const northwindAdmin = () => tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');

describe('Partner Center agreement endpoints', () => {
  it('GET /v1/agreements defaults to MicrosoftCloudAgreement, and * lists all', async () => {
    const token = await northwindAdmin();
    const byDefault = await call('/v1/agreements', { token });
    expect(byDefault.body).toEqual({
      totalCount: 1,
      items: [
        {
          templateId: '998b88de-aa99-4388-a42c-1b3517d49490',
          agreementType: 'MicrosoftCloudAgreement',
          agreementLink: 'https://docs.microsoft.com/en-us/partner-center/agreements',
          versionRank: 0,
        },
      ],
      attributes: { objectType: 'Collection' },
    });
    const mca = await call('/v1/agreements?agreementType=MicrosoftCustomerAgreement', { token });
    expect(mca.body.items).toEqual([
      {
        templateId: MCA,
        agreementType: 'MicrosoftCustomerAgreement',
        agreementLink: 'https://aka.ms/customeragreement',
        versionRank: 0,
      },
    ]);
    expect((await call('/v1/agreements?agreementType=*', { token })).body.totalCount).toBe(2);
  });

  it('serves the template document by country and language, with Partner Center’s defaults', async () => {
    const token = await northwindAdmin();
    const italian = await call(`/v1/agreementtemplates/${MCA}/document?language=it-IT&country=IT`, { token });
    expect(italian.status).toBe(200);
    expect(italian.body).toMatchObject({
      country: 'IT',
      language: 'it-IT',
      displayUri: expect.stringContaining('expires='),
      downloadUri: expect.any(String),
    });

    const defaults = await call(`/v1/agreementtemplates/${MCA}/document`, { token });
    expect(defaults.body).toMatchObject({ country: 'US', language: 'en-US' });
    const fallback = await call(`/v1/agreementtemplates/${MCA}/document?language=it-IT&country=DE`, {
      token,
    });
    expect(fallback.body).toMatchObject({ country: 'DE', language: 'en-US' });

    const lowerCase = await call(`/v1/agreementtemplates/${MCA}/document?country=it`, { token });
    expect(lowerCase).toMatchObject({ status: 400, body: { code: 'UnsupportedCountry' } });
    const wrongCaseId = await call(`/v1/agreementtemplates/${MCA.toUpperCase()}/document`, { token });
    expect(wrongCaseId.status).toBe(404);
  });

  it('direct-sign status turns true when the customer accepts in the admin center', async () => {
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

  it('refuses a user without the Billing or Global admin role, even through the API', async () => {
    load({ scenarioId: 'read-only-user' });
    const token = await tokenFor('user@fourthcoffee.onmicrosoft.com', 'Reader#2026');
    const result = await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    expect(result).toMatchObject({ status: 403, body: { code: 'InsufficientRole' } });
    const status = await call('/api/agreement', { token });
    expect(status.body.mcaConfirmed).toBe(false);
  });

  it('Scenario 1: refuses direct acceptance until a partner attests', async () => {
    load({ scenarioId: 'scenario-1' });
    const token = await tokenFor('admin@adatum.onmicrosoft.com', 'Adatum#2026');
    expect((await call('/api/agreement', { token })).body.block).toBe('scenario1');
    const refused = await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    expect(refused).toMatchObject({
      status: 403,
      body: {
        code: 'PartnerAttestationRequired',
        description:
          'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.',
      },
    });
    attestAcceptance(tenantOf('adatum'), '3b33e682-00c3-41ee-9dd2-a548adf56438');
    expect((await call('/api/agreement', { token })).body).toMatchObject({
      block: 'none',
      mcaConfirmed: true,
    });
  });
});
