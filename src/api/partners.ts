import { apiRequest } from './client';
import type { Collection, PartnerDetails, PartnerSummary, RelationshipType } from './types';

export const PARTNER_PAGE_SIZE = 50;

/** `types`: only partners with at least one of these relationship types (all partners when empty). */
export const getPartners = (
  params: { filter: string; types: RelationshipType[]; skip: number },
  signal?: AbortSignal,
) =>
  apiRequest<Collection<PartnerSummary>>('/api/partners', {
    query: {
      filter: params.filter || undefined,
      relationshipType: params.types.join(',') || undefined,
      skip: params.skip,
      top: PARTNER_PAGE_SIZE,
    },
    signal,
  });

export const getPartner = (partnerId: string, signal?: AbortSignal) =>
  apiRequest<PartnerDetails>(`/api/partners/${encodeURIComponent(partnerId)}`, { signal });

export const removePartnerRoles = (partnerId: string) =>
  apiRequest<PartnerDetails>(`/api/partners/${encodeURIComponent(partnerId)}/roles`, { method: 'DELETE' });
