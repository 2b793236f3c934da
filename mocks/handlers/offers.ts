import { http } from 'msw';
import type { Offer } from '../../src/api/types';
import { PRODUCTS } from '../db/reference-data';
import { collection, partnerRoute } from '../lib/route';

export const offerHandlers = [
  // Partner Center: the offers a partner can order (the simulator's small catalog).
  http.get(
    '*/v1/offers',
    partnerRoute(() =>
      collection(
        PRODUCTS.map((product): Offer => ({
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
