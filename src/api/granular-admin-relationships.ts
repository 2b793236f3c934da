import { apiRequest } from './client';
import type { GranularAdminRelationship, GranularAdminRelationshipPage } from './types';
import type { GdapStatus } from '../domain/gdap';

/** Smaller than the partner list's pages: each relationship row comes with its group's heading. */
export const GDAP_PAGE_SIZE = 25;

/** Partner relationships' GDAP section: `filter` searches partner and relationship names; `statuses` any of. */
export const getGranularAdminRelationships = (
  params: { filter: string; statuses: readonly GdapStatus[]; skip: number },
  signal?: AbortSignal,
) =>
  apiRequest<GranularAdminRelationshipPage>('/api/granular-admin-relationships', {
    query: {
      filter: params.filter || undefined,
      status: params.statuses.join(',') || undefined,
      skip: params.skip,
      top: GDAP_PAGE_SIZE,
    },
    signal,
  });

export const getGranularAdminRelationship = (id: string, signal?: AbortSignal) =>
  apiRequest<GranularAdminRelationship>(`/api/granular-admin-relationships/${encodeURIComponent(id)}`, {
    signal,
  });

/** Remove roles: the customer ends the GDAP relationship (the reseller relationship stays). */
export const terminateGranularAdminRelationship = (id: string) =>
  apiRequest<GranularAdminRelationship>(
    `/api/granular-admin-relationships/${encodeURIComponent(id)}/terminate`,
    { method: 'POST' },
  );

/** Approve partner roles › Approve all (a Global admin, while the request waits for approval). */
export const approveGranularAdminRelationship = (relationshipId: string) =>
  apiRequest<GranularAdminRelationship>(
    `/api/granular-admin-relationships/${encodeURIComponent(relationshipId)}/approve`,
    { method: 'POST' },
  );
