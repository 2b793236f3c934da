import { expect, test, type APIRequestContext } from '@playwright/test';

// `npm run api` as a trainee meets it: the README's calls, over real HTTP, in order.
const api = 'http://127.0.0.1:4010';

// The server is shared (and kept between local runs): start from the seed, and leave it there even when a
// step failed, so that one failure never poisons the next run.
const resetServer = async ({ request }: { request: APIRequestContext }) => {
  expect((await request.post(`${api}/api/sim/reset`, { data: {} })).status()).toBe(200);
};
test.beforeEach(resetServer);
test.afterEach(resetServer);

test('the README walk-through: token, customers, attestation, direct-sign status, order', async ({
  request,
}) => {
  const signIn = await request.post(`${api}/api/partner/signin`, {
    data: { userPrincipalName: 'adele@fabrikam.example', password: 'Partner#2026' },
  });
  expect(signIn.status()).toBe(200);
  const { token } = (await signIn.json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}` };

  const customers = await request.get(`${api}/v1/customers`, { headers });
  const list = (await customers.json()) as {
    items: { id: string; companyProfile: { companyName: string } }[];
  };
  const gdi = list.items.find((c) => c.companyProfile.companyName === 'Graphic Design Institute');
  expect(gdi).toBeDefined();
  const id = gdi?.id ?? '';

  const order = { lineItems: [{ lineItemNumber: 0, offerId: 'm365-business-basic', quantity: 3 }] };
  const refused = await request.post(`${api}/v1/customers/${id}/orders`, { headers, data: order });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { code: number }).code).toBe(13605);

  const metadata = await request.get(`${api}/v1/agreements?agreementType=MicrosoftCustomerAgreement`, {
    headers,
  });
  const templateId = ((await metadata.json()) as { items: { templateId: string }[] }).items[0]?.templateId;
  const attested = await request.post(`${api}/v1/customers/${id}/agreements`, {
    headers,
    data: {
      primaryContact: { firstName: 'Harper', lastName: 'Lewis', email: 'harper@graphicdesign.example' },
      templateId,
      dateAgreed: '2026-02-27T00:00:00Z',
      type: 'MicrosoftCustomerAgreement',
    },
  });
  expect(attested.status()).toBe(201);
  const direct = await request.get(`${api}/v1/customers/${id}/directSignedMicrosoftCustomerAgreementStatus`, {
    headers,
  });
  expect(await direct.json()).toEqual({ isSigned: false });
  const placed = await request.post(`${api}/v1/customers/${id}/orders`, { headers, data: order });
  expect(placed.status()).toBe(201);

  const link = await request.get(`${api}/v1/customers/relationshiprequests`, { headers });
  expect(((await link.json()) as { url: string }).url).toMatch(
    /^http:\/\/127\.0\.0\.1:5173\/Adminportal\/Home\?invType=ResellerRelationship&partnerId=3b33e682-/,
  );
});
