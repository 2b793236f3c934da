import type {
  AgreementRecord,
  GranularAdminRelationship,
  PartnerContact,
  PartnerDetails,
  PartnerSummary,
} from '../../src/api/types';
import { REQUEST_LAPSE_DAYS, addDays, entraRoleById, isVisibleToCustomer } from '../../src/domain/gdap';
import { acceptanceBlock, type AcceptanceBlock } from '../../src/domain/acceptance';
import { isMcaSettled, mcaStanding, type McaStatus } from '../../src/domain/mca-standing';
import { db } from './db';
import type {
  AgentRow,
  AgreementRow,
  GdapRelationshipRow,
  PartnerRow,
  PurchaseRow,
  RelationshipRow,
  TenantRow,
  UserRow,
} from './schema';
import { MCA_TYPE } from '../../src/domain/contract';

// Reads shared by the handlers: what the tables say, never a change to them (those are in writes.ts).

export const findUser = (userPrincipalName: string): UserRow | undefined =>
  db().users.find((row) => row.userPrincipalName === userPrincipalName);

export const findAgent = (userPrincipalName: string): AgentRow | undefined =>
  db().agents.find((row) => row.userPrincipalName === userPrincipalName);

/** The first Global admin of a tenant: the contact Partner Center shows when the profile names none. */
export const globalAdminOf = (tenantId: string): UserRow | undefined =>
  db().users.find((row) => row.tenantId === tenantId && row.roles.includes('globalAdmin'));

export const isDomainTaken = (domain: string): boolean =>
  db().tenants.some((row) => row.defaultDomain === domain.toLowerCase());

export const mcaAgreements = (tenantId: string): AgreementRow[] =>
  db().agreements.filter((row) => row.tenantId === tenantId && row.type === MCA_TYPE);

/** The partners' confirmations of a tenant's acceptance, of one agreement type or (`*`) all. */
export const partnerConfirmations = (tenantId: string, agreementType: string): AgreementRow[] =>
  db().agreements.filter(
    (row) =>
      row.tenantId === tenantId &&
      row.acceptedVia === 'partner' &&
      (agreementType === '*' || row.type === agreementType),
  );

/** The tenant's MCA standing, by the rule the Partner Center pages use too. */
export function mcaStandingOf(tenantId: string): McaStatus {
  const rows = mcaAgreements(tenantId);
  return mcaStanding({
    confirmations: rows.filter((row) => row.acceptedVia === 'partner'),
    signedDirectly: rows.some((row) => row.acceptedVia === 'direct'),
  });
}

export const isMcaConfirmed = (tenantId: string): boolean => isMcaSettled(mcaStandingOf(tenantId));

export const isMcaAcceptedDirectly = (tenantId: string): boolean => mcaStandingOf(tenantId).acceptedDirectly;

export const relationshipsOf = (tenantId: string): RelationshipRow[] =>
  db().relationships.filter((row) => row.tenantId === tenantId);

// An index of the relationships by tenant and partner, rebuilt when the table is replaced or grows (rows
// are only ever added, or changed in place): a page of GDAP relationships asks it once per row.
const relationshipIndexes = new WeakMap<
  RelationshipRow[],
  { size: number; rows: Map<string, RelationshipRow> }
>();

export function relationshipBetween(tenantId: string, partnerId: string): RelationshipRow | undefined {
  const table = db().relationships;
  let index = relationshipIndexes.get(table);
  if (!index || index.size !== table.length) {
    const rows = new Map<string, RelationshipRow>();
    // The first row of a pair wins, as a search from the start of the table would find it.
    for (const row of table) {
      const key = `${row.tenantId} ${row.partnerId}`;
      if (!rows.has(key)) rows.set(key, row);
    }
    index = { size: table.length, rows };
    relationshipIndexes.set(table, index);
  }
  return index.rows.get(`${tenantId} ${partnerId.toLowerCase()}`);
}

/** A partner's customers (tenants it has a relationship with), by name. */
export const customersOf = (partner: PartnerRow): { tenant: TenantRow; relationship: RelationshipRow }[] =>
  db()
    .relationships.filter((row) => row.partnerId === partner.id)
    .flatMap((relationship) => {
      const tenant = db().tenants.find((t) => t.id === relationship.tenantId);
      return tenant ? [{ tenant, relationship }] : [];
    })
    .sort((a, b) => a.tenant.displayName.localeCompare(b.tenant.displayName, 'en'));

/** A tenant's purchases, the latest first. */
export const purchasesOf = (tenantId: string): PurchaseRow[] =>
  db()
    .purchases.filter((row) => row.tenantId === tenantId)
    .sort((a, b) => b.purchasedAt.localeCompare(a.purchasedAt));

// An index of the partner directory, rebuilt when the table is replaced (load, reset, another tab).
const partnerIndexes = new WeakMap<PartnerRow[], Map<string, PartnerRow>>();

export function findPartner(partnerId: string): PartnerRow | undefined {
  const table = db().partners;
  let index = partnerIndexes.get(table);
  if (!index || index.size !== table.length) {
    index = new Map(table.map((row) => [row.id, row]));
    partnerIndexes.set(table, index);
  }
  return index.get(partnerId.toLowerCase());
}

