import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { db, load } from '../db/db';
import type { GranularAdminRelationship, GranularAdminRelationshipPage } from '../../src/api/types';

const bellows = () => tokenFor('admin@bellowscollege.onmicrosoft.com', 'Bellows#2026');
const tailwind = () => tokenFor('admin@tailwindtraders.onmicrosoft.com', 'Tailwind#2026');
type Relationship = GranularAdminRelationship;
type Group = GranularAdminRelationshipPage['groups'][number];

function named(list: Relationship[], name: string): Relationship {
  const found = list.find((r) => r.displayName === name);
  if (!found) throw new Error(`No relationship named ${name}`);
  return found;
}

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
    expect(list.body.dapPartnerCount).toBe(1);
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

  it('lists by partner then name, searches partner and relationship names, filters by status and pages with group counts', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const token = await tailwind();
    const all = await call('/api/granular-admin-relationships', { token });
    expect(all.status).toBe(200);
    expect(all.body.totalCount).toBe(7);
    expect(all.body.dapPartnerCount).toBe(0);
    expect(
      all.body.items.map((r: Relationship) => `${r.partner.name}: ${r.displayName} (${r.status})`),
    ).toEqual([
      'Alpine IT Services: Alpine IT helpdesk (terminating)',
      'Alpine IT Services: Alpine IT reporting (active)',
      'Fabrikam Cloud Services: Fabrikam migration 2025 (terminated)',
      'Fabrikam Cloud Services: Fabrikam security review (expiring)',
      'Fabrikam Cloud Services: Fabrikam tier 1 support (active)',
      'Tailspin Toys Solutions: Tailspin onboarding (activating)',
      'Tailspin Toys Solutions: Tailspin pilot (expired)',
    ]);
    expect(all.body.groups.map((g: Group) => `${g.partnerName} (${g.count})`)).toEqual([
      'Alpine IT Services (2)',
      'Fabrikam Cloud Services (3)',
      'Tailspin Toys Solutions (2)',
    ]);

    const active = await call('/api/granular-admin-relationships?status=active,expiring', { token });
    expect(active.body.items.map((r: Relationship) => r.displayName)).toEqual([
      'Alpine IT reporting',
      'Fabrikam security review',
      'Fabrikam tier 1 support',
    ]);
    const searched = await call('/api/granular-admin-relationships?filter=PILOT', { token });
    expect(searched.body.items.map((r: Relationship) => r.displayName)).toEqual(['Tailspin pilot']);
    const byPartner = await call('/api/granular-admin-relationships?filter=tailspin&status=expired', {
      token,
    });
    expect(byPartner.body.totalCount).toBe(1);

    // A partner's group runs across pages: its count is the whole group's.
    const page = await call('/api/granular-admin-relationships?skip=2&top=2', { token });
    expect(page.body.totalCount).toBe(7);
    expect(page.body.items.map((r: Relationship) => r.displayName)).toEqual([
      'Fabrikam migration 2025',
      'Fabrikam security review',
    ]);
    expect(page.body.groups).toEqual([
      { partnerId: page.body.items[0].partner.id, partnerName: 'Fabrikam Cloud Services', count: 3 },
    ]);
  });

  it('refuses an unknown status, bad paging and a too long search, and changes nothing', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const token = await tailwind();
    for (const query of [
      'status=Active',
      'status=active,gone',
      'status=',
      'top=201',
      'skip=-1',
      `filter=${'x'.repeat(101)}`,
    ]) {
      const answer = await call(`/api/granular-admin-relationships?${query}`, { token });
      expect(answer.status, query).toBe(400);
      expect(answer.body.code, query).toBe('InvalidInput');
    }
    const status = await call('/api/granular-admin-relationships?status=nope', { token });
    expect(status.body.description).toBe(
      'status must be a comma-separated list of: activating, active, approvalPending, approved, created, expired, expiring, terminated, terminating, terminationRequested.',
    );
  });

  it('Remove roles ends an active relationship for a Global admin, keeps the reseller relationship, and only once', async () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const token = await tailwind();
    const list = (await call('/api/granular-admin-relationships', { token })).body.items as Relationship[];
    const tier1 = named(list, 'Fabrikam tier 1 support');
    const before = tier1.lastModifiedAt;
    const ended = await call(`/api/granular-admin-relationships/${tier1.id}/terminate`, {
      method: 'POST',
      token,
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ id: tier1.id, status: 'terminated', endedBy: 'customer' });
    expect(ended.body.lastModifiedAt).toBe('2026-12-01T09:00:00.000Z');
    expect(ended.body.lastModifiedAt).not.toBe(before);
    expect((await call(`/api/granular-admin-relationships/${tier1.id}`, { token })).body.status).toBe(
      'terminated',
    );
    const fabrikam = await call(`/api/partners/${tier1.partner.id}`, { token });
    expect(fabrikam.body.relationshipTypes).toEqual(['reseller']);
    // Its other relationship with Fabrikam is untouched.
    const review = named(list, 'Fabrikam security review');
    expect((await call(`/api/granular-admin-relationships/${review.id}`, { token })).body.status).toBe(
      'expiring',
    );

    const again = await call(`/api/granular-admin-relationships/${tier1.id}/terminate`, {
      method: 'POST',
      token,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('RelationshipNotActive');
    for (const name of ['Tailspin pilot', 'Tailspin onboarding', 'Alpine IT helpdesk']) {
      const other = named(list, name);
      const refused = await call(`/api/granular-admin-relationships/${other.id}/terminate`, {
        method: 'POST',
        token,
      });
      expect(refused.status, name).toBe(409);
      expect((await call(`/api/granular-admin-relationships/${other.id}`, { token })).body.status).toBe(
        other.status,
      );
    }
    const unknown = await call('/api/granular-admin-relationships/nope/terminate', { method: 'POST', token });
    expect(unknown.status).toBe(404);
  });

  it('lets only a Global admin remove roles, and not on another tenant’s relationship', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const billing = await tokenFor('billing@bellowscollege.onmicrosoft.com', 'Billing#2026');
    const [pending] = (await call('/api/granular-admin-relationships', { token: billing })).body.items;
    const refused = await call(`/api/granular-admin-relationships/${pending.id}/terminate`, {
      method: 'POST',
      token: billing,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('InsufficientRole');
    const admin = await bellows();
    const notYet = await call(`/api/granular-admin-relationships/${pending.id}/terminate`, {
      method: 'POST',
      token: admin,
    });
    expect(notYet.status).toBe(409);
    expect(
      (await call(`/api/granular-admin-relationships/${pending.id}`, { token: admin })).body.status,
    ).toBe('approvalPending');
    const anonymous = await call(`/api/granular-admin-relationships/${pending.id}/terminate`, {
      method: 'POST',
    });
    expect(anonymous.status).toBe(401);
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
