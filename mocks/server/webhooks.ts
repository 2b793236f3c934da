import { webhookEventsOf, type WebhookPayload } from '../../src/domain/webhook-events';
import { db } from '../db/db';
import type { DomainEventRow } from '../db/schema';

// `npm run api -- --webhook-url <url>`: after each request, every Partner Center webhook event the request
// raised (src/domain/webhook-events.ts, from the domain events) is POSTed to the URL as JSON, one event per
// POST, in order, as Partner Center posts to a partner's registered URL. A receiver that fails, answers an
// error or is not there is logged and never breaks the API.

export interface WebhookLog {
  info: (message: string) => void;
  warn: (message: string) => void;
}

export interface WebhookDispatcher {
  /** Sends what was raised since the last call; resolves when those POSTs are done (or failed). */
  deliverNew: () => Promise<void>;
}

const TIMEOUT_MS = 5000;

/** Whether a webhook URL can be used: http or https, nothing else. */
export function isWebhookUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function createWebhookDispatcher(url: string, log: WebhookLog = console): WebhookDispatcher {
  // The events table at hand and how far it was sent. Reset demo (or an import) replaces the table: its rows
  // are then history, not news, and sending starts after them.
  let table: DomainEventRow[] = db().events;
  let sentUpTo = table.at(-1)?.seq ?? 0;
  let queue: Promise<void> = Promise.resolve();

  async function post(payload: WebhookPayload): Promise<void> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (response.ok) log.info(`Webhook ${payload.EventName} → ${url}: ${response.status}`);
      else log.warn(`Webhook ${payload.EventName} → ${url} answered ${response.status}.`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log.warn(`Webhook ${payload.EventName} → ${url} failed: ${reason}`);
    }
  }

  return {
    deliverNew() {
      const current = db().events;
      if (current !== table) {
        table = current;
        sentUpTo = table.at(-1)?.seq ?? 0;
        return queue;
      }
      const fresh = table.filter((event) => event.seq > sentUpTo);
      if (fresh.length === 0) return queue;
      sentUpTo = fresh.at(-1)?.seq ?? sentUpTo;
      const payloads = fresh.flatMap(webhookEventsOf).map((event) => event.payload);
      queue = queue.then(async () => {
        for (const payload of payloads) await post(payload);
      });
      return queue;
    },
  };
}
