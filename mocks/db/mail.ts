import { adminPortalLink } from '../../src/domain/admin-links';
import { paths } from '../../src/domain/paths';
import { backendSettings } from '../lib/route';
import { db } from './db';
import type { DomainEventRow, GdapRelationshipRow, MailRow, MailTemplate } from './schema';

// Which emails each domain event sends, and to whom (the simulated mailboxes). `emit` calls `deliverMail`
// for every event, so an email exists exactly when its event happened. Texts are rendered on reading
// (mocks/db/mail-templates.ts), in the reader's language.

/** The sender of Microsoft's notices in the simulation (a reserved `.example` domain, never a real one). */
export const MICROSOFT_SENDER = 'no-reply@microsoft.example';

/** What a partner may send from an email template (the `kind` of `relationshipRequestEmailed`). */
export const PARTNER_EMAIL_KINDS = [
  'resellerRequest',
  'gdapRequest',
  'mcaInvitation',
  'newCustomer',
] as const;

type NewMail = Omit<MailRow, 'id' | 'eventSeq' | 'sentAt' | 'read'>;

/** The app's own links, with this simulator's origin and base path (the `appUrl` the backend was given). */
function appBase(): { origin: string; base: string; root: string } {
  const app = new URL(backendSettings().appUrl);
  const base = app.pathname.endsWith('/') ? app.pathname : `${app.pathname}/`;
  return { origin: app.origin, base, root: `${app.origin}${base}` };
}

const adminCenterLink = (route: string) => {
  const { origin, base } = appBase();
  return adminPortalLink(route, origin, base);
};

/** Partner Center (simulated) has no real link format to follow: its hash route on the app's root. */
const partnerCenterLink = (route: string) => `${appBase().root}#${route}`;

/**
 * Links in a partner's own text: the web addresses on this simulator's origin (another host's address stays
 * text, so that a message cannot send a trainee elsewhere).
 */
export function linksInText(text: string): MailRow['links'] {
  const { origin } = appBase();
  const found = text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
  return [...new Set(found.map((url) => url.replace(/[.,;:!?)]+$/, '')))]
    .filter((url) => {
      try {
        return new URL(url).origin === origin;
      } catch {
        return false;
      }
    })
    .map((url) => ({ label: '', url }));
}

const lower = (address: string) => address.trim().toLowerCase();

/** A customer's Global admins. */
function globalAdminsOf(tenantId: string): string[] {
  return db()
    .users.filter((user) => user.tenantId === tenantId && user.roles.includes('globalAdmin'))
    .map((user) => lower(user.userPrincipalName));
}

/** A partner's Admin agents. */
function adminAgentsOf(partnerId: string): string[] {
  return db()
    .agents.filter((agent) => agent.partnerId === partnerId && agent.roles.includes('adminAgent'))
    .map((agent) => lower(agent.userPrincipalName));
}

function actorName(actorId: string | null): string {
  if (!actorId) return '';
  const state = db();
  const user = state.users.find((row) => row.id === actorId);
  if (user) return user.userPrincipalName;
  return state.agents.find((row) => row.id === actorId)?.userPrincipalName ?? '';
}

/** The same message to each recipient. */
const toEach = (addresses: readonly string[], message: Omit<NewMail, 'to'>): NewMail[] =>
  [...new Set(addresses)].map((to) => ({ ...message, to }));

/** Both sides of a GDAP email: the customer's Global admins and the partner's Admin agents. */
function gdapMails(
  event: DomainEventRow,
  templates: { customer: MailTemplate; partner: MailTemplate },
  extra: Record<string, string> = {},
): NewMail[] {
  const state = db();
  const row: GdapRelationshipRow | undefined = state.gdapRelationships.find((r) => r.id === event.resourceId);
  const tenant = state.tenants.find((t) => t.id === event.tenantId);
  const partner = state.partners.find((p) => p.id === event.partnerId);
  if (!row || !tenant || !partner) return [];
  const params = {
    partner: partner.name,
    customer: tenant.displayName,
    domain: tenant.defaultDomain,
    relationship: row.displayName,
    endAt: row.endAt ?? event.at,
    ...extra,
  };
  return [
    ...toEach(globalAdminsOf(tenant.id), {
      from: MICROSOFT_SENDER,
      template: templates.customer,
      params,
      links: [{ label: 'viewRoles', url: adminCenterLink(paths.partners.href()) }],
    }),
    ...toEach(adminAgentsOf(partner.id), {
      from: MICROSOFT_SENDER,
      template: templates.partner,
      params,
      links: [
        {
          label: 'openAdminRelationship',
          url: partnerCenterLink(paths.partnerCenter.adminRelationship.href(tenant.id, row.id)),
        },
      ],
    }),
  ];
}

