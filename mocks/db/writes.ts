import type { Contact, RelationshipType } from '../../src/api/types';
import type { Role } from '../../src/domain/roles';
import { db, nextId, now } from './db';
import { emit } from './events';
import { relationshipBetween } from './queries';
import { MCA_TEMPLATE_ID } from './reference-data';
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
import { applyGdapAction } from '../../src/domain/gdap';

// Every change the handlers make to the tables, one named function per business event. Handlers decide
// whether a change is allowed; these only record it. The wrapper persists after every write request.

/** A temporary password that differs per customer but is the same on every replay of a demo. */
function temporaryPassword(seed: string): string {
  const hash = Array.from(seed).reduce((sum, char) => (sum * 33 + char.charCodeAt(0)) % 1_000_000_007, 5381);
  const letters = 'bcdfghjkmnpqrstvwxz';
  const word = Array.from({ length: 5 }, (_, i) => letters[Math.floor(hash / 19 ** i) % 19]).join('');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}#${String(hash % 10_000).padStart(4, '0')}`;
}

export interface NewCustomerTenant {
  companyName: string;
  domain: string;
  country: string;
  address: { line1: string; city: string; postalCode: string; state: string };
  primaryContact: Contact;
}

/**
 * Partner Center's Create customer: the tenant, its first Global admin with a temporary password, and the
 * creating partner's relationship (an indirect reseller's customer also gets the indirect provider).
 */
export function createCustomerTenant(
  input: NewCustomerTenant,
  agent: AgentRow,
  partner: PartnerRow,
): { tenant: TenantRow; relationship: RelationshipRow; credentials: { userName: string; password: string } } {
  const createdAt = now().toISOString();
  const tenant: TenantRow = {
    id: nextId('tenant'),
    displayName: input.companyName,
    defaultDomain: input.domain,
    country: input.country,
    profile: { address: input.address, primaryContact: input.primaryContact, createdBy: agent.id, createdAt },
  };
  const password = temporaryPassword(`${tenant.id}:${input.domain}`);
  const userName = `admin@${input.domain}`;
  db().tenants.push(tenant);
  db().users.push({
    id: nextId('user'),
    tenantId: tenant.id,
    displayName: `${input.primaryContact.firstName} ${input.primaryContact.lastName}`,
    userPrincipalName: userName,
    password,
    temporaryPassword: true,
    roles: ['globalAdmin'],
  });
  const relationship: RelationshipRow = {
    tenantId: tenant.id,
    partnerId: partner.id,
    types: [partner.kind === 'directBill' ? 'reseller' : partner.kind],
    roles: [],
    since: createdAt,
  };
  db().relationships.push(relationship);
  if (partner.kind === 'indirectReseller' && partner.providerId) {
    db().relationships.push({
      tenantId: tenant.id,
      partnerId: partner.providerId,
      types: ['indirectProvider'],
      roles: [],
      since: createdAt,
    });
  }
  emit('customerCreated', {
    tenantId: tenant.id,
    partnerId: partner.id,
    actorId: agent.id,
    resourceId: tenant.id,
  });
  return { tenant, relationship, credentials: { userName, password } };
}

/** A partner agent confirms (attests) that the customer accepted the MCA. */
export function recordAttestation(
  tenantId: string,
  agent: AgentRow,
  input: { primaryContact: Contact; dateAgreed: string },
): AgreementRow {
  const row: AgreementRow = {
    id: nextId('agreement'),
    tenantId,
    type: MCA_TYPE,
    templateId: MCA_TEMPLATE_ID,
    dateAgreed: input.dateAgreed,
    acceptedVia: 'partner',
    userId: agent.id,
    partnerId: agent.partnerId,
    primaryContact: input.primaryContact,
  };
  db().agreements.push(row);
  emit('mcaAttested', { tenantId, partnerId: agent.partnerId, actorId: agent.id, resourceId: row.id });
  return row;
}

/** A customer user accepted the MCA themselves, in the admin center. */
export function recordDirectAcceptance(tenantId: string, user: UserRow): AgreementRow {
  const [firstName = '', ...rest] = user.displayName.split(' ');
  const row: AgreementRow = {
    id: nextId('agreement'),
    tenantId,
    type: MCA_TYPE,
    templateId: MCA_TEMPLATE_ID,
    dateAgreed: now().toISOString(),
    acceptedVia: 'direct',
    userId: user.id,
    partnerId: null,
    primaryContact: { firstName, lastName: rest.join(' '), email: user.userPrincipalName },
  };
  db().agreements.push(row);
  emit('mcaAccepted', { tenantId, actorId: user.id, resourceId: row.id });
  return row;
}

/**
 * The customer accepted a partner's invitation: adds relationship types (and roles) between the tenant and
 * the partner, creating the row if needed.
 */
