import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../tests/api';
import { load } from '../db/db';
import { server as interceptor } from '../node';
import { createApiServer } from './http';
import { createWebhookDispatcher, isWebhookUrl } from './webhooks';

// `npm run api -- --webhook-url …` against a receiver on loopback: the webhook events of each request are
// POSTed after it, and a receiver that fails never breaks the API. The in-process interceptor is closed so
// that both the API and the webhooks really go over the network.

const PENDING = 'd1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

let received: { path: string; type: string; body: unknown }[] = [];
let receiverStatus = 204;
let receiver: Server;
let receiverUrl = '';
let api: Server | null = null;
const logs: { info: string[]; warn: string[] } = { info: [], warn: [] };
const log = { info: (m: string) => logs.info.push(m), warn: (m: string) => logs.warn.push(m) };

beforeAll(async () => {
  interceptor.close();
  receiver = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      received.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', body: JSON.parse(text) });
      res.writeHead(receiverStatus).end();
    });
  });
  receiverUrl = await listen(receiver);
});

afterAll(async () => {
  await close(receiver);
  interceptor.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
  received = [];
  receiverStatus = 204;
  logs.info = [];
  logs.warn = [];
});

afterEach(async () => {
  if (api) await close(api);
  api = null;
});

async function approveThrough(webhookUrl: string) {
  const webhooks = createWebhookDispatcher(webhookUrl, log);
  api = createApiServer({ webhooks });
  const base = await listen(api);
  const signIn = await call('/api/auth/signin', {
    method: 'POST',
    base,
    body: { userPrincipalName: 'admin@bellowscollege.onmicrosoft.com', password: 'Bellows#2026' },
  });
  const approved = await call(`/api/granular-admin-relationships/${PENDING}/approve`, {
    method: 'POST',
    base,
    token: signIn.body.token as string,
  });
  // What the approval raised is on its way; this waits for the POSTs to finish.
  await webhooks.deliverNew();
  return approved;
}

describe('webhook events posted by npm run api', () => {
  it('posts each event the approval raised, as JSON, in order, to the configured URL', async () => {
    const approved = await approveThrough(`${receiverUrl}/hook`);
    expect(approved.status).toBe(200);
    expect(received.map((r) => [r.path, r.type])).toEqual([
      ['/hook', 'application/json'],
      ['/hook', 'application/json'],
    ]);
    expect(received.map((r) => r.body)).toEqual([
      {
        EventName: 'granular-admin-relationship-approved',
        ResourceUri: `https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/${PENDING}`,
        ResourceName: 'granular-admin-relationship',
        AuditUri: null,
        ResourceChangeUtcDate: '2026-12-01T09:00:00.000Z',
      },
      expect.objectContaining({ EventName: 'granular-admin-relationship-activated' }),
    ]);
    expect(logs.warn).toEqual([]);
    expect(logs.info).toHaveLength(2);
  });

  it('logs a receiver that answers an error, or is not there, and the API answers as usual', async () => {
    receiverStatus = 500;
    expect((await approveThrough(`${receiverUrl}/hook`)).status).toBe(200);
    expect(logs.warn).toEqual([
      `Webhook granular-admin-relationship-approved → ${receiverUrl}/hook answered 500.`,
      `Webhook granular-admin-relationship-activated → ${receiverUrl}/hook answered 500.`,
    ]);

    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    logs.warn = [];
    await close(api as Server);
    // A port nobody listens on: the connection is refused.
    const nobody = createServer();
    const gone = await listen(nobody);
    await close(nobody);
    expect((await approveThrough(`${gone}/hook`)).status).toBe(200);
    expect(logs.warn).toHaveLength(2);
    expect(logs.warn[0]).toMatch(/^Webhook granular-admin-relationship-approved → .* failed: /);
  });

  it('accepts only http and https URLs', () => {
    expect(isWebhookUrl('http://127.0.0.1:9000/hook')).toBe(true);
    expect(isWebhookUrl('https://example.test/hook')).toBe(true);
    expect(isWebhookUrl('file:///etc/passwd')).toBe(false);
    expect(isWebhookUrl('not a url')).toBe(false);
  });
});
