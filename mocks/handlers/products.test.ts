import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';

describe('GET /api/products', () => {
  it('lists the Purchase services catalog to a signed-in customer, and to no one else', async () => {
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    const result = await call('/api/products', { token });
    expect(result.status).toBe(200);
    expect(result.body.items.map((p: { id: string }) => p.id)).toContain('azure-plan');
    expect((await call('/api/products')).status).toBe(401);
  });

  it('prices the catalog in the tenant’s currency (EUR for an Italian tenant)', async () => {
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    const basic = (await call('/api/products', { token })).body.items[0];
    expect(basic).toMatchObject({ id: 'm365-business-basic', monthlyPrice: 5.6, currency: 'EUR' });
  });
});
