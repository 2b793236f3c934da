// Partner Center webhook events, worked out from the simulator's domain events (mocks/db/events.ts): the
// events Partner Center would POST to a partner's registered URL after each action. Event names and the
// payload's fields are Partner Center's (developer/partner-center-webhook-events); the ResourceUri of each
// event and its ResourceName are the simulator's reading of the docs' "{resource}-{action}" form.

/** The webhook events the simulator raises (the Partner Center docs list more). */
export const WEBHOOK_EVENT_NAMES = [
  'reseller-relationship-accepted-by-customer',
  'dap-admin-relationship-approved',
  'dap-admin-relationship-terminated',
  'granular-admin-relationship-approved',
  'granular-admin-relationship-activated',
  'granular-admin-relationship-terminated',
  'granular-admin-relationship-expired',
  'granular-admin-access-assignment-created',
  'granular-admin-access-assignment-activated',
  'granular-admin-access-assignment-updated',
  'granular-admin-access-assignment-deleted',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];

/** What Partner Center POSTs, field for field. */
export interface WebhookPayload {
  EventName: WebhookEventName;
  ResourceUri: string;
  ResourceName: string;
  /** The audit record's URI; the simulator keeps no audit records. */
  AuditUri: string | null;
  ResourceChangeUtcDate: string;
}

/** One webhook event as `GET /api/sim/events` lists it. */
export interface WebhookEvent {
  /** `<seq>-<n>`: one domain event may raise several webhook events. */
  id: string;
  /** The domain event's sequence number (`?since=` compares with it). */
  seq: number;
  /** The partner the event is delivered to. */
  partnerId: string | null;
  tenantId: string | null;
  payload: WebhookPayload;
}

/** The fields of a domain event (mocks/db/schema.ts `domainEventRow`) the mapping reads. */
export interface DomainEventLike {
  seq: number;
  at: string;
  type: string;
  tenantId: string | null;
  partnerId: string | null;
  resourceId: string | null;
  data: Record<string, string | number | boolean | string[]>;
}

export const PARTNER_CENTER_BASE = 'https://api.partnercenter.microsoft.com';
export const GRAPH_BASE = 'https://graph.microsoft.com';
const GDAP_PATH = '/v1.0/tenantRelationships/delegatedAdminRelationships';

const customerUri = (tenantId: string | null) => `${PARTNER_CENTER_BASE}/v1/customers/${tenantId ?? ''}`;
const gdapUri = (id: string | null) => `${GRAPH_BASE}${GDAP_PATH}/${id ?? ''}`;
const assignmentUri = (event: DomainEventLike) =>
  `${gdapUri(event.resourceId)}/accessAssignments/${String(event.data.assignmentId ?? '')}`;

/** The resource part of an event name: `granular-admin-relationship-approved` → `granular-admin-relationship`. */
const RESOURCE_NAMES: Record<WebhookEventName, string> = {
  'reseller-relationship-accepted-by-customer': 'reseller-relationship',
  'dap-admin-relationship-approved': 'dap-admin-relationship',
  'dap-admin-relationship-terminated': 'dap-admin-relationship',
  'granular-admin-relationship-approved': 'granular-admin-relationship',
  'granular-admin-relationship-activated': 'granular-admin-relationship',
  'granular-admin-relationship-terminated': 'granular-admin-relationship',
  'granular-admin-relationship-expired': 'granular-admin-relationship',
  'granular-admin-access-assignment-created': 'granular-admin-access-assignment',
  'granular-admin-access-assignment-activated': 'granular-admin-access-assignment',
  'granular-admin-access-assignment-updated': 'granular-admin-access-assignment',
  'granular-admin-access-assignment-deleted': 'granular-admin-access-assignment',
};

const RESELLER_TYPES = new Set(['reseller', 'indirectReseller']);

/** Which webhook events a domain event raises, and the URI of the resource each is about. */
function raised(event: DomainEventLike): [WebhookEventName, string][] {
  switch (event.type) {
    case 'relationshipAccepted': {
      const types = Array.isArray(event.data.types) ? event.data.types : [];
      const out: [WebhookEventName, string][] = [];
      if (types.some((type) => RESELLER_TYPES.has(type)))
        out.push(['reseller-relationship-accepted-by-customer', customerUri(event.tenantId)]);
      if (event.data.delegatedAdmin === true)
        out.push(['dap-admin-relationship-approved', customerUri(event.tenantId)]);
      return out;
    }
    case 'delegatedAdminRemoved':
      return [['dap-admin-relationship-terminated', customerUri(event.tenantId)]];
    // The simulator activates an approved relationship at once: Partner Center raises both.
    case 'gdapApproved':
      return [
        ['granular-admin-relationship-approved', gdapUri(event.resourceId)],
        ['granular-admin-relationship-activated', gdapUri(event.resourceId)],
      ];
    case 'gdapTerminated':
      return [['granular-admin-relationship-terminated', gdapUri(event.resourceId)]];
    case 'gdapExpired':
      return [['granular-admin-relationship-expired', gdapUri(event.resourceId)]];
    // An assignment is `pending` when created and active when next read: both events at once.
    case 'accessAssignmentCreated':
      return [
        ['granular-admin-access-assignment-created', assignmentUri(event)],
        ['granular-admin-access-assignment-activated', assignmentUri(event)],
      ];
    case 'accessAssignmentUpdated':
      return [['granular-admin-access-assignment-updated', assignmentUri(event)]];
    case 'accessAssignmentDeleted':
      return [['granular-admin-access-assignment-deleted', assignmentUri(event)]];
    default:
      return [];
  }
}

/** The webhook events of one domain event, in the order Partner Center would send them. */
export function webhookEventsOf(event: DomainEventLike): WebhookEvent[] {
  return raised(event).map(([name, uri], index) => ({
    id: `${event.seq}-${index + 1}`,
    seq: event.seq,
    partnerId: event.partnerId,
    tenantId: event.tenantId,
    payload: {
      EventName: name,
      ResourceUri: uri,
      ResourceName: RESOURCE_NAMES[name],
      AuditUri: null,
      ResourceChangeUtcDate: event.at,
    },
  }));
}

/** The webhook events of many domain events (oldest first in, newest first out). */
export function webhookEventsNewestFirst(events: readonly DomainEventLike[]): WebhookEvent[] {
  return events.flatMap(webhookEventsOf).reverse();
}
