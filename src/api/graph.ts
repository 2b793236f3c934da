import { apiRequest } from './client';
import type {
  DelegatedAdminAccessAssignment,
  DelegatedAdminRelationship,
  DelegatedAdminRelationshipChanges,
  DelegatedAdminRelationshipRequest,
  GraphCollection,
  GraphRoles,
  NewDelegatedAdminAccessAssignment,
  NewDelegatedAdminRelationship,
} from './types';
import type { GdapStatus } from '../domain/gdap';

// Microsoft Graph's delegatedAdminRelationships (GDAP) for the partner: every call carries the partner
// agent's token. Changes and deletions send the `@odata.etag` last read (`If-Match`); a stale one is 412.

const asPartner = { audience: 'partner' } as const;
const BASE = '/v1.0/tenantRelationships/delegatedAdminRelationships';
const relationshipPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
const ifMatch = (etag: string) => ({ 'If-Match': etag });

export interface DelegatedAdminRelationshipFilter {
  /** Only this customer's relationships. */
  customerTenantId?: string;
  /** Only relationships in these statuses. */
  statuses?: readonly GdapStatus[];
}

/** Graph's `$filter` for a filter (`customer/tenantId eq '…' and status in ('…')`), or undefined. */
export function delegatedAdminRelationshipFilter({
  customerTenantId,
  statuses,
}: DelegatedAdminRelationshipFilter): string | undefined {
  const clauses: string[] = [];
  if (customerTenantId) clauses.push(`customer/tenantId eq '${customerTenantId}'`);
  if (statuses?.length) clauses.push(`status in (${statuses.map((s) => `'${s}'`).join(', ')})`);
  return clauses.length ? clauses.join(' and ') : undefined;
}

/** The partner's relationships, oldest first. */
export const getDelegatedAdminRelationships = (
  filter: DelegatedAdminRelationshipFilter = {},
  signal?: AbortSignal,
) =>
  apiRequest<GraphCollection<DelegatedAdminRelationship>>(BASE, {
    ...asPartner,
    query: { $filter: delegatedAdminRelationshipFilter(filter) },
    signal,
  });

export const getDelegatedAdminRelationship = (id: string, signal?: AbortSignal) =>
  apiRequest<DelegatedAdminRelationship>(relationshipPath(id), { ...asPartner, signal });

/** Creates a draft (`created`); the customer sees it once it is locked for approval. */
export const createDelegatedAdminRelationship = (input: NewDelegatedAdminRelationship) =>
  apiRequest<DelegatedAdminRelationship>(BASE, { ...asPartner, method: 'POST', body: input });

/** Changes a draft (or an active relationship's `autoExtendDuration`). */
export const updateDelegatedAdminRelationship = (
  id: string,
  etag: string,
  changes: DelegatedAdminRelationshipChanges,
) =>
  apiRequest<DelegatedAdminRelationship>(relationshipPath(id), {
    ...asPartner,
    method: 'PATCH',
    body: changes,
    headers: ifMatch(etag),
  });

/** Deletes a draft (only a `created` relationship can be deleted). */
export const deleteDelegatedAdminRelationship = (id: string, etag: string) =>
  apiRequest<null>(relationshipPath(id), { ...asPartner, method: 'DELETE', headers: ifMatch(etag) });

const sendRequest = (id: string, action: 'lockForApproval' | 'terminate') =>
  apiRequest<DelegatedAdminRelationshipRequest>(`${relationshipPath(id)}/requests`, {
    ...asPartner,
    method: 'POST',
    body: { action },
  });

/** Sends a draft to the customer (`approvalPending`): the approval link works from now on. */
export const lockDelegatedAdminRelationshipForApproval = (id: string) => sendRequest(id, 'lockForApproval');

/** Ends an active (or expiring) relationship. */
export const terminateDelegatedAdminRelationship = (id: string) => sendRequest(id, 'terminate');

/** The requests the partner sent for a relationship (lockForApproval, terminate). */
export const getDelegatedAdminRelationshipRequests = (id: string, signal?: AbortSignal) =>
  apiRequest<GraphCollection<DelegatedAdminRelationshipRequest>>(`${relationshipPath(id)}/requests`, {
    ...asPartner,
    signal,
  });

const assignmentsPath = (id: string) => `${relationshipPath(id)}/accessAssignments`;
const assignmentPath = (id: string, assignmentId: string) =>
  `${assignmentsPath(id)}/${encodeURIComponent(assignmentId)}`;

/** The roles the partner gave its security groups in a relationship (deleted ones too). */
export const getDelegatedAdminAccessAssignments = (id: string, signal?: AbortSignal) =>
  apiRequest<GraphCollection<DelegatedAdminAccessAssignment>>(assignmentsPath(id), { ...asPartner, signal });

export const getDelegatedAdminAccessAssignment = (id: string, assignmentId: string, signal?: AbortSignal) =>
  apiRequest<DelegatedAdminAccessAssignment>(assignmentPath(id, assignmentId), { ...asPartner, signal });

/** Gives one security group some of an active relationship's roles (answered `pending`). */
export const createDelegatedAdminAccessAssignment = (id: string, input: NewDelegatedAdminAccessAssignment) =>
  apiRequest<DelegatedAdminAccessAssignment>(assignmentsPath(id), {
    ...asPartner,
    method: 'POST',
    body: input,
  });

export const updateDelegatedAdminAccessAssignment = (
  id: string,
  assignmentId: string,
  etag: string,
  accessDetails: GraphRoles,
) =>
  apiRequest<DelegatedAdminAccessAssignment>(assignmentPath(id, assignmentId), {
    ...asPartner,
    method: 'PATCH',
    body: { accessDetails },
    headers: ifMatch(etag),
  });

export const deleteDelegatedAdminAccessAssignment = (id: string, assignmentId: string, etag: string) =>
  apiRequest<null>(assignmentPath(id, assignmentId), {
    ...asPartner,
    method: 'DELETE',
    headers: ifMatch(etag),
  });
