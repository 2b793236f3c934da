import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../tests/api';
import { load } from '../db/db';
import { handlers } from '../handlers';
import { server as interceptor } from '../node';
import { createApiServer } from './http';

// Every endpoint through a real HTTP server on loopback (`npm run api` serves the same handlers).
// The in-process interceptor is closed here so that fetch really goes over the network.

const MCA = '117a77b0-9360-443b-8795-c6dedc750cf9';
const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const GDI = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';

let http: Server;
let base = '';

beforeAll(async () => {
  interceptor.close();
  http = createApiServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  interceptor.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

type Who = 'nobody' | 'customer' | 'wingtip' | 'partner';

const signIn = async (who: Who): Promise<string | undefined> => {
  const accounts = {
    customer: ['/api/auth/signin', 'admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026'],
    wingtip: ['/api/auth/signin', 'admin@wingtiptoys.onmicrosoft.com', 'Wingtip#2026'],
    partner: ['/api/partner/signin', 'adele@fabrikam.example', 'Partner#2026'],
  } as const;
  if (who === 'nobody') return undefined;
  const [path, userPrincipalName, password] = accounts[who];
  const result = await call(path, { method: 'POST', base, body: { userPrincipalName, password } });
  return result.body.token as string;
};

const attestation = {
  primaryContact: { firstName: 'Harper', lastName: 'Lewis', email: 'harper.lewis@graphicdesign.example' },
  templateId: MCA,
  dateAgreed: '2026-11-20',
  type: 'MicrosoftCustomerAgreement',
};

// [method, route pattern, concrete path, who calls, body, expected status]
const endpoints: [string, string, string, Who, unknown, number][] = [
  [
    'POST',
    '/api/auth/signin',
    '/api/auth/signin',
    'nobody',
    { userPrincipalName: 'admin@wingtiptoys.onmicrosoft.com', password: 'Wingtip#2026' },
    200,
  ],
  [
    'POST',
    '/api/auth/password',
    '/api/auth/password',
    'nobody',
    { changeToken: 'expired', newPassword: 'Another#2026' },
    401,
  ],
  ['POST', '/api/auth/signout', '/api/auth/signout', 'customer', undefined, 204],
  ['GET', '/api/me', '/api/me', 'customer', undefined, 200],
  ['GET', '/api/agreement', '/api/agreement', 'customer', undefined, 200],
  ['POST', '/api/agreement/accept', '/api/agreement/accept', 'customer', { templateId: MCA }, 200],
  ['GET', '/api/invitations/:partnerId', `/api/invitations/${FABRIKAM}?DAP=true`, 'customer', undefined, 200],
  [
    'POST',
    '/api/invitations/:partnerId/accept',
    `/api/invitations/${FABRIKAM}/accept`,
    'customer',
    { dap: true },
    200,
  ],
  ['GET', '/api/partners', '/api/partners', 'customer', undefined, 200],
  ['GET', '/api/partners/:partnerId', `/api/partners/${FABRIKAM}`, 'customer', undefined, 200],
  ['DELETE', '/api/partners/:partnerId/roles', `/api/partners/${FABRIKAM}/roles`, 'wingtip', undefined, 200],
  ['GET', '/api/billing-accounts', '/api/billing-accounts', 'customer', undefined, 200],
  ['GET', '/api/products', '/api/products', 'customer', undefined, 200],
  ['GET', '/api/purchases', '/api/purchases', 'customer', undefined, 200],
  ['POST', '/api/purchases', '/api/purchases', 'customer', { productId: 'visio-plan-2', quantity: 1 }, 403],
  ['GET', '/api/sim/scenarios', '/api/sim/scenarios', 'nobody', undefined, 200],
  ['GET', '/api/sim/state', '/api/sim/state', 'nobody', undefined, 200],
  ['POST', '/api/sim/reset', '/api/sim/reset', 'nobody', {}, 200],
  ['GET', '/api/sim/faults', '/api/sim/faults', 'nobody', undefined, 200],
  ['PUT', '/api/sim/faults', '/api/sim/faults', 'nobody', { faults: '' }, 200],
  [
    'POST',
    '/api/partner/signin',
    '/api/partner/signin',
    'nobody',
    { userPrincipalName: 'lee@fabrikam.example', password: 'Partner#2026' },
    200,
  ],
  ['POST', '/api/partner/signout', '/api/partner/signout', 'partner', undefined, 204],
  ['GET', '/api/partner/me', '/api/partner/me', 'partner', undefined, 200],
  ['GET', '/api/partner/customers', '/api/partner/customers', 'partner', undefined, 200],
  [
    'GET',
    '/v1/agreements',
    '/v1/agreements?agreementType=MicrosoftCustomerAgreement',
    'partner',
    undefined,
    200,
  ],
  [
    'GET',
    '/v1/agreementtemplates/:templateId/document',
    `/v1/agreementtemplates/${MCA}/document?country=IT&language=it-IT`,
    'partner',
    undefined,
    200,
  ],
  ['GET', '/v1/customers', '/v1/customers', 'partner', undefined, 200],
  [
    'POST',
    '/v1/customers',
    '/v1/customers',
    'partner',
    { companyProfile: { domain: 'x.onmicrosoft.com' } },
    400,
  ],
  ['GET', '/v1/customers/:customerId', `/v1/customers/${GDI}`, 'partner', undefined, 200],
  [
    'GET',
    '/v1/customers/:customerId/agreements',
    `/v1/customers/${GDI}/agreements?agreementType=*`,
    'partner',
    undefined,
    200,
  ],
  [
    'POST',
    '/v1/customers/:customerId/agreements',
    `/v1/customers/${GDI}/agreements`,
    'partner',
    attestation,
    201,
  ],
  [
    'GET',
    '/v1/customers/:customerId/directSignedMicrosoftCustomerAgreementStatus',
    `/v1/customers/${GDI}/directSignedMicrosoftCustomerAgreementStatus`,
    'partner',
    undefined,
    200,
  ],
  [
    'GET',
    '/v1/customers/:customerId/relationships',
    `/v1/customers/${GDI}/relationships`,
    'partner',
    undefined,
    200,
  ],
  [
    'POST',
    '/v1/customers/:customerId/orders',
    `/v1/customers/${GDI}/orders`,
    'partner',
    { lineItems: [{ lineItemNumber: 0, offerId: 'visio-plan-2', quantity: 1 }] },
    403,
  ],
  [
    'GET',
    '/v1/customers/relationshiprequests',
    '/v1/customers/relationshiprequests',
    'partner',
    undefined,
    200,
  ],
  ['HEAD', '/v1/domains/:domain', '/v1/domains/relecloud.onmicrosoft.com', 'partner', undefined, 200],
  ['GET', '/v1/offers', '/v1/offers', 'partner', undefined, 200],
];

describe('the API over real HTTP on loopback', () => {
  it('the table below covers every handler', () => {
    const served = handlers.map((h) => `${h.info.method} ${String(h.info.path).replace(/^\*/, '')}`).sort();
    expect(endpoints.map(([method, pattern]) => `${method} ${pattern}`).sort()).toEqual(served);
  });

  it.each(endpoints)('%s %s', async (method, _pattern, path, who, body, status) => {
    const result = await call(path, { method, base, token: await signIn(who), body });
    expect(result.status, JSON.stringify(result.body)).toBe(status);
    if (status !== 204 && method !== 'HEAD') {
      expect(result.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('closes the connection for an offline fault', async () => {
    await call('/api/sim/faults', { method: 'PUT', base, body: { faults: 'offline@/api/me' } });
    await expect(call('/api/me', { base })).rejects.toThrow();
    await call('/api/sim/faults', { method: 'PUT', base, body: { faults: '' } });
  });

  it('answers unknown paths, bad JSON and missing tokens with Partner Center’s error envelope', async () => {
    const unknown = await call('/v1/nothing-here', { base });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NotFound']);
    const badJson = await call('/api/partner/signin', {
      method: 'POST',
      base,
      body: '{"userPrincipalName":',
    });
    expect([badJson.status, badJson.body.description]).toEqual([400, 'The request body is not valid JSON.']);
    const noToken = await call('/v1/customers', { base });
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('www-authenticate')).toBe('OAuth realm=urn:cpsvc:cpid:simulator');
    const huge = await call('/api/partner/signin', {
      method: 'POST',
      base,
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
  });
});
