import { db, now } from './db';
import { deliverMail } from './mail';
import type { DomainEventRow, DomainEventType } from './schema';

// The record of business events (see `domainEventRow` in schema.ts). Writes call `emit` once per event.

export interface NewDomainEvent {
  tenantId?: string | null;
  partnerId?: string | null;
  resourceId?: string | null;
  actorId?: string | null;
  data?: DomainEventRow['data'];
  /** When it happened, if not now (time-driven events happen at the instant the clock passed). */
  at?: string;
}

export function emit(type: DomainEventType, event: NewDomainEvent = {}): DomainEventRow {
  const events = db().events;
  const row: DomainEventRow = {
    seq: (events.at(-1)?.seq ?? 0) + 1,
    at: event.at ?? now().toISOString(),
    type,
    tenantId: event.tenantId ?? null,
    partnerId: event.partnerId ?? null,
    resourceId: event.resourceId ?? null,
    actorId: event.actorId ?? null,
    data: event.data ?? {},
  };
  events.push(row);
  // The emails the event sends are part of it (the simulated mailboxes).
  deliverMail(row);
  return row;
}

/** The events after `seq` (all of them by default), oldest first. */
export function eventsSince(seq = 0): DomainEventRow[] {
  return db().events.filter((event) => event.seq > seq);
}
