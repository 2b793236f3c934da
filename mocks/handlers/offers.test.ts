import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../tests/api';
import { adele } from '../../tests/partner-center';
import { load } from '../db/db';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('GET /v1/offers', () => {
  it('lists the offers a partner can order, in the collection envelope', async () => {
    const offers = await call('/v1/offers?country=US', { token: await adele() });
    expect(offers.status).toBe(200);
    expect(offers.body.attributes).toEqual({ objectType: 'Collection' });
    expect(offers.body.items[0]).toMatchObject({
      id: 'm365-business-basic',
      name: 'Microsoft 365 Business Basic',
      attributes: { objectType: 'Offer' },
    });
  });

  it('prices the offers in the currency of the customer’s country', async () => {
    const token = await adele();
    const price = async (country: string) =>
      (await call(`/v1/offers?country=${country}`, { token })).body.items[0];
    expect(await price('IT')).toMatchObject({ unitPrice: 5.6, currency: 'EUR' });
    expect(await price('GB')).toMatchObject({ unitPrice: 4.9, currency: 'GBP' });
    expect(await price('US')).toMatchObject({ unitPrice: 6, currency: 'USD' });
  });
});
