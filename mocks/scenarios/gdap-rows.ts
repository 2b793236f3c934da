import { addDays, entraRoleId, type EntraRoleKey, type GdapStatus } from '../../src/domain/gdap';
import type { GdapRelationshipRow, PartnerRow, TenantRow } from '../db/schema';

// Builders of seeded GDAP relationships. Ids are Graph's shape: a relationship GUID, then the customer's
// tenant id.

export interface GdapSeed {
  /** Distinguishes the relationship's GUID (1–0xffffffff). */
  serial: number;
  partner: PartnerRow;
  tenant: TenantRow;
  displayName: string;
  roles: readonly EntraRoleKey[];
  status: GdapStatus;
  createdAt: string;
  /** When the partner sent it (lockForApproval); defaults to 10 minutes after creation. */
  requestedAt?: string;
  activatedAt?: string;
  durationDays?: number;
  autoExtendDays?: number;
  lastModifiedAt?: string;
  endedBy?: GdapRelationshipRow['endedBy'];
  approvedBy?: string;
}

export function gdapRelationship(seed: GdapSeed): GdapRelationshipRow {
  const durationDays = seed.durationDays ?? 730;
  const requestedAt =
    seed.status === 'created' ? null : (seed.requestedAt ?? addDays(seed.createdAt, 1 / 144));
  const activatedAt = seed.activatedAt ?? null;
  const serial = seed.serial.toString(16).padStart(8, '0');
  return {
    id: `${serial}-6da9-4d1e-8a1c-${seed.partner.id.slice(-12)}-${seed.tenant.id}`,
    partnerId: seed.partner.id,
    tenantId: seed.tenant.id,
    displayName: seed.displayName,
    durationDays,
    autoExtendDays: seed.autoExtendDays ?? 0,
    roleIds: seed.roles.map(entraRoleId),
    status: seed.status,
    createdAt: seed.createdAt,
    lastModifiedAt: seed.lastModifiedAt ?? activatedAt ?? requestedAt ?? seed.createdAt,
    requestedAt,
    activatedAt,
    // A terminated relationship ended when it was terminated (Graph's endDateTime), not at its planned end.
    endAt:
      seed.status === 'terminated'
        ? (seed.lastModifiedAt ?? null)
        : activatedAt
          ? addDays(activatedAt, durationDays)
          : null,
    approvedBy: seed.approvedBy ?? null,
    endedBy: seed.endedBy ?? null,
    revision: 1,
    requests: [],
    accessAssignments: [],
  };
}

const BULK_ROLE_SETS: readonly (readonly EntraRoleKey[])[] = [
  ['helpdeskAdministrator', 'userAdministrator'],
  ['globalReader'],
  [
    'helpdeskAdministrator',
    'licenseAdministrator',
    'serviceSupportAdministrator',
    'userAdministrator',
    'globalReader',
    'directoryReaders',
  ],
  ['exchangeAdministrator', 'teamsAdministrator', 'sharePointAdministrator'],
];

/**
 * GDAP relationships for the bulk tenants: one for each of the first `count` partners, in statuses that time
 * does not change for years (active until 2028, or already ended), so the lists stay the same on any day.
 */
export function bulkGdapRelationships(tenant: TenantRow, partners: readonly PartnerRow[], count: number) {
  return partners.slice(0, count).map((partner, index) => {
    const roles = BULK_ROLE_SETS[index % BULK_ROLE_SETS.length] ?? ['globalReader'];
    const day = String((index % 28) + 1).padStart(2, '0');
    const kind = index % 10;
    const common = { serial: 0x10000 + index, partner, tenant, roles, displayName: `Support ${index + 1}` };
    if (kind === 8) {
      return gdapRelationship({
        ...common,
        status: 'expired',
        createdAt: `2023-02-${day}T09:00:00Z`,
        activatedAt: `2023-03-${day}T09:00:00Z`,
        durationDays: 365,
        lastModifiedAt: `2024-03-${day}T09:00:00Z`,
      });
    }
    if (kind === 9) {
      return gdapRelationship({
        ...common,
        status: 'terminated',
        createdAt: `2024-02-${day}T09:00:00Z`,
        activatedAt: `2024-03-${day}T09:00:00Z`,
        lastModifiedAt: `2025-05-${day}T09:00:00Z`,
        endedBy: 'customer',
      });
    }
    return gdapRelationship({
      ...common,
      status: 'active',
      createdAt: `2026-02-${day}T09:00:00Z`,
      activatedAt: `2026-03-${day}T09:00:00Z`,
    });
  });
}
