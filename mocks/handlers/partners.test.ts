import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { load } from '../db/db';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';

describe('partners API', () => {
  it('lists the tenant’s partners in the collection envelope, sorted by name', async () => {
    load({ scenarioId: 'six-partners' });
    const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
    const result = await call('/api/partners', { token });
    expect(result.body.totalCount).toBe(6);
    expect(result.body.attributes).toEqual({ objectType: 'Collection' });
    expect(result.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Alpine IT Services',
      'Contoso Distribution',
      'Fabrikam Cloud Services',
      'Lucerne Advisory',
      'Proseware Partners',
      'Trey Research Services',
    ]);
  });

  it('removes delegated admin roles and keeps the relationship', async () => {
    load({ scenarioId: 'six-partners' });
    const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
    const removed = await call(`/api/partners/${FABRIKAM}/roles`, { method: 'DELETE', token });
    expect(removed.body).toMatchObject({ relationshipTypes: ['reseller'], roles: [] });
    const again = await call(`/api/partners/${FABRIKAM}/roles`, { method: 'DELETE', token });
    expect(again.status).toBe(400);
  });

  it('filters and pages 5,000 partners', async () => {
    load({ scenarioId: 'many-partners' });
    const token = await tokenFor('admin@margiestravel.onmicrosoft.com', 'Margies#2026');
    const first = await call('/api/partners?top=50', { token });
    expect(first.body.totalCount).toBe(5000);
    expect(first.body.items).toHaveLength(50);
    const filtered = await call('/api/partners?filter=4999', { token });
    expect(filtered.body.totalCount).toBe(1);
    expect(filtered.body.items[0].name).toMatch(/4999$/);
    expect((await call('/api/partners?top=500', { token })).status).toBe(400);
    expect((await call('/api/partners?skip=-1', { token })).status).toBe(400);
    expect((await call(`/api/partners?filter=${'x'.repeat(101)}`, { token })).status).toBe(400);
  });

  it('does not show another tenant’s partner', async () => {
    load({ scenarioId: 'existing-customer' });
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    expect((await call(`/api/partners/${FABRIKAM}`, { token })).status).toBe(404);
  });
});
