import { http } from 'msw';
import { PRODUCTS } from '../db/reference-data';
import { collection, route } from '../lib/route';

export const productHandlers = [
  // The Purchase services catalog.
  http.get(
    '*/api/products',
    route(() => collection([...PRODUCTS])),
  ),
];