export function grantRelationship(
  tenantId: string,
  partnerId: string,
  types: RelationshipType[],
  roles: Role[],
  actorId: string | null = null,
): RelationshipRow {
  const existing = relationshipBetween(tenantId, partnerId);
  const relationship = existing ?? { tenantId, partnerId, types: [], roles: [], since: now().toISOString() };
  relationship.types = [...new Set([...relationship.types, ...types])];
  relationship.roles = [...new Set([...relationship.roles, ...roles])];
  if (!existing) db().relationships.push(relationship);
  emit('relationshipAccepted', {
    tenantId,
    partnerId,
    actorId,
    data: { types, delegatedAdmin: roles.length > 0 },
  });
  return relationship;
}

/** The partner asked the customer to accept the MCA in the admin center (again): the date is now. */
export function recordMcaInvitation(relationship: RelationshipRow, actorId: string | null = null): string {
  relationship.mcaInvitedAt = now().toISOString();
  emit('mcaInvited', { tenantId: relationship.tenantId, partnerId: relationship.partnerId, actorId });
  return relationship.mcaInvitedAt;
}

/** Remove roles: the partner loses its delegated admin roles and keeps the relationship. */
export function removeDelegatedAdmin(relationship: RelationshipRow, actorId: string | null = null): void {
  relationship.roles = [];
  relationship.types = relationship.types.filter((type) => type !== 'delegatedAdmin');
  emit('delegatedAdminRemoved', {
    tenantId: relationship.tenantId,
    partnerId: relationship.partnerId,
    actorId,
  });
}

/** The customer buys in Purchase services (no partner). */
export function recordPurchase(
  tenantId: string,
  product: { id: string; kind: PurchaseRow['kind'] },
  quantity: number,
): PurchaseRow {
  const row: PurchaseRow = {
    id: nextId('purchase'),
    tenantId,
    productId: product.id,
    kind: product.kind,
    quantity,
    partnerId: null,
    purchasedAt: now().toISOString(),
  };
  db().purchases.push(row);
  emit('purchased', { tenantId, resourceId: row.id, data: { productId: product.id, quantity } });
  return row;
}

/** A partner's order: one purchase per line, recorded for the customer. */
export function recordOrder(
  tenantId: string,
  partnerId: string,
  lines: readonly { offerId: string; kind: PurchaseRow['kind']; quantity: number }[],
): { orderId: string; creationDate: string } {
  const creationDate = now().toISOString();
  for (const line of lines) {
    db().purchases.push({
      id: nextId('purchase'),
      tenantId,
      productId: line.offerId,
      kind: line.kind,
      quantity: line.quantity,
      partnerId,
      purchasedAt: creationDate,
    });
  }
  const orderId = nextId('order');
  emit('orderPlaced', { tenantId, partnerId, resourceId: orderId });
  return { orderId, creationDate };
}

/** The user replaced a temporary password. */
export function changePassword(user: UserRow, newPassword: string): void {
  user.password = newPassword;
  user.temporaryPassword = false;
  emit('passwordChanged', { tenantId: user.tenantId, actorId: user.id, resourceId: user.id });
}

// GDAP relationships as the partner changes them through Graph. Every change to a relationship bumps its
// `revision` (the etag) and `lastModifiedAt`; an access assignment has its own etag and leaves the
// relationship's alone.

type GdapAssignmentRow = GdapRelationshipRow['accessAssignments'][number];

/** The ids a GDAP event carries: the customer, the partner and the relationship. */
export function gdapEvent(row: GdapRelationshipRow, actorId: string | null = null) {
  return { tenantId: row.tenantId, partnerId: row.partnerId, resourceId: row.id, actorId };
}

function replaceGdapRelationship(row: GdapRelationshipRow, next: GdapRelationshipRow): GdapRelationshipRow {
  const state = db();
  state.gdapRelationships = state.gdapRelationships.map((r) => (r.id === row.id ? next : r));
  return next;
}

export interface NewGdapRelationship {
  partnerId: string;
  tenantId: string;
  displayName: string;
  durationDays: number;
  autoExtendDays: number;
  roleIds: string[];
}

/** Graph's create: a draft (`created`) the customer does not see until the partner locks it for approval. */
export function createGdapRelationship(input: NewGdapRelationship): GdapRelationshipRow {
  const at = now().toISOString();
  // Graph's ids are two GUIDs: the relationship's own, then the customer's tenant id.
  const row: GdapRelationshipRow = {
    ...input,
    id: `${nextId('gdap')}-${input.tenantId}`,
    status: 'created',
    createdAt: at,
    lastModifiedAt: at,
    requestedAt: null,
    activatedAt: null,
    endAt: null,
    approvedBy: null,
    endedBy: null,
    revision: 1,
    requests: [],
    accessAssignments: [],
  };
  db().gdapRelationships.push(row);
  emit('gdapCreated', gdapEvent(row));
  return row;
}

export type GdapRelationshipChanges = Partial<
  Pick<GdapRelationshipRow, 'displayName' | 'durationDays' | 'autoExtendDays' | 'roleIds'>