/** The emails one domain event sends (none for most). */
export function mailsFor(event: DomainEventRow): NewMail[] {
  const state = db();
  switch (event.type) {
    case 'relationshipRequestEmailed': {
      const { to, subject, body } = event.data;
      const from = actorName(event.actorId);
      if (typeof to !== 'string' || typeof subject !== 'string' || typeof body !== 'string') return [];
      return [
        {
          to: lower(to),
          from,
          template: 'partnerEmail',
          params: { subject, body },
          links: linksInText(body),
        },
      ];
    }
    case 'mcaAttested': {
      // Since 2023-04-15 the customer's primary contact hears of a partner's attestation (not of a direct
      // acceptance, which the customer did themselves).
      const agreement = state.agreements.find((row) => row.id === event.resourceId);
      const tenant = state.tenants.find((row) => row.id === event.tenantId);
      const partner = state.partners.find((row) => row.id === event.partnerId);
      if (!agreement || !tenant || !partner || !agreement.primaryContact.email) return [];
      const contact = agreement.primaryContact;
      return [
        {
          to: lower(contact.email),
          from: MICROSOFT_SENDER,
          template: 'mcaAttestedNotice',
          params: {
            partner: partner.name,
            customer: tenant.displayName,
            domain: tenant.defaultDomain,
            contact: `${contact.firstName} ${contact.lastName}`.trim(),
            dateAgreed: agreement.dateAgreed,
            attestedBy: actorName(event.actorId),
          },
          links: [{ label: 'reviewAgreement', url: adminCenterLink(paths.agreement.href()) }],
        },
      ];
    }
    case 'gdapApproved': {
      const row = state.gdapRelationships.find((r) => r.id === event.resourceId);
      return gdapMails(
        event,
        { customer: 'gdapApprovedCustomer', partner: 'gdapApprovedPartner' },
        { approvedBy: row?.approvedBy ?? actorName(event.actorId) },
      );
    }
    case 'gdapExpiryReminder':
      return gdapMails(
        event,
        { customer: 'gdapExpiringCustomer', partner: 'gdapExpiringPartner' },
        {
          daysLeft: String(event.data.daysLeft ?? ''),
          ...(typeof event.data.endAt === 'string' ? { endAt: event.data.endAt } : {}),
        },
      );
    case 'gdapExpired':
      return gdapMails(event, { customer: 'gdapExpiredCustomer', partner: 'gdapExpiredPartner' });
    case 'gdapTerminated': {
      const partner = state.partners.find((row) => row.id === event.partnerId);
      const byCustomer = event.data.endedBy === 'customer';
      return gdapMails(
        event,
        { customer: 'gdapEndedCustomer', partner: 'gdapEndedPartner' },
        {
          endAt: event.at,
          endedBy: byCustomer ? 'customer' : 'partner',
          removedBy: byCustomer ? actorName(event.actorId) : (partner?.name ?? ''),
        },
      );
    }
    default:
      return [];
  }
}

/** Puts the emails of `event` in their recipients' mailboxes. */
export function deliverMail(event: DomainEventRow): void {
  const mails = mailsFor(event);
  const mailbox = db().mailbox;
  mails.forEach((mail, index) => {
    mailbox.push({
      id: `${String(event.seq).padStart(6, '0')}-${index + 1}`,
      eventSeq: event.seq,
      sentAt: event.at,
      read: false,
      ...mail,
    });
  });
}

/** Marks a message read; false when there is none with this id. */
export function markRead(id: string): boolean {
  const row = db().mailbox.find((message) => message.id === id);
  if (!row) return false;
  row.read = true;
  return true;
}

/** One address's messages, newest first. */
export function mailboxOf(address: string): MailRow[] {
  const wanted = lower(address);
  return db()
    .mailbox.filter((row) => row.to === wanted)
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt) || b.eventSeq - a.eventSeq || b.id.localeCompare(a.id));
}

/** Every address that has mail, with how many messages and the newest one's time, newest first. */
export function addressesWithMail(): { address: string; messages: number; latestAt: string }[] {
  const byAddress = new Map<string, { address: string; messages: number; latestAt: string }>();
  for (const row of db().mailbox) {
    const entry = byAddress.get(row.to) ?? { address: row.to, messages: 0, latestAt: row.sentAt };
    entry.messages += 1;
    if (row.sentAt > entry.latestAt) entry.latestAt = row.sentAt;
    byAddress.set(row.to, entry);
  }
  return [...byAddress.values()].sort(
    (a, b) => b.latestAt.localeCompare(a.latestAt) || a.address.localeCompare(b.address),
  );
}
