import { describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { db, load } from '../db/db';

// The simulated mailboxes over the API: read any address, send as a partner agent.

const GDI = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';
const CONTACT = 'harper.lewis@graphicdesign.example';
const attestation = {
  primaryContact: { firstName: 'Harper', lastName: 'Lewis', email: CONTACT },
  templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
  dateAgreed: '2026-11-20',
  type: 'MicrosoftCustomerAgreement',
};
const email = {
  to: 'Harper.Lewis@GraphicDesign.example',
  subject: 'Reseller relationship request from Fabrikam',
  body: 'Hello,\n\nhttp://localhost/Adminportal/Home?invType=ResellerRelationship#/BillingAccounts/partner-invitation\n',
  kind: 'resellerRequest',
};

describe('GET /api/sim/mailbox', () => {
  it('lists one address’s messages newest first, in the shape and language asked for', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const partner = await partnerTokenFor('adele@fabrikam.example');
    const sent = await call('/api/sim/mailbox', { method: 'POST', token: partner, body: email });
    expect(sent.status).toBe(201);
    await call('/api/sim/clock', { method: 'POST', body: { advanceDays: 1 } });
    const attested = await call(`/v1/customers/${GDI}/agreements`, {
      method: 'POST',
      token: partner,
      body: attestation,
    });
    expect(attested.status).toBe(201);

    const list = await call(`/api/sim/mailbox?address=${encodeURIComponent(CONTACT.toUpperCase())}`);
    expect(list.status).toBe(200);
    expect(list.body.totalCount).toBe(2);
    const [newest, oldest] = list.body.items;
    expect(Object.keys(newest).sort()).toEqual([
      'body',
      'from',
      'id',
      'links',
      'read',
      'sentAt',
      'subject',
      'to',
    ]);
    expect(newest).toMatchObject({
      to: CONTACT,
      from: 'no-reply@microsoft.example',
      subject: 'Fabrikam Cloud Services confirmed your acceptance of the Microsoft Customer Agreement',
      sentAt: '2026-11-26T09:00:00.000Z',
    });
    expect(oldest).toEqual({ ...sent.body, sentAt: '2026-11-25T09:00:00.000Z', read: false });
    expect(oldest).toMatchObject({
      from: 'adele@fabrikam.example',
      subject: email.subject,
      body: email.body,
      links: [
        {
          label:
            'http://localhost/Adminportal/Home?invType=ResellerRelationship#/BillingAccounts/partner-invitation',
          url: 'http://localhost/Adminportal/Home?invType=ResellerRelationship#/BillingAccounts/partner-invitation',
        },
      ],
    });
    const italian = await call(`/api/sim/mailbox?address=${CONTACT}&lang=it-IT`);
    expect(italian.body.items[0].subject).toBe(
      'Fabrikam Cloud Services ha confermato la sua accettazione del Contratto del cliente Microsoft',
    );

    // Opening a message reads it; an unknown one is a 404.
    expect([newest.read, oldest.read]).toEqual([false, false]);
    expect((await call(`/api/sim/mailbox/${oldest.id}/read`, { method: 'POST' })).status).toBe(204);
    const after = await call(`/api/sim/mailbox?address=${CONTACT}`);
    expect(after.body.items.map((m: { read: boolean }) => m.read)).toEqual([false, true]);
    expect((await call('/api/sim/mailbox/nope/read', { method: 'POST' })).status).toBe(404);

    const addresses = await call('/api/sim/mailboxes');
    expect(addresses.body.items).toEqual([
      { address: CONTACT, messages: 2, latestAt: '2026-11-26T09:00:00.000Z' },
    ]);
    const empty = await call('/api/sim/mailbox?address=nobody@example.com');
    expect([empty.status, empty.body.totalCount]).toEqual([200, 0]);
  });

  it.each([
    ['', 'Say whose mailbox to read: ?address=name@example.com.', 'validation.emailRequired'],
    ['?address=', 'Say whose mailbox to read: ?address=name@example.com.', 'validation.emailRequired'],
    [
      '?address=not-an-address',
      "'not-an-address' is not an email address (use ?address=name@example.com).",
      'validation.emailInvalid',
    ],
  ])('a missing or bad address (%j) is a 400 that says why', async (query, description, message) => {
    const result = await call(`/api/sim/mailbox${query}`);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: 'InvalidInput', description });
    expect(result.body.data).toEqual([{ field: 'address', message }]);
  });

  it('an unknown language is a 400', async () => {
    const result = await call('/api/sim/mailbox?address=a@example.com&lang=fr-FR');
    expect([result.status, result.body.description]).toEqual([400, "'lang' must be one of en-US, it-IT."]);
  });
});

describe('POST /api/sim/mailbox (a partner sends from a template)', () => {
  it('records the relationshipRequestEmailed event once, with the address', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const partner = await partnerTokenFor('adele@fabrikam.example');
    const before = db().events.length;
    await call('/api/sim/mailbox', { method: 'POST', token: partner, body: { ...email, customerId: GDI } });
    const events = db().events.slice(before);
    expect(events.map((event) => [event.type, event.tenantId, event.data.to, event.data.kind])).toEqual([
      ['relationshipRequestEmailed', GDI, email.to, 'resellerRequest'],
    ]);
  });

  it('needs a partner agent, a real address and text; bad input changes nothing', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const partner = await partnerTokenFor('adele@fabrikam.example');
    expect((await call('/api/sim/mailbox', { method: 'POST', body: email })).status).toBe(401);
    expect((await call('/api/sim/mailbox', { method: 'POST', token: customer, body: email })).status).toBe(
      401,
    );
    const bad = await call('/api/sim/mailbox', {
      method: 'POST',
      token: partner,
      body: { ...email, to: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.data).toEqual([{ field: 'to', message: 'validation.emailInvalid' }]);
    const blank = await call('/api/sim/mailbox', {
      method: 'POST',
      token: partner,
      body: { ...email, body: '' },
    });
    expect(blank.status).toBe(400);
    const stranger = await call('/api/sim/mailbox', {
      method: 'POST',
      token: partner,
      body: { ...email, customerId: 'c0a1e5b2-0013-4a6e-9b1c-000000000013' },
    });
    expect(stranger.status).toBe(404);
    expect(db().mailbox).toEqual([]);
  });
});
