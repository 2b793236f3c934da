import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { MCA } from '../../tests/partner-center';

const northwindAdmin = () => tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');

describe('GET /v1/agreements and /v1/agreementtemplates/{id}/document', () => {
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
});
