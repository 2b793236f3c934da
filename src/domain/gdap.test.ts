import { describe, expect, it } from 'vitest';
import {
  ENTRA_ROLES,
  MICROSOFT_LED_ROLE_KEYS,
  applyGdapAction,
  canAutoExtend,
  completeGdapTransitions,
  daysUntil,
  entraRoleById,
  entraRoleId,
  isValidDurationDays,
  microsoftLedName,
  parseAutoExtendDays,
  parseDurationDays,
  settleGdap,
  type GdapTimeline,
} from './gdap';

const at = (iso: string) => new Date(iso);
const draft: GdapTimeline = {
  status: 'created',
  durationDays: 730,
  autoExtendDays: 0,
  requestedAt: null,
  activatedAt: null,
  endAt: null,
  lastModifiedAt: '2026-01-01T00:00:00.000Z',
};

describe('durations', () => {
  it('reads days, weeks and years, a year being 365 days', () => {
    expect(parseDurationDays('P730D')).toBe(730);
    expect(parseDurationDays('P2Y')).toBe(730);
    expect(parseDurationDays('P1Y30D')).toBe(395);
    expect(parseDurationDays('P2W')).toBe(14);
  });

  it('refuses what is not a duration in days', () => {
    for (const value of ['', 'P', '730', 'P1M', 'PT24H', 'P-1D', 'P1.5D', 'days']) {
      expect(parseDurationDays(value), value).toBeNull();
    }
  });

  it('accepts 1 to 730 whole days', () => {
    expect([0, 1, 730, 731, 1.5].map(isValidDurationDays)).toEqual([false, true, true, false, false]);
  });

  it('knows the auto-extend values Graph accepts', () => {
    expect(['PT0S', 'P0D', 'P180D', 'P90D', 'x'].map(parseAutoExtendDays)).toEqual([0, 0, 180, null, null]);
  });

  it('refuses auto-extend with Global Administrator among the roles', () => {
    expect(canAutoExtend([entraRoleId('helpdeskAdministrator')])).toBe(true);
    expect(canAutoExtend([entraRoleId('userAdministrator'), entraRoleId('globalAdministrator')])).toBe(false);
  });

  it('counts whole days left, rounding up', () => {
    expect(daysUntil('2026-01-02T12:00:00Z', at('2026-01-01T00:00:00Z'))).toBe(2);
  });
});

describe('roles', () => {
  it('has unique keys and ids, found by id in any case', () => {
    expect(new Set(ENTRA_ROLES.map((r) => r.id)).size).toBe(ENTRA_ROLES.length);
    expect(new Set(ENTRA_ROLES.map((r) => r.key)).size).toBe(ENTRA_ROLES.length);
    expect(entraRoleById('62E90394-69F5-4237-9190-012177145E10')?.name).toBe('Global Administrator');
  });

  it('names a Microsoft-led relationship after both tenants, with nine roles', () => {
    expect(MICROSOFT_LED_ROLE_KEYS).toHaveLength(9);
    expect(
      microsoftLedName(
        '3b33e682-00c3-41ee-9dd2-a548adf56438',
        'c0a1e5b2-0013-4a6e-9b1c-000000000013',
        '1234',
      ),
    ).toBe('MLT_3b33e682_c0a1e5b2_00001234');
  });
});

describe('status machine', () => {
  it('goes created → approvalPending → active, ending after the duration', () => {
    const sent = applyGdapAction(draft, 'lockForApproval', at('2026-02-01T10:00:00Z'));
    expect(sent).toMatchObject({ status: 'approvalPending', requestedAt: '2026-02-01T10:00:00.000Z' });
    const approved = sent && applyGdapAction(sent, 'approve', at('2026-02-03T10:00:00Z'));
    expect(approved).toMatchObject({
      status: 'active',
      activatedAt: '2026-02-03T10:00:00.000Z',
      endAt: '2028-02-03T10:00:00.000Z',
    });
  });

  it('refuses an action from the wrong status', () => {
    expect(applyGdapAction(draft, 'approve', at('2026-02-01T00:00:00Z'))).toBeNull();
    expect(applyGdapAction(draft, 'terminate', at('2026-02-01T00:00:00Z'))).toBeNull();
    const active = { ...draft, status: 'active' as const, endAt: '2027-01-01T00:00:00Z' };
    expect(applyGdapAction(active, 'lockForApproval', at('2026-02-01T00:00:00Z'))).toBeNull();
    expect(applyGdapAction(active, 'terminate', at('2026-02-01T00:00:00Z'))?.status).toBe('terminated');
  });

  it('ends a terminated relationship on the day it was ended, as Graph sets endDateTime', () => {
    const active = { ...draft, status: 'active' as const, endAt: '2027-01-01T00:00:00Z' };
    expect(applyGdapAction(active, 'terminate', at('2026-02-01T00:00:00Z'))?.endAt).toBe(
      '2026-02-01T00:00:00.000Z',
    );
    const terminating = { ...active, status: 'terminating' as const };
    expect(completeGdapTransitions(terminating, at('2026-03-01T00:00:00Z')).endAt).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });

  it('lapses a request not approved within 90 days', () => {
    const pending = { ...draft, status: 'approvalPending' as const, requestedAt: '2026-01-01T00:00:00.000Z' };
    expect(settleGdap(pending, at('2026-03-31T23:59:59Z'))).toBe(pending);
    expect(settleGdap(pending, at('2026-04-01T00:00:00Z'))).toMatchObject({
      status: 'expired',
      lastModifiedAt: '2026-04-01T00:00:00.000Z',
    });
  });

  it('turns expiring 30 days before the end and expired on it', () => {
    const active = {
      ...draft,
      status: 'active' as const,
      activatedAt: '2025-01-01T00:00:00.000Z',
      endAt: '2026-01-01T00:00:00.000Z',
    };
    expect(settleGdap(active, at('2025-12-01T00:00:01Z')).status).toBe('active');
    expect(settleGdap(active, at('2025-12-02T00:00:00Z')).status).toBe('expiring');
    expect(settleGdap(active, at('2026-01-01T00:00:00Z'))).toMatchObject({
      status: 'expired',
      lastModifiedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('auto-extends by 180 days as often as time requires, never showing expiring', () => {
    const active = {
      ...draft,
      status: 'active' as const,
      autoExtendDays: 180,
      activatedAt: '2025-01-01T00:00:00.000Z',
      endAt: '2026-01-01T00:00:00.000Z',
    };
    expect(settleGdap(active, at('2025-12-31T00:00:00Z'))).toBe(active);
    expect(settleGdap(active, at('2026-08-01T00:00:00Z'))).toMatchObject({
      status: 'active',
      endAt: '2026-12-27T00:00:00.000Z',
      lastModifiedAt: '2026-06-30T00:00:00.000Z',
    });
  });

  it('completes the in-between statuses when the clock moves', () => {
    const activating = { ...draft, status: 'activating' as const };
    expect(completeGdapTransitions(activating, at('2026-01-02T00:00:00Z'))).toMatchObject({
      status: 'active',
      activatedAt: '2026-01-02T00:00:00.000Z',
      endAt: '2028-01-02T00:00:00.000Z',
    });
    const terminating = { ...draft, status: 'terminating' as const };
    expect(completeGdapTransitions(terminating, at('2026-01-02T00:00:00Z')).status).toBe('terminated');
  });
});
