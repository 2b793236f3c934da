import type { InvitationLink } from '../domain/invitation-link';
import { apiRequest } from './client';
import type { Invitation, InvitationAcceptance } from './types';

// An indirect reseller invitation also sends its indirectCSPId and the reseller's msppId, to be checked.

export const getInvitation = (link: InvitationLink, signal?: AbortSignal) =>
  apiRequest<Invitation>(`/api/invitations/${encodeURIComponent(link.partnerId)}`, {
    query: {
      DAP: String(link.dap),
      ...(link.providerId ? { indirectCSPId: link.providerId, msppId: link.msppId } : {}),
    },
    signal,
  });

export const acceptInvitation = (link: InvitationLink) =>
  apiRequest<InvitationAcceptance>(`/api/invitations/${encodeURIComponent(link.partnerId)}/accept`, {
    method: 'POST',
    body: {
      dap: link.dap,
      msppId: link.msppId,
      ...(link.providerId ? { indirectCSPId: link.providerId } : {}),
    },
  });
