import { describe, expect, it } from 'vitest';
import { webhookEventsNewestFirst, webhookEventsOf, type DomainEventLike } from './webhook-events';

const TENANT = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';
const PARTNER = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const GDAP = `5e1a0000-0000-4000-8000-000000000001-${TENANT}`;
const GRAPH = 'https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships';
const CUSTOMER = `https://api.partnercenter.microsoft.com/v1/customers/${TENANT}`;

const event = (type: string, data: DomainEventLike['data'] = {}, resourceId: string | null = GDAP) => ({
  seq: 7,
  at: '2026-12-01T09:00:00.000Z',
  type,
  tenantId: TENANT,
  partnerId: PARTNER,
  resourceId,
  data,
});

const names = (e: DomainEventLike) =>
  webhookEventsOf(e).map((w) => [w.payload.EventName, w.payload.ResourceUri]);

describe('webhook events from domain events', () => {
  it.each([
    [
      'relationshipAccepted',
      { types: ['reseller'], delegatedAdmin: false },
      [['reseller-relationship-accepted-by-customer', CUSTOMER]],
    ],
    [
      'relationshipAccepted',
      { types: ['indirectReseller', 'delegatedAdmin'], delegatedAdmin: true },
      [
        ['reseller-relationship-accepted-by-customer', CUSTOMER],
        ['dap-admin-relationship-approved', CUSTOMER],
      ],
    ],
    ['relationshipAccepted', { types: ['indirectProvider'], delegatedAdmin: false }, []],
    ['delegatedAdminRemoved', {}, [['dap-admin-relationship-terminated', CUSTOMER]]],
    [
      'gdapApproved',
      {},
      [
        ['granular-admin-relationship-approved', `${GRAPH}/${GDAP}`],
        ['granular-admin-relationship-activated', `${GRAPH}/${GDAP}`],
      ],
    ],
    [
      'gdapTerminated',
      { endedBy: 'customer' },
      [['granular-admin-relationship-terminated', `${GRAPH}/${GDAP}`]],
    ],
    ['gdapExpired', {}, [['granular-admin-relationship-expired', `${GRAPH}/${GDAP}`]]],
    [
      'accessAssignmentCreated',
      { assignmentId: 'a1' },
      [
        ['granular-admin-access-assignment-created', `${GRAPH}/${GDAP}/accessAssignments/a1`],
        ['granular-admin-access-assignment-activated', `${GRAPH}/${GDAP}/accessAssignments/a1`],
      ],
    ],
    [
      'accessAssignmentUpdated',
      { assignmentId: 'a1' },
      [['granular-admin-access-assignment-updated', `${GRAPH}/${GDAP}/accessAssignments/a1`]],
    ],
    [
      'accessAssignmentDeleted',
      { assignmentId: 'a1' },
      [['granular-admin-access-assignment-deleted', `${GRAPH}/${GDAP}/accessAssignments/a1`]],
    ],
  ] as const)('%s %j raises %j', (type, data, expected) => {
    expect(names(event(type, data as DomainEventLike['data']))).toEqual(expected);
  });

  it.each([
    'customerCreated',
    'mcaAttested',
    'mcaAccepted',
    'gdapCreated',
    'gdapLockedForApproval',
    'gdapRequestLapsed',
    'gdapExpiryReminder',
    'orderPlaced',
    'passwordChanged',
  ])('%s raises none (no Partner Center webhook event for it)', (type) => {
    expect(webhookEventsOf(event(type))).toEqual([]);
  });

  it('carries the payload fields Partner Center posts, and ids that tell events of one action apart', () => {
    const [approved, activated] = webhookEventsOf(event('gdapApproved'));
    expect(approved).toEqual({
      id: '7-1',
      seq: 7,
      partnerId: PARTNER,
      tenantId: TENANT,
      payload: {
        EventName: 'granular-admin-relationship-approved',
        ResourceUri: `${GRAPH}/${GDAP}`,
        ResourceName: 'granular-admin-relationship',
        AuditUri: null,
        ResourceChangeUtcDate: '2026-12-01T09:00:00.000Z',
      },
    });
    expect(activated?.id).toBe('7-2');
  });

  it('lists the newest first', () => {
    const list = webhookEventsNewestFirst([
      { ...event('gdapApproved'), seq: 1 },
      { ...event('gdapTerminated'), seq: 2 },
    ]);
    expect(list.map((w) => w.id)).toEqual(['2-1', '1-2', '1-1']);
  });
});
