import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, load } from '../../mocks/db/db';
import { configureBackend } from '../../mocks/lib/route';
import { call, partnerTokenFor, tokenFor } from '../api';
import { renderApp } from '../render-app';

// Security checks through the API (not only the UI): tenant isolation, roles enforced by the backend,
// token lifetime, markup shown as text.

const MCA = '117a77b0-9360-443b-8795-c6dedc750cf9';
const TREY = '6b5a4938-2716-4e5d-8c3b-a29180f7e6d5';
const RELECLOUD = 'c0a1e5b2-0008-4a6e-9b1c-000000000008';
const COHO = 'c0a1e5b2-0011-4a6e-9b1c-000000000011';
const XSS = '<img src=x onerror="window.__xss=1">';

describe('tenant isolation', () => {
  it('refuses a customer’s reads and writes on another tenant, and a partner’s on another partner’s customer', async () => {
    load({ scenarioId: 'partner-training' });
    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    for (const path of [
      `/v1/customers/${RELECLOUD}/agreements?agreementType=*`,
      `/v1/customers/${RELECLOUD}/directSignedMicrosoftCustomerAgreementStatus`,
    ]) {
      expect((await call(path, { token: customer })).status).toBe(403);
    }
    // Partner Center writes need a partner token.
    const attest = {
      primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.example' },
      templateId: MCA,
      dateAgreed: '2026-01-01',
      type: 'MicrosoftCustomerAgreement',
    };
    expect(
      (await call(`/v1/customers/${RELECLOUD}/agreements`, { method: 'POST', token: customer, body: attest }))
        .status,
    ).toBe(401);

    const fabrikam = await partnerTokenFor('adele@fabrikam.example');
    const before = db().agreements.length;
    const write = await call(`/v1/customers/${COHO}/agreements`, {
      method: 'POST',
      token: fabrikam,
      body: attest,
    });
    expect([write.status, write.body.code]).toEqual([403, 600006]);
    const order = await call(`/v1/customers/${COHO}/orders`, {
      method: 'POST',
      token: fabrikam,
      body: { lineItems: [{ lineItemNumber: 0, offerId: 'visio-plan-2', quantity: 1 }] },
    });
    expect(order.status).toBe(403);
    expect(db().agreements).toHaveLength(before);
  });

  it('does not let a customer remove roles of a partner it does not work with', async () => {
    load({ scenarioId: 'partner-training' });
    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const result = await call(`/api/partners/${TREY}/roles`, { method: 'DELETE', token: customer });
    expect(result.status).toBe(404);
  });
});

describe('roles are enforced by the backend', () => {
  it('a user without an admin role cannot accept, authorize or buy by calling the API directly', async () => {
    load({ scenarioId: 'read-only-user' });
    const reader = await tokenFor('user@fourthcoffee.onmicrosoft.com', 'Reader#2026');
    const accept = await call('/api/agreement/accept', {
      method: 'POST',
      token: reader,
      body: { templateId: MCA },
    });
    expect([accept.status, accept.body.code]).toEqual([403, 'InsufficientRole']);
    const invitation = await call(`/api/invitations/7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11/accept`, {
      method: 'POST',
      token: reader,
      body: { dap: true },
    });
    expect(invitation.status).toBe(403);
    const buy = await call('/api/purchases', {
      method: 'POST',
      token: reader,
      body: { productId: 'visio-plan-2', quantity: 1 },
    });
    expect(buy.status).toBe(403);
    expect(db().agreements).toHaveLength(0);
    expect(db().purchases).toHaveLength(0);
  });

  it('a partner user without an agent role cannot create customers or attest', async () => {
    load({ scenarioId: 'partner-training' });
    const viewer = await partnerTokenFor('megan@fabrikam.example');
    const attest = await call(`/v1/customers/${RELECLOUD}/agreements`, {
      method: 'POST',
      token: viewer,
      body: {
        primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.example' },
        templateId: MCA,
        dateAgreed: '2026-01-01',
        type: 'MicrosoftCustomerAgreement',
      },
    });
    expect([attest.status, attest.body.code]).toEqual([403, 'InsufficientRole']);
  });
});

describe('tokens', () => {
  it('are refused after sign-out, on both sides', async () => {
    load({ scenarioId: 'partner-training' });
    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    expect((await call('/api/auth/signout', { method: 'POST', token: customer })).status).toBe(204);
    expect((await call('/api/me', { token: customer })).status).toBe(401);

    const partner = await partnerTokenFor('adele@fabrikam.example');
    expect((await call('/api/partner/signout', { method: 'POST', token: partner })).status).toBe(204);
    expect((await call('/v1/customers', { token: partner })).status).toBe(401);
  });

  it('expire after eight hours (of real time: the simulated clock here is fixed)', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    let realNow = Date.parse('2026-12-01T09:00:00Z');
    configureBackend({ realNow: () => realNow });
    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const partner = await partnerTokenFor('adele@fabrikam.example');
    realNow = Date.parse('2026-12-01T16:59:00Z');
    expect((await call('/api/me', { token: customer })).status).toBe(200);
    realNow = Date.parse('2026-12-01T17:01:00Z');
    expect((await call('/api/me', { token: customer })).status).toBe(401);
    expect((await call('/v1/customers', { token: partner })).status).toBe(401);
  });

  it('a customer token is no partner token, and the reverse', async () => {
    load({ scenarioId: 'partner-training' });
    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const partner = await partnerTokenFor('adele@fabrikam.example');
    expect((await call('/api/partner/me', { token: customer })).status).toBe(401);
    expect((await call('/api/me', { token: partner })).status).toBe(401);
  });
});

describe('markup in names and contacts is shown as text', () => {
  it('in the customer’s partner list and details', async () => {
    load({ scenarioId: 'existing-customer' });
    const trey = db().partners.find((p) => p.id === TREY);
    if (!trey) throw new Error('no Trey');
    trey.name = XSS;
    trey.email = `"><script>window.__xss=2</script>@x.example`;
    renderApp(`/partners/${TREY}`, {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
    });
    expect(await screen.findByRole('dialog', { name: XSS })).toBeInTheDocument();
    expect(screen.getAllByText(XSS).length).toBeGreaterThan(0);
    // The side panel is portalled to the body, beside the app's container.
    expect(document.body.querySelector('img')).toBeNull();
    expect(document.body.querySelector('script')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('in Partner Center’s customer list and account info', async () => {
    load({ scenarioId: 'partner-training' });
    const tenant = db().tenants.find((t) => t.id === RELECLOUD);
    if (!tenant?.profile) throw new Error('no Relecloud');
    tenant.displayName = XSS;
    tenant.profile.primaryContact.firstName = '<b>Avery</b>';
    const { container, user } = renderApp('/partner-center/customers', {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    const table = await screen.findByRole('table', { name: 'Customers' });
    await user.click(within(table).getByRole('link', { name: XSS }));
    expect(await screen.findByRole('heading', { level: 1, name: XSS })).toBeInTheDocument();
    expect(screen.getByText('<b>Avery</b> Howard')).toBeInTheDocument();
    expect(container.querySelector('img, b, script')).toBeNull();
  });
});
