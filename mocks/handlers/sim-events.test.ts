import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { load } from '../db/db';

const bellows = () => tokenFor('admin@bellowscollege.onmicrosoft.com', 'Bellows#2026');

describe('GET /api/sim/events: the Partner Center webhook events raised so far', () => {
  it('lists nothing for a fresh scenario, then the approval and activation of a GDAP relationship, newest first', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const empty = await call('/api/sim/events');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ totalCount: 0, items: [], attributes: { objectType: 'Collection' } });

    const token = await bellows();
    const [pending] = (await call('/api/granular-admin-relationships', { token })).body.items;
    const approved = await call(`/api/granular-admin-relationships/${pending.id}/approve`, {
      method: 'POST',
      token,
    });
    expect(approved.status).toBe(200);

    const events = await call('/api/sim/events');
    expect(
      events.body.items.map((event: { payload: { EventName: string } }) => event.payload.EventName),
    ).toEqual(['granular-admin-relationship-activated', 'granular-admin-relationship-approved']);
    expect(events.body.items[1]).toMatchObject({
      partnerId: '3b33e682-00c3-41ee-9dd2-a548adf56438',
      payload: {
        EventName: 'granular-admin-relationship-approved',
        ResourceUri: `https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/${pending.id}`,
        ResourceName: 'granular-admin-relationship',
        AuditUri: null,
        ResourceChangeUtcDate: '2026-12-01T09:00:00.000Z',
      },
    });
    const { seq } = events.body.items[0];
    expect((await call(`/api/sim/events?since=${seq}`)).body.items).toEqual([]);
    expect((await call(`/api/sim/events?since=${seq - 1}`)).body.totalCount).toBe(2);
  });

  it('refuses a since that is not a number, and says when it answered on the simulated clock', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const bad = await call('/api/sim/events?since=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('InvalidInput');
    await call('/api/sim/clock', { method: 'POST', body: { advanceDays: 7 } });
    const later = await call('/api/sim/events');
    expect(later.headers.get('X-Simulated-Time')).toBe('2026-12-08T09:00:00.000Z');
  });
});
