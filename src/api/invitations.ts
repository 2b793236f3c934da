import { apiRequest } from './client';
import type { Invitation, InvitationAcceptance } from './types';

export const getInvitation = (partnerId: string, dap: boolean, signal?: AbortSignal) =>
  apiRequest<Invitation>(`/api/invitations/${encodeURIComponent(partnerId)}`, {
    query: { DAP: String(dap) },
    signal,
  });

export const acceptInvitation = (partnerId: string, body: { dap: boolean; msppId: string }) =>
  apiRequest<InvitationAcceptance>(`/api/invitations/${encodeURIComponent(partnerId)}/accept`, {
    method: 'POST',
    body,
  });
