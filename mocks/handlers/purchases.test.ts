import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { MCA } from '../../tests/partner-center';

describe('purchases API', () => {
  it('refuses to sell before the MCA is confirmed (403, 13605), then sells', async () => {
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    const refused = await call('/api/purchases', {
      method: 'POST',
      token,
      body: { productId: 'm365-business-premium', quantity: 5 },
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 13605 } });
    expect(refused.body.description).toMatch(/^Either a partner confirmation/);

    await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    const bought = await call('/api/purchases', {
      method: 'POST',
      token,
      body: { productId: 'm365-business-premium', quantity: 5 },
    });
    expect(bought).toMatchObject({
      status: 201,
      body: { productName: 'Microsoft 365 Business Premium', quantity: 5, partner: null },
    });
    const history = await call('/api/purchases', { token });
    expect(history.body.items[0]).toMatchObject({ productId: 'm365-business-premium' });
  });

  it('validates the order', async () => {
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    for (const body of [
      { productId: 'm365-business-basic', quantity: 0 },
      { productId: 'm365-business-basic', quantity: 1.5 },
      { productId: 'x' },
    ]) {
      expect((await call('/api/purchases', { method: 'POST', token, body })).status).toBe(400);
    }
    expect(
      (await call('/api/purchases', { method: 'POST', token, body: { productId: 'nope', quantity: 1 } }))
        .status,
    ).toBe(404);
  });
});
