import { beforeEach, describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { tenantOf } from '../../tests/builders';
import { adele, attestation } from '../../tests/partner-center';
import { load } from '../db/db';

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
