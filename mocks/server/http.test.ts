import { connect, type AddressInfo } from 'node:net';
import { request as httpRequest, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../tests/api';
import { load } from '../db/db';
import { configureBackend } from '../lib/route';
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

const GDAP = '/v1.0/tenantRelationships/delegatedAdminRelationships';
// Partner-training has no GDAP relationships: these paths reach the handlers and their 404.
const NO_GDAP = `5e1a0000-0000-4000-8000-000000000000-${GDI}`;
const newGdapRelationship = {
  displayName: 'Helpdesk',
  duration: 'P30D',
  customer: { tenantId: GDI },
  accessDetails: { unifiedRoles: [{ roleDefinitionId: '729827e3-9c14-49f7-bb1b-9608f156bbb8' }] },
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
  [
    'GET',
    '/api/granular-admin-relationships',
    '/api/granular-admin-relationships',
    'customer',
    undefined,
    200,
  ],
  [
    'GET',
    '/api/granular-admin-relationships/:id',
    '/api/granular-admin-relationships/unknown',
    'customer',
    undefined,
    404,
  ],
  [
    'POST',
    '/api/granular-admin-relationships/:id/approve',
    '/api/granular-admin-relationships/unknown/approve',
    'customer',
    undefined,
    404,
  ],
  [
    'POST',
    '/api/granular-admin-relationships/:id/terminate',
    '/api/granular-admin-relationships/unknown/terminate',
    'customer',
    undefined,
    404,
  ],
  ['GET', '/api/billing-accounts', '/api/billing-accounts', 'customer', undefined, 200],
  ['GET', '/api/products', '/api/products', 'customer', undefined, 200],
  ['GET', '/api/purchases', '/api/purchases', 'customer', undefined, 200],
  ['POST', '/api/purchases', '/api/purchases', 'customer', { productId: 'visio-plan-2', quantity: 1 }, 403],
  ['GET', '/api/sim/scenarios', '/api/sim/scenarios', 'nobody', undefined, 200],
  ['GET', '/api/sim/state', '/api/sim/state', 'nobody', undefined, 200],
  ['POST', '/api/sim/clock', '/api/sim/clock', 'nobody', { advanceDays: 1 }, 200],
  ['POST', '/api/sim/reset', '/api/sim/reset', 'nobody', {}, 200],
  ['GET', '/api/sim/faults', '/api/sim/faults', 'nobody', undefined, 200],
  ['PUT', '/api/sim/faults', '/api/sim/faults', 'nobody', { faults: '' }, 200],
  ['GET', '/api/sim/events', '/api/sim/events?since=0', 'nobody', undefined, 200],
  ['GET', '/api/sim/mailbox', '/api/sim/mailbox?address=adele@fabrikam.example', 'nobody', undefined, 200],
  ['GET', '/api/sim/mailboxes', '/api/sim/mailboxes', 'nobody', undefined, 200],
  ['POST', '/api/sim/mailbox/:id/read', '/api/sim/mailbox/000001-1/read', 'nobody', undefined, 404],
  [
    'POST',
    '/api/sim/mailbox',
    '/api/sim/mailbox',
    'partner',
    { to: 'harper.lewis@graphicdesign.example', subject: 'Hello', body: 'Hi', kind: 'resellerRequest' },
    201,
  ],
  ['GET', '/api/sim/export', '/api/sim/export', 'nobody', undefined, 200],
  ['PUT', '/api/sim/import', '/api/sim/import', 'nobody', { format: 'other' }, 400],
  ['GET', '/api/sim/training', '/api/sim/training', 'nobody', undefined, 200],
  ['PUT', '/api/sim/training', '/api/sim/training', 'nobody', { procedureId: null }, 200],
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
    '/api/partner/customers/:customerId/mca-invitation',
    `/api/partner/customers/${GDI}/mca-invitation`,
    'partner',
    undefined,
    200,
  ],
  [
    'POST',
    '/api/partner/customers/:customerId/mca-invitation',
    `/api/partner/customers/${GDI}/mca-invitation`,
    'partner',
    undefined,
    201,
  ],
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
  ['GET', GDAP, `${GDAP}?$filter=status eq 'active'`, 'partner', undefined, 200],
  ['POST', GDAP, GDAP, 'partner', newGdapRelationship, 201],
  ['GET', `${GDAP}/:id`, `${GDAP}/${NO_GDAP}`, 'partner', undefined, 404],
  ['PATCH', `${GDAP}/:id`, `${GDAP}/${NO_GDAP}`, 'partner', { displayName: 'x' }, 404],
  ['DELETE', `${GDAP}/:id`, `${GDAP}/${NO_GDAP}`, 'partner', undefined, 404],
  ['GET', `${GDAP}/:id/requests`, `${GDAP}/${NO_GDAP}/requests`, 'nobody', undefined, 401],
  ['POST', `${GDAP}/:id/requests`, `${GDAP}/${NO_GDAP}/requests`, 'partner', { action: 'terminate' }, 404],
  [
    'GET',
    `${GDAP}/:id/requests/:requestId`,
    `${GDAP}/${NO_GDAP}/requests/${NO_GDAP.slice(0, 36)}`,
    'partner',
    undefined,
    404,
  ],
  [
    'GET',
    `${GDAP}/:id/accessAssignments`,
    `${GDAP}/${NO_GDAP}/accessAssignments`,
    'customer',
    undefined,
    401,
  ],
  ['POST', `${GDAP}/:id/accessAssignments`, `${GDAP}/${NO_GDAP}/accessAssignments`, 'partner', {}, 404],
  [
    'GET',
    `${GDAP}/:id/accessAssignments/:assignmentId`,
    `${GDAP}/${NO_GDAP}/accessAssignments/${NO_GDAP.slice(0, 36)}`,
    'partner',
    undefined,
    404,
  ],
  [
    'PATCH',
    `${GDAP}/:id/accessAssignments/:assignmentId`,
    `${GDAP}/${NO_GDAP}/accessAssignments/${NO_GDAP.slice(0, 36)}`,
    'partner',
    {},
    404,
  ],
  [
    'DELETE',
    `${GDAP}/:id/accessAssignments/:assignmentId`,
    `${GDAP}/${NO_GDAP}/accessAssignments/${NO_GDAP.slice(0, 36)}`,
    'partner',
    undefined,
    404,
  ],
  [
    'GET',
    '/v1/relationships',
    '/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf',
    'partner',
    undefined,
    200,
  ],
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

/** A raw request, for what fetch will not send: any Host header, the TRACE method. */
function rawRequest(
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Record<string, unknown> | null }> {
  const { port } = http.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, path, method, headers, setHost: !('Host' in headers) },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('hostile requests over HTTP', () => {
  it('a malformed percent-escape in a path parameter is a 400 envelope on every route', async () => {
    const token = await signIn('partner');
    for (const [method, pattern] of endpoints) {
      if (!pattern.includes('/:')) continue;
      const result = await call(pattern.replace(/:[A-Za-z]+/g, '%E0%A4%A'), {
        method,
        base,
        token,
        body: method === 'GET' || method === 'HEAD' ? undefined : {},
      });
      expect(result.status, `${method} ${pattern}`).toBe(400);
      if (method === 'HEAD') continue;
      // Graph's paths answer in Graph's envelope.
      const code = pattern.startsWith('/v1.0/') ? result.body.error.code : result.body.code;
      expect(code, `${method} ${pattern}`).toBe(
        pattern.startsWith('/v1.0/') ? 'invalidRequest' : 'InvalidInput',
      );
    }
  });

  it.each(['a b', '', '[', 'evil.example', 'evil.example:4010', '127.0.0.1.evil.example', '[::2]'])(
    'refuses Host %j with an envelope',
    async (host) => {
      const result = await rawRequest('/api/sim/state', { headers: { Host: host } });
      expect([400, 421]).toContain(result.status);
      expect(result.body).toMatchObject({ code: expect.any(String), description: expect.any(String) });
    },
  );

  it('refuses a DNS-rebinding page: /api/sim/reset with a foreign Host changes nothing', async () => {
    const before = await call('/api/sim/state', { base });
    const result = await rawRequest('/api/sim/reset', {
      method: 'POST',
      headers: { Host: 'rebind.example:4010', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(result.status).toBe(421);
    expect((await call('/api/sim/state', { base })).body).toEqual(before.body);
  });

  it.each([
    '127.0.0.1',
    '127.1.2.3:80',
    'localhost',
    'LOCALHOST:4010',
    '[::1]',
    '[::1]:4010',
    'sim.example:8080',
  ])('accepts Host %j (loopback, or the configured app URL’s host)', async (host) => {
    configureBackend({ appUrl: 'http://sim.example:8080/' });
    expect((await rawRequest('/api/sim/state', { headers: { Host: host } })).status).toBe(200);
  });

  it('builds links from the configured app URL, never from Host', async () => {
    configureBackend({ appUrl: 'http://sim.example:8080/' });
    const token = await signIn('partner');
    const result = await rawRequest(`/v1/agreementtemplates/${MCA}/document?country=IT`, {
      headers: { Host: 'localhost:4010', Authorization: `Bearer ${token}` },
    });
    expect(result.status).toBe(200);
    expect(String(result.body?.displayUri)).toMatch(/^http:\/\/sim\.example:8080\//);
  });

  it('answers TRACE with 405 in the envelope', async () => {
    const result = await rawRequest('/api/sim/state', { method: 'TRACE' });
    expect(result.status).toBe(405);
    expect(result.body).toMatchObject({ code: 'MethodNotAllowed' });
  });

  it('answers CONNECT with 405 in the envelope', async () => {
    const { port } = http.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end('CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toContain('"code":"MethodNotAllowed"');
  });

  it('a URL past the header limit is a 431 in the envelope', async () => {
    const response = await fetch(`${base}/api/partners?q=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ code: 'RequestHeaderFieldsTooLarge' });
  });

  it('a body over 1 MiB is a 413 in the envelope with Connection: close, every time', async () => {
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${base}/api/partner/signin`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: 'x'.repeat(1024 * 1024 + 1 + i * 300_000),
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('connection')).toBe('close');
      expect(await response.json()).toMatchObject({ code: 'RequestTooLarge', source: 'Simulator' });
    }
  });

  it('takes a demo file of several MiB on PUT /api/sim/import only, up to 32 MiB', async () => {
    load({ scenarioId: 'many-partners', now: '2026-03-01T12:00:00Z' });
    const saved = await (await fetch(`${base}/api/sim/export`)).text();
    expect(saved.length).toBeGreaterThan(2 * 1024 * 1024);
    load({ scenarioId: 'scenario-1', now: '2026-03-01T12:00:00Z' });
    const imported = await fetch(`${base}/api/sim/import`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: saved,
    });
    expect(imported.status).toBe(200);
    expect(await (await fetch(`${base}/api/sim/export`)).text()).toBe(saved);
    const tooLarge = await fetch(`${base}/api/sim/import`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(32 * 1024 * 1024 + 1),
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ description: 'The request body is larger than 32 MiB.' });
  }, 30_000);

  it('the server still answers after all of that', async () => {
    expect((await call('/api/sim/state', { base })).status).toBe(200);
  });
});
