import { http } from 'msw';
import { productsFor } from '../db/reference-data';
import { collection, route } from '../lib/route';

export const productHandlers = [
  // The Purchase services catalog, priced in the currency of the tenant's country.
  http.get(
    '*/api/products',
    route(({ session: { tenant } }) => collection(productsFor(tenant.country))),
  ),
];
