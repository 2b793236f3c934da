import { apiRequest } from './client';
import type { BillingAccount, Collection, Product, Purchase } from './types';

export const getBillingAccounts = (signal?: AbortSignal) =>
  apiRequest<Collection<BillingAccount>>('/api/billing-accounts', { signal });

export const getProducts = (signal?: AbortSignal) =>
  apiRequest<Collection<Product>>('/api/products', { signal });

export const getPurchases = (signal?: AbortSignal) =>
  apiRequest<Collection<Purchase>>('/api/purchases', { signal });

export const createPurchase = (productId: string, quantity: number) =>
  apiRequest<Purchase>('/api/purchases', { method: 'POST', body: { productId, quantity } });
