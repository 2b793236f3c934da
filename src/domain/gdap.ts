// Granular delegated admin privileges (GDAP): the Microsoft Entra roles a partner may ask for, durations, and
// how a relationship's status moves with actions and with time. Pure rules, shared by the mock backend (which
// stores and changes relationships) and the app (which shows them).

import type { AgentRole } from './partner-center';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The longest relationship Graph accepts (`P2Y`), and the shortest (`P1D`). */
export const MAX_DURATION_DAYS = 730;
export const MIN_DURATION_DAYS = 1;
/** What auto-extend adds when a relationship reaches its end date (`P180D`). */
export const AUTO_EXTEND_DAYS = 180;
/** A request the customer does nothing about is cleaned up this long after it was sent. */
export const REQUEST_LAPSE_DAYS = 90;
/** How long before its end date a relationship counts as expiring (the first reminder email goes out then). */
export const EXPIRING_WINDOW_DAYS = 30;
/** `displayName`: at most this many characters, unique for the partner. */
export const MAX_NAME_LENGTH = 50;

/** Graph's `delegatedAdminRelationshipStatus` (without `unknownFutureValue`). */
export const GDAP_STATUSES = [
  'activating',
  'active',
  'approvalPending',
  'approved',
  'created',
  'expired',
  'expiring',
  'terminated',
  'terminating',
  'terminationRequested',
] as const;
export type GdapStatus = (typeof GDAP_STATUSES)[number];

/** The admin center's Status filter on Partner relationships, in its order. */
export const CUSTOMER_STATUS_FILTER = [
  'activating',
  'active',
  'expired',
  'expiring',
  'terminated',
  'terminating',
] as const satisfies readonly GdapStatus[];

/** Statuses a customer sees at all: a relationship the partner has not sent yet is the partner's draft. */
export const isVisibleToCustomer = (status: GdapStatus) => status !== 'created';

/** Statuses in which the partner holds the roles (Remove roles applies). */
export const isInForce = (status: GdapStatus) => status === 'active' || status === 'expiring';

/**
 * Built-in Microsoft Entra roles a partner can request, with their real role definition ids (they are the
 * same in every tenant). Names are Entra's English names; the app shows them through i18n by `key`.
 */
