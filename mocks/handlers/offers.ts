import { http } from 'msw';
import type { Offer } from '../../src/api/types';
import { productsFor } from '../db/reference-data';
import { collection, partnerRoute } from '../lib/route';

export const offerHandlers = [
  // Partner Center: the offers a partner can order (the simulator's small catalog), priced in the currency
  // of the customer's country (Partner Center's `country` parameter; US without it).
  http.get(
    '*/v1/offers',
    partnerRoute(({ url }) =>
      collection(
        productsFor(url.searchParams.get('country') ?? 'US').map((product): Offer => ({
          id: product.id,
          name: product.name,
          category: product.kind,
          unitPrice: product.monthlyPrice,
          currency: product.currency,
          attributes: { objectType: 'Offer' },
        })),
      ),
    ),
  ),
];
