import { beforeEach, describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { adele, attestation, diego, isaiah } from '../../tests/partner-center';
import { db, load } from '../db/db';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('POST /v1/customers/{id}/orders', () => {
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
  });
});

describe('POST /v1/customers/{id}/orders refuses what it cannot keep', () => {
  const line = { lineItemNumber: 0, offerId: 'm365-business-basic', quantity: 1 };
  it.each([
    ['at the top', { lineItems: [line], discount: 100 }, 'discount'],
    ['in a line item', { lineItems: [{ ...line, unitPrice: 0 }] }, 'unitPrice'],
  ])('an unknown field %s: 400 InvalidInput naming it, and no purchase', async (_, body, field) => {
    load({ scenarioId: 'six-partners' });
    const token = await partnerTokenFor('adele@fabrikam.example');
    const before = db().purchases.length;
    const result = await call(`/v1/customers/${tenantOf('woodgrovebank')}/orders`, {
      method: 'POST',
      token,
      body,
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      code: 'InvalidInput',
      description: 'The request body is not valid.',
    });
    expect(JSON.stringify(result.body.data)).toContain(field);
    expect(db().purchases).toHaveLength(before);
  });
});

describe('an advisor neither orders nor attests (Partner Center allows neither)', () => {
  it('Lucerne Advisory, advisor of Woodgrove Bank, is refused an order with 403 and a clear code', async () => {
    load({ scenarioId: 'six-partners' });
    const token = await partnerTokenFor('admin@lucerneadvisory.example');
    const before = db().purchases.length;
    const result = await call(`/v1/customers/${tenantOf('woodgrovebank')}/orders`, {
      method: 'POST',
      token,
      body: { lineItems: [{ lineItemNumber: 0, offerId: 'm365-business-basic', quantity: 1 }] },
    });
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ code: 600006, errorName: 'AdvisorCannotOrder' });
    expect(result.body.description).toContain('Lucerne Advisory is an advisor');
    expect(db().purchases).toHaveLength(before);
    const customer = await call(`/v1/customers/${tenantOf('woodgrovebank')}`, { token });
    expect(customer.body.relationshipToPartner).toBe('advisor');
  });

  it('a reseller of the same customer still orders', async () => {
    load({ scenarioId: 'six-partners' });
    const result = await call(`/v1/customers/${tenantOf('woodgrovebank')}/orders`, {
      method: 'POST',
      token: await partnerTokenFor('adele@fabrikam.example'),
      body: { lineItems: [{ lineItemNumber: 0, offerId: 'm365-business-basic', quantity: 1 }] },
    });
    expect(result.status).toBe(201);
  });
});

describe('an indirect reseller does not order in Partner Center (its indirect provider does)', () => {
  it('Proseware, indirect reseller for Coho Winery, is refused with 403 600006 naming its provider, and nothing is bought', async () => {
    const before = db().purchases.length;
    const result = await call(`/v1/customers/${tenantOf('cohowinery')}/orders`, {
      method: 'POST',
      token: await isaiah(),
      body: { lineItems: [{ lineItemNumber: 0, offerId: 'm365-business-basic', quantity: 1 }] },
    });
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({
      code: 600006,
      errorName: 'IndirectResellerCannotOrder',
      description:
        'The requested action is not allowed: Proseware Partners is an indirect reseller, and indirect resellers order through their indirect provider (Contoso Distribution).',
      data: [],
      source: 'Simulator',
    });
    expect(db().purchases).toHaveLength(before);
  });

  it('its indirect provider orders for the same customer', async () => {
    const result = await call(`/v1/customers/${tenantOf('cohowinery')}/orders`, {
      method: 'POST',
      token: await diego(),
      body: { lineItems: [{ lineItemNumber: 0, offerId: 'm365-business-basic', quantity: 1 }] },
    });
    expect([result.status, result.body.code]).not.toEqual([403, 600006]);
  });
});
