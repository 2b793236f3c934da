import type { AgreementRecord, PartnerDetails, PartnerSummary } from '../../src/api/types';
import { acceptanceBlock, type AcceptanceBlock } from '../../src/domain/acceptance';
import { db, nextId, now } from './db';
import { MCA_TEMPLATE_ID } from './reference-data';
import type { AgreementRow, PartnerRow, RelationshipRow, TenantRow, UserRow } from './schema';

// Read models shared by several handlers.

export const mcaAgreements = (tenantId: string): AgreementRow[] =>
  db().agreements.filter((row) => row.tenantId === tenantId && row.type === 'MicrosoftCustomerAgreement');

export const isMcaConfirmed = (tenantId: string): boolean => mcaAgreements(tenantId).length > 0;

export const isMcaAcceptedDirectly = (tenantId: string): boolean =>
  mcaAgreements(tenantId).some((row) => row.acceptedVia === 'direct');

export const relationshipsOf = (tenantId: string): RelationshipRow[] =>
  db().relationships.filter((row) => row.tenantId === tenantId);

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

/** Records that a customer user accepted the MCA themselves, in the admin center. */
export function recordDirectAcceptance(tenantId: string, user: UserRow): AgreementRow {
  const [firstName = '', ...rest] = user.displayName.split(' ');
  const row: AgreementRow = {
    id: nextId('agreement'),
    tenantId,
    type: 'MicrosoftCustomerAgreement',
    templateId: MCA_TEMPLATE_ID,
    dateAgreed: now().toISOString(),
    acceptedVia: 'direct',
    userId: user.id,
    partnerId: null,
    primaryContact: { firstName, lastName: rest.join(' '), email: user.userPrincipalName },
  };
  db().agreements.push(row);
  return row;
}
