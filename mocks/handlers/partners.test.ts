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

  it('filters by relationship type, and refuses an unknown type', async () => {
    load({ scenarioId: 'six-partners' });
    const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
    const advisors = await call('/api/partners?relationshipType=advisor,indirectProvider', { token });
    expect(advisors.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Contoso Distribution',
      'Lucerne Advisory',
    ]);
    expect(advisors.body.totalCount).toBe(2);
    const unknown = await call('/api/partners?relationshipType=advisor,owner', { token });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('InvalidInput');
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

describe('GET /api/partners paging parameters', () => {
  it.each(['0x10', '1e2', '', ' 5', '5.0', '+5', '-0', '1_0'])(
    'refuses top=%j: only plain decimal integers',
    async (top) => {
      load({ scenarioId: 'six-partners' });
      const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
      const result = await call(`/api/partners?top=${encodeURIComponent(top)}`, { token });
      expect([result.status, result.body.code]).toEqual([400, 'InvalidInput']);
      const skip = await call(`/api/partners?skip=${encodeURIComponent(top)}`, { token });
      expect([skip.status, skip.body.code]).toEqual([400, 'InvalidInput']);
    },
  );

  it('accepts plain decimal integers in range', async () => {
    load({ scenarioId: 'six-partners' });
    const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
    const result = await call('/api/partners?top=2&skip=0', { token });
    expect([result.status, result.body.items.length]).toEqual([200, 2]);
    expect((await call('/api/partners?top=200', { token })).status).toBe(200);
    expect((await call('/api/partners?top=201', { token })).status).toBe(400);
  });
});