export const ENTRA_ROLES = [
  { key: 'globalAdministrator', id: '62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' },
  {
    key: 'helpdeskAdministrator',
    id: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
    name: 'Helpdesk Administrator',
  },
  { key: 'userAdministrator', id: 'fe930be7-5e62-47db-91af-98c3a49a38b1', name: 'User Administrator' },
  { key: 'billingAdministrator', id: 'b0f54661-2d74-4c50-afa3-1ec803f12efe', name: 'Billing Administrator' },
  {
    key: 'applicationAdministrator',
    id: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
    name: 'Application Administrator',
  },
  {
    key: 'cloudApplicationAdministrator',
    id: '158c047a-c907-4556-b7ef-446551a6b5f7',
    name: 'Cloud Application Administrator',
  },
  {
    key: 'authenticationAdministrator',
    id: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
    name: 'Authentication Administrator',
  },
  { key: 'directoryReaders', id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', name: 'Directory Readers' },
  { key: 'directoryWriters', id: '9360feb5-f418-4baa-8175-e2a00bac4301', name: 'Directory Writers' },
  {
    key: 'exchangeAdministrator',
    id: '29232cdf-9323-42fd-ade2-1d097af3e4de',
    name: 'Exchange Administrator',
  },
  { key: 'globalReader', id: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', name: 'Global Reader' },
  { key: 'groupsAdministrator', id: 'fdd7a751-b60b-444a-984c-02652fe8fa1c', name: 'Groups Administrator' },
  { key: 'intuneAdministrator', id: '3a2c62db-5318-420d-8d74-23affee5d9d5', name: 'Intune Administrator' },
  { key: 'licenseAdministrator', id: '4d6ac14f-3453-41d0-bef9-a3e0c569773a', name: 'License Administrator' },
  {
    key: 'passwordAdministrator',
    id: '966707d0-3269-4727-9be2-8c3a10f19b9d',
    name: 'Password Administrator',
  },
  {
    key: 'privilegedAuthenticationAdministrator',
    id: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
    name: 'Privileged Authentication Administrator',
  },
  {
    key: 'privilegedRoleAdministrator',
    id: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
    name: 'Privileged Role Administrator',
  },
  { key: 'reportsReader', id: '4a5d8f65-41da-4de4-8968-e035b65339cf', name: 'Reports Reader' },
  {
    key: 'securityAdministrator',
    id: '194ae4cb-b126-40b2-bd5b-6091b380977d',
    name: 'Security Administrator',
  },
  {
    key: 'serviceSupportAdministrator',
    id: 'f023fd81-a637-4b56-95fd-791ac0226033',
    name: 'Service Support Administrator',
  },
  {
    key: 'sharePointAdministrator',
    id: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
    name: 'SharePoint Administrator',
  },
  { key: 'teamsAdministrator', id: '69091246-20e8-4a56-aa4d-066075b2a7a8', name: 'Teams Administrator' },
] as const;
export type EntraRole = (typeof ENTRA_ROLES)[number];
export type EntraRoleKey = EntraRole['key'];

export const GLOBAL_ADMINISTRATOR_ROLE_ID = '62e90394-69f5-4237-9190-012177145e10';

/**
 * Only an Admin agent requests, changes and ends GDAP relationships and assigns their roles; a Sales agent
 * or an agent without a role only reads them.
 */
export const canManageGdap = (agentRoles: readonly AgentRole[]) => agentRoles.includes('adminAgent');

/** The nine roles of a Microsoft-led (DAP → GDAP) relationship, in the docs' order. */
export const MICROSOFT_LED_ROLE_KEYS = [
  'directoryReaders',
  'directoryWriters',
  'globalReader',
  'licenseAdministrator',
  'serviceSupportAdministrator',
  'userAdministrator',
  'privilegedRoleAdministrator',
  'helpdeskAdministrator',
  'privilegedAuthenticationAdministrator',
] as const satisfies readonly EntraRoleKey[];

const rolesById = new Map<string, EntraRole>(ENTRA_ROLES.map((role) => [role.id, role]));

export function entraRoleById(id: string): EntraRole | undefined {
  return rolesById.get(id.toLowerCase());
}

export function entraRoleId(key: EntraRoleKey): string {
  const role = ENTRA_ROLES.find((r) => r.key === key);
  if (!role) throw new Error(`Unknown Entra role ${key}`);
  return role.id;
}

/**
 * Reads an ISO 8601 duration in years, weeks and days (`P730D`, `P2Y`, `P1Y30D`) and returns whole days, or
 * null when it is not one. A year is 365 days (`P2Y` = `P730D`, Graph's maximum). Months and times are
 * refused: their length in days is not fixed.
 */
export function parseDurationDays(value: string): number | null {
  const match = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/.exec(value.trim());
  if (!match || value.trim() === 'P') return null;
  const [, years = '0', weeks = '0', days = '0'] = match;
  return Number(years) * 365 + Number(weeks) * 7 + Number(days);
}

/** Whole days as Graph writes them back (`P730D`). */
export const formatDurationDays = (days: number) => `P${days}D`;

/** `autoExtendDuration`: `PT0S` and `P0D` mean no auto-extend, `P180D` means 180 days. Else null. */
export function parseAutoExtendDays(value: string): 0 | typeof AUTO_EXTEND_DAYS | null {
  const trimmed = value.trim();
  if (trimmed === 'PT0S' || trimmed === 'P0D') return 0;
  return parseDurationDays(trimmed) === AUTO_EXTEND_DAYS ? AUTO_EXTEND_DAYS : null;
}

export const isValidDurationDays = (days: number) =>
  Number.isInteger(days) && days >= MIN_DURATION_DAYS && days <= MAX_DURATION_DAYS;

/** Auto-extend is refused when Global Administrator is among the roles. */
export const canAutoExtend = (roleIds: readonly string[]) =>
  !roleIds.some((id) => id.toLowerCase() === GLOBAL_ADMINISTRATOR_ROLE_ID);

export const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/** The dates and status of a relationship that time and actions change. */
export interface GdapTimeline {
  status: GdapStatus;
  durationDays: number;
  autoExtendDays: number;
  /** When the partner sent it for approval (`lockForApproval`), or null. */
  requestedAt: string | null;
  activatedAt: string | null;
  /** activatedAt + duration, moved by auto-extend; null until active. */
  endAt: string | null;
  lastModifiedAt: string;
}

export type GdapAction = 'lockForApproval' | 'approve' | 'terminate';

/** Which statuses each action may start from. */
const ACTION_FROM: Record<GdapAction, readonly GdapStatus[]> = {
  lockForApproval: ['created'],
  approve: ['approvalPending'],
  terminate: ['active', 'expiring'],
};

export const canApply = (action: GdapAction, status: GdapStatus) => ACTION_FROM[action].includes(status);

/**
 * The timeline after an action at `now`, or null when the action does not apply in the current status.
 * Approval activates at once (the real service takes a few minutes in `activating`), and termination ends
 * at once, so that both seats of a demo see the outcome without waiting.
 */
export function applyGdapAction<T extends GdapTimeline>(
  timeline: T,
  action: GdapAction,
  now: Date,
): T | null {
  if (!canApply(action, timeline.status)) return null;
  const at = now.toISOString();
  switch (action) {
    case 'lockForApproval':
      return { ...timeline, status: 'approvalPending', requestedAt: at, lastModifiedAt: at };
    case 'approve': {
      const endAt = addDays(at, timeline.durationDays);
      return settleGdap({ ...timeline, status: 'active', activatedAt: at, endAt, lastModifiedAt: at }, now);
    }
    case 'terminate':
      // Graph's endDateTime is when the relationship became terminated or expired.
      return { ...timeline, status: 'terminated', endAt: at, lastModifiedAt: at };
  }
}

/**
 * The timeline as time has left it at `now`: an unapproved request lapses after 90 days, an active one turns
 * expiring 30 days before its end date and expired on it, unless auto-extend adds 180 days (as often as
 * needed). Returns the same object when nothing changed.
 */
export function settleGdap<T extends GdapTimeline>(timeline: T, now: Date): T {
  const time = now.getTime();
  if (timeline.status === 'approvalPending' && timeline.requestedAt) {
    const lapsesAt = addDays(timeline.requestedAt, REQUEST_LAPSE_DAYS);
    return time >= Date.parse(lapsesAt)
      ? { ...timeline, status: 'expired', lastModifiedAt: lapsesAt }
      : timeline;
  }
  if ((timeline.status !== 'active' && timeline.status !== 'expiring') || !timeline.endAt) return timeline;

  let endAt = timeline.endAt;
  if (timeline.autoExtendDays > 0) {
    while (time >= Date.parse(endAt)) endAt = addDays(endAt, timeline.autoExtendDays);
  }
  if (time >= Date.parse(endAt)) {
    return { ...timeline, status: 'expired', lastModifiedAt: endAt };
  }
  const expiring = timeline.autoExtendDays === 0 && Date.parse(endAt) - time <= EXPIRING_WINDOW_DAYS * DAY_MS;
  const status: GdapStatus = expiring ? 'expiring' : 'active';
  if (status === timeline.status && endAt === timeline.endAt) return timeline;
  const lastModifiedAt =
    endAt !== timeline.endAt ? addDays(endAt, -timeline.autoExtendDays) : timeline.lastModifiedAt;
  return { ...timeline, status, endAt, lastModifiedAt };
}

/**
 * Finishes the statuses the real service passes through in minutes (approved, activating, termination
 * requested, terminating): the simulator completes them when its clock is moved on.
 */
export function completeGdapTransitions<T extends GdapTimeline>(timeline: T, now: Date): T {
  const at = now.toISOString();
  switch (timeline.status) {
    case 'approved':
    case 'activating': {
      const activatedAt = timeline.activatedAt ?? at;
      const endAt = timeline.endAt ?? addDays(activatedAt, timeline.durationDays);
      return settleGdap({ ...timeline, status: 'active', activatedAt, endAt, lastModifiedAt: at }, now);
    }
    case 'terminationRequested':
    case 'terminating':
      return { ...timeline, status: 'terminated', endAt: at, lastModifiedAt: at };
    default:
      return settleGdap(timeline, now);
  }
}

/** Whole days from `now` to `iso` (rounded up: a relationship ending in 20 hours ends in 1 day). */
export function daysUntil(iso: string, now: Date): number {
  return Math.ceil((Date.parse(iso) - now.getTime()) / DAY_MS);
}

/** The name of a Microsoft-led relationship: `MLT_{8 hex of the partner}_{8 hex of the customer}_{8 digits}`. */
export function microsoftLedName(partnerTenantId: string, customerTenantId: string, digits: string): string {
  const hex = (id: string) => id.replace(/-/g, '').slice(0, 8).toLowerCase();
  return `MLT_${hex(partnerTenantId)}_${hex(customerTenantId)}_${digits.padStart(8, '0').slice(-8)}`;
}
