import { apiRequest } from './client';
import type { Collection, MailMessage, MailboxSummary, OutgoingEmail } from './types';

// The simulated mailboxes (the simulator's own endpoints): read any address, send from a Partner Center template.

export const getMailbox = (address: string, lang: string, signal?: AbortSignal) =>
  apiRequest<Collection<MailMessage>>('/api/sim/mailbox', { query: { address, lang }, signal });

export const getMailboxes = (signal?: AbortSignal) =>
  apiRequest<Collection<MailboxSummary>>('/api/sim/mailboxes', { signal });

/** The mailbox page opened a message. */
export const markMailRead = (id: string) =>
  apiRequest<null>(`/api/sim/mailbox/${encodeURIComponent(id)}/read`, { method: 'POST' });

/** A partner agent sends an email from a template into the recipient's simulated mailbox. */
export const sendEmail = (email: OutgoingEmail) =>
  apiRequest<MailMessage>('/api/sim/mailbox', { method: 'POST', body: email, audience: 'partner' });
