import { apiRequest } from './client';
import type { GranularAdminRelationship } from './types';

export const getGranularAdminRelationship = (relationshipId: string, signal?: AbortSignal) =>
  apiRequest<GranularAdminRelationship>(
    `/api/granular-admin-relationships/${encodeURIComponent(relationshipId)}`,
    { signal },
  );

/** Approve partner roles › Approve all (a Global admin, while the request waits for approval). */
export const approveGranularAdminRelationship = (relationshipId: string) =>
  apiRequest<GranularAdminRelationship>(
    `/api/granular-admin-relationships/${encodeURIComponent(relationshipId)}/approve`,
    { method: 'POST' },
  );