>;

/** Graph's PATCH: the fields the partner may change (the handler decides which, by status). */
export function changeGdapRelationship(
  row: GdapRelationshipRow,
  changes: GdapRelationshipChanges,
): GdapRelationshipRow {
  emit('gdapUpdated', gdapEvent(row));
  return replaceGdapRelationship(row, {
    ...row,
    ...changes,
    lastModifiedAt: now().toISOString(),
    revision: row.revision + 1,
  });
}

/**
 * What the customer does in the admin center, at the simulated now: Approve all (the relationship becomes
 * active and runs for its duration) or Remove roles (it ends at once; the partner's reseller or advisor
 * relationship stays). Null when the action does not apply in the relationship's status (nothing changes).
 */
function customerGdapAction(
  id: string,
  action: 'approve' | 'terminate',
  record: Partial<Pick<GdapRelationshipRow, 'approvedBy' | 'endedBy'>>,
  actorId: string | null,
): GdapRelationshipRow | null {
  const row = db().gdapRelationships.find((r) => r.id === id);
  const next = row && applyGdapAction(row, action, now());
  if (!row || !next) return null;
  const updated = replaceGdapRelationship(row, { ...next, ...record, revision: row.revision + 1 });
  // After the change, so that what the event raises (the emails) reads the approver and the end date.
  emit(action === 'approve' ? 'gdapApproved' : 'gdapTerminated', {
    ...gdapEvent(row, actorId),
    data: { endedBy: action === 'terminate' ? 'customer' : '' },
  });
  return updated;
}

export const approveGdapRelationship = (id: string, user: UserRow) =>
  customerGdapAction(id, 'approve', { approvedBy: user.userPrincipalName }, user.id);

/** Remove roles on a GDAP relationship's page, by the customer user `user`. */
export const endGdapRelationshipByCustomer = (id: string, user: UserRow) =>
  customerGdapAction(id, 'terminate', { endedBy: 'customer' }, user.id);

/** Graph's DELETE of a draft. */
export function deleteGdapRelationship(row: GdapRelationshipRow): void {
  const state = db();
  state.gdapRelationships = state.gdapRelationships.filter((r) => r.id !== row.id);
  emit('gdapDeleted', gdapEvent(row));
}

/**
 * A request the partner sent (lockForApproval, terminate) and what it did: `next` is the relationship after
 * the action (src/domain/gdap.ts applyGdapAction). The simulator carries it out at once.
 */
export function recordGdapRequest(
  row: GdapRelationshipRow,
  action: 'lockForApproval' | 'terminate',
  next: GdapRelationshipRow,
): GdapRelationshipRow['requests'][number] {
  const at = now().toISOString();
  const request = {
    id: nextId('gdap-request'),
    action,
    status: 'succeeded' as const,
    createdAt: at,
    lastModifiedAt: at,
  };
  emit(action === 'terminate' ? 'gdapTerminated' : 'gdapLockedForApproval', {
    ...gdapEvent(row),
    data: { endedBy: action === 'terminate' ? 'partner' : '' },
  });
  replaceGdapRelationship(row, {
    ...next,
    endedBy: action === 'terminate' ? 'partner' : next.endedBy,
    requests: [...row.requests, request],
    revision: row.revision + 1,
  });
  return request;
}

/** Roles of the relationship given to one of the partner's security groups. */
export function addGdapAccessAssignment(
  row: GdapRelationshipRow,
  input: { securityGroupId: string; roleIds: string[] },
): GdapAssignmentRow {
  const at = now().toISOString();
  // The real service takes minutes to apply it; the simulator applies it at once (reads show it active).
  const assignment: GdapAssignmentRow = {
    id: nextId('gdap-assignment'),
    ...input,
    status: 'active',
    createdAt: at,
    lastModifiedAt: at,
    revision: 1,
  };
  replaceGdapRelationship(row, { ...row, accessAssignments: [...row.accessAssignments, assignment] });
  emit('accessAssignmentCreated', { ...gdapEvent(row), data: { assignmentId: assignment.id } });
  return assignment;
}

/** A new set of roles for an assignment, or its removal (`deleted`). */
export function changeGdapAccessAssignment(
  row: GdapRelationshipRow,
  assignment: GdapAssignmentRow,
  changes: Partial<Pick<GdapAssignmentRow, 'roleIds' | 'status'>>,
): GdapAssignmentRow {
  const next = {
    ...assignment,
    ...changes,
    lastModifiedAt: now().toISOString(),
    revision: assignment.revision + 1,
  };
  replaceGdapRelationship(row, {
    ...row,
    accessAssignments: row.accessAssignments.map((a) => (a.id === assignment.id ? next : a)),
  });
  emit(changes.status === 'deleted' ? 'accessAssignmentDeleted' : 'accessAssignmentUpdated', {
    ...gdapEvent(row),
    data: { assignmentId: assignment.id },
  });
  return next;
}
