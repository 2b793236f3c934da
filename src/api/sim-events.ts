import type { WebhookEvent } from '../domain/webhook-events';
import { apiRequest } from './client';
import type { Collection } from './types';

/** The webhook events raised so far, newest first; not listed in API activity (the panel reads them itself). */
export const getWebhookEvents = (signal?: AbortSignal) =>
  apiRequest<Collection<WebhookEvent>>('/api/sim/events', { signal, quiet: true });
