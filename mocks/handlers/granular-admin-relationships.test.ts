import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { db, load } from '../db/db';

const bellows = () => tokenFor('admin@bellowscollege.onmicrosoft.com', 'Bellows#2026');

describe('GDAP relationships, customer side, and the simulated clock', () => {
  it('shows a pending request with its partner, roles, and the DAP the partner still holds', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const token = await bellows();
    const list = await call('/api/granular-admin-relationships', { token });
    expect(list.body.totalCount).toBe(1);
    const [pending] = list.body.items;
    expect(pending).toMatchObject({
      displayName: 'Fabrikam managed services',
      status: 'approvalPending',
      partner: { name: 'Fabrikam Cloud Services' },
      durationDays: 730,
      approvalExpiresAt: '2027-02-26T10:00:00.000Z',
      partnerHoldsDap: true,
    });
    expect(pending.roles[0]).toEqual({
      id: '62e90394-69f5-4237-9190-012177145e10',
      key: 'globalAdministrator',
      name: 'Global Administrator',
    });
    const one = await call(`/api/granular-admin-relationships/${pending.id.toUpperCase()}`, { token });
    expect(one.body.id).toBe(pending.id);
    const unknown = await call('/api/granular-admin-relationships/nope', { token });
    expect(unknown.status).toBe(404);
  });

  it('moves the clock forward only, and time lapses a request not approved within 90 days', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const token = await bellows();
    const back = await call('/api/sim/clock', { method: 'POST', body: { now: '2026-11-01' } });
    expect(back.status).toBe(400);
    const bad = await call('/api/sim/clock', { method: 'POST', body: { now: '2027-02-30' } });
    expect(bad.status).toBe(400);
    const moved = await call('/api/sim/clock', { method: 'POST', body: { advanceDays: 30 } });
    expect(moved.body).toMatchObject({ now: '2026-12-31T09:00:00.000Z', fixedClock: true });
    const [stillPending] = (await call('/api/granular-admin-relationships', { token })).body.items;
    expect(stillPending.status).toBe('approvalPending');
    await call('/api/sim/clock', { method: 'POST', body: { now: '2027-02-26T10:00:00Z' } });
    const [lapsed] = (await call('/api/granular-admin-relationships', { token })).body.items;
    expect(lapsed.status).toBe('expired');
    const reset = await call('/api/sim/reset', { method: 'POST', body: {} });
    expect(reset.body).toMatchObject({ now: '2026-12-01T09:00:00.000Z', clockOffsetMs: 0 });
  });

  it('starts a dated scenario on its own day when the clock runs', async () => {
    load({ scenarioId: 'gdap-lifecycle' });
    const state = await call('/api/sim/state');
    expect(state.body.now.slice(0, 10)).toBe('2026-12-01');
    expect(state.body.fixedClock).toBe(false);
  });
});

describe('POST /api/granular-admin-relationships/{id}/approve', () => {
  const pendingId = async (token: string) =>
    (await call('/api/granular-admin-relationships', { token })).body.items[0].id as string;
  const approve = (id: string, token: string) =>
    call(`/api/granular-admin-relationships/${id}/approve`, { method: 'POST', token });

  it('lets a Global admin approve a pending request: active now, for its duration, once', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const token = await bellows();
    const id = await pendingId(token);
    const approved = await approve(id.toUpperCase(), token);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      id,
      status: 'active',
      activatedAt: '2026-12-01T09:00:00.000Z',
      // 730 days, and 2028 has a 29 February.
      endAt: '2028-11-30T09:00:00.000Z',
      lastModifiedAt: '2026-12-01T09:00:00.000Z',
      approvalExpiresAt: null,
    });
    const row = db().gdapRelationships.find((r) => r.id === id);
    expect(row).toMatchObject({ approvedBy: 'admin@bellowscollege.onmicrosoft.com', revision: 2 });

    const again = await approve(id, token);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'RelationshipNotPending' });
    expect(again.body.description).toMatch(/waiting for approval.*is active/);
    expect(db().gdapRelationships.find((r) => r.id === id)?.revision).toBe(2);
  });

  it('refuses anyone but a Global admin, an expired request, and an unknown id, changing nothing', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const billing = await tokenFor('billing@bellowscollege.onmicrosoft.com', 'Billing#2026');
    const id = await pendingId(billing);
    const refused = await approve(id, billing);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'InsufficientRole', data: ['globalAdmin'] });

    const token = await bellows();
    expect((await approve('nope', token)).status).toBe(404);
    expect((await call(`/api/granular-admin-relationships/${id}/approve`, { method: 'POST' })).status).toBe(
      401,
    );

    await call('/api/sim/clock', { method: 'POST', body: { advanceDays: 90 } });
    const late = await approve(id, token);
    expect(late.status).toBe(409);
    expect(late.body.description).toMatch(/is expired\.$/);
    expect(db().gdapRelationships.find((r) => r.id === id)).toMatchObject({
      status: 'expired',
      activatedAt: null,
      approvedBy: null,
    });
  });
});