/** The indirect resellers whose indirect provider is the given partner, by name. */
export const indirectResellersOf = (providerId: string): PartnerRow[] =>
  db()
    .partners.filter((row) => row.kind === 'indirectReseller' && row.providerId === providerId)
    .sort((a, b) => a.name.localeCompare(b.name));

/**
 * Whom a blocked customer should contact: the partners it bought through (the latest purchase first), since
 * they are the ones who can confirm its acceptance of the MCA. An indirect reseller cannot confirm, so its
 * indirect provider is named after it. None when the customer may accept itself.
 */
export function partnersToContact(tenant: TenantRow, block: AcceptanceBlock): PartnerContact[] {
  if (block === 'none') return [];
  const ids = new Set(
    purchasesOf(tenant.id).flatMap((row) => {
      const partner = row.partnerId ? findPartner(row.partnerId) : undefined;
      if (!partner) return [];
      return partner.kind === 'indirectReseller' && partner.providerId
        ? [partner.id, partner.providerId]
        : [partner.id];
    }),
  );
  return [...ids].flatMap((id) => {
    const partner = findPartner(id);
    return partner
      ? [
          {
            id: partner.id,
            name: partner.name,
            email: partner.email,
            phone: partner.phone,
            website: partner.website,
          },
        ]
      : [];
  });
}

export function blockFor(tenant: TenantRow, invitingPartnerId?: string): AcceptanceBlock {
  return acceptanceBlock({
    mcaConfirmed: isMcaConfirmed(tenant.id),
    purchases: db().purchases.filter((row) => row.tenantId === tenant.id),
    partnerIds: relationshipsOf(tenant.id).map((row) => row.partnerId),
    invitingPartnerId,
  });
}

export function agreementRecord(row: AgreementRow): AgreementRecord {
  const partner = row.partnerId ? findPartner(row.partnerId) : undefined;
  const contact = row.primaryContact;
  return {
    id: row.id,
    type: row.type,
    templateId: row.templateId,
    dateAgreed: row.dateAgreed,
    acceptedVia: row.acceptedVia,
    acceptedBy: { displayName: `${contact.firstName} ${contact.lastName}`.trim(), email: contact.email },
    partner: partner ? { id: partner.id, name: partner.name } : null,
  };
}

export function partnerSummary(relationship: RelationshipRow, partner: PartnerRow): PartnerSummary {
  return {
    id: partner.id,
    name: partner.name,
    email: partner.email,
    phone: partner.phone,
    website: partner.website,
    relationshipTypes: [...relationship.types],
    roles: [...relationship.roles],
  };
}

export function partnerDetails(relationship: RelationshipRow, partner: PartnerRow): PartnerDetails {
  return {
    ...partnerSummary(relationship, partner),
    mpnId: partner.mpnId,
    since: relationship.since,
    address: { ...partner.address },
    agreements: mcaAgreements(relationship.tenantId)
      .filter((row) => row.partnerId === partner.id)
      .map(agreementRecord),
  };
}

/** A GDAP relationship as the customer sees it. */
export function granularAdminRelationship(row: GdapRelationshipRow): GranularAdminRelationship | null {
  const partner = findPartner(row.partnerId);
  if (!partner) return null;
  const dap = relationshipBetween(row.tenantId, row.partnerId);
  return {
    id: row.id,
    displayName: row.displayName,
    status: row.status,
    partner: {
      id: partner.id,
      name: partner.name,
      email: partner.email,
      phone: partner.phone,
      website: partner.website,
      address: { ...partner.address },
    },
    roles: row.roleIds.map((id) => {
      const role = entraRoleById(id);
      return { id, key: role?.key ?? null, name: role?.name ?? id };
    }),
    durationDays: row.durationDays,
    autoExtendDays: row.autoExtendDays,
    createdAt: row.createdAt,
    requestedAt: row.requestedAt,
    activatedAt: row.activatedAt,
    endAt: row.endAt,
    lastModifiedAt: row.lastModifiedAt,
    approvalExpiresAt:
      row.status === 'approvalPending' && row.requestedAt
        ? addDays(row.requestedAt, REQUEST_LAPSE_DAYS)
        : null,
    partnerHoldsDap: Boolean(dap?.types.includes('delegatedAdmin') && dap.roles.length > 0),
    endedBy: row.endedBy,
  };
}

/** A tenant's GDAP relationships the customer can see (not the partner's unsent drafts). */
export const gdapRelationshipsOf = (tenantId: string) =>
  db().gdapRelationships.filter((row) => row.tenantId === tenantId && isVisibleToCustomer(row.status));

export const findTenant = (tenantId: string): TenantRow | undefined =>
  db().tenants.find((row) => row.id === tenantId.toLowerCase());

/** A partner's GDAP relationships, in every status (its drafts too), as Graph lists them for the partner. */
export const gdapRelationshipsOfPartner = (partnerId: string) =>
  db().gdapRelationships.filter((row) => row.partnerId === partnerId);
