import { z } from 'zod';
import { PURCHASE_KINDS } from '../../src/domain/acceptance';
import { AGENT_ROLES, PARTNER_KINDS } from '../../src/domain/partner-center';
import { ROLES } from '../../src/domain/roles';
import { CLOUD_AGREEMENT_TYPE, MCA_TYPE, RELATIONSHIP_TYPES } from '../../src/domain/contract';
import { GDAP_STATUSES } from '../../src/domain/gdap';
import { TRAINING_CALL_KINDS } from '../../src/domain/training';

// The tables of the simulated backend. Stored data is parsed with this schema; what fails is reset.
export const DB_VERSION = 4;

const role = z.enum(ROLES);
const contact = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phoneNumber: z.string().optional(),
});

export const tenantRow = z.object({
  id: z.string(),
  displayName: z.string(),
  defaultDomain: z.string(),
  country: z.string(),
  /** Set for tenants a partner created in Partner Center (Account info). */
  profile: z
    .object({
      address: z.object({ line1: z.string(), city: z.string(), postalCode: z.string(), state: z.string() }),
      primaryContact: contact,
      createdBy: z.string(),
      createdAt: z.string(),
    })
    .optional(),
});
export const userRow = z.object({
  id: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  password: z.string(),
  temporaryPassword: z.boolean(),
  roles: z.array(role),
});
export const partnerRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  website: z.string(),
  mpnId: z.string(),
  kind: z.enum(PARTNER_KINDS),
  /** An indirect reseller's indirect provider. */
  providerId: z.string().nullable(),
  address: z.object({ line1: z.string(), city: z.string(), postalCode: z.string(), countryCode: z.string() }),
});
/** A partner's Partner Center user (an agent). */
export const agentRow = z.object({
  id: z.string(),
  partnerId: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  password: z.string(),
  roles: z.array(z.enum(AGENT_ROLES)),
});
export const relationshipRow = z.object({
  tenantId: z.string(),
  partnerId: z.string(),
  types: z.array(z.enum(RELATIONSHIP_TYPES)),
  roles: z.array(role),
  since: z.string(),
  /**
   * When this partner last asked the customer to accept the MCA in the admin center (New customer's "the
   * customer will be asked", or the invitation on Account info). Partner Center keeps no such record; the
   * simulator does, so that the Customers list can show the customer as invited and waiting.
   */
  mcaInvitedAt: z.string().optional(),
});
export const agreementRow = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.enum([MCA_TYPE, CLOUD_AGREEMENT_TYPE]),
  templateId: z.string(),
  dateAgreed: z.string(),
  acceptedVia: z.enum(['direct', 'partner']),
  /** The customer user who accepted (direct), or the partner agent who attested. */
  userId: z.string(),
  partnerId: z.string().nullable(),
  primaryContact: contact,
});
export const purchaseRow = z.object({
  id: z.string(),
  tenantId: z.string(),
  productId: z.string(),
  kind: z.enum(PURCHASE_KINDS),
  quantity: z.number(),
  partnerId: z.string().nullable(),
  purchasedAt: z.string(),
});
/** A GDAP relationship (Graph's `delegatedAdminRelationship`) a partner asked a customer tenant for. */
export const gdapRelationshipRow = z.object({
  /** Two GUIDs joined by `-`, as Graph's ids are. */
  id: z.string(),
  partnerId: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  durationDays: z.number().int(),
  autoExtendDays: z.number().int(),
  /** Microsoft Entra role definition ids (src/domain/gdap.ts ENTRA_ROLES). */
  roleIds: z.array(z.string()),
  status: z.enum(GDAP_STATUSES),
  createdAt: z.string(),
  lastModifiedAt: z.string(),
  requestedAt: z.string().nullable(),
  activatedAt: z.string().nullable(),
  endAt: z.string().nullable(),
  /** The customer user who approved it (Approve all), or null. */
  approvedBy: z.string().nullable(),
  /** Who ended it: the customer (Remove roles), the partner (terminate), or null. */
  endedBy: z.enum(['customer', 'partner']).nullable(),
  /** Bumped on every change: the `@odata.etag` Graph hands out and checks on PATCH. */
  revision: z.number().int(),
  /** Graph's `delegatedAdminRelationshipRequest`s sent for it (lockForApproval, terminate). */
  requests: z.array(
    z.object({
      id: z.string(),
      action: z.enum(['lockForApproval', 'approve', 'terminate']),
      status: z.enum(['created', 'pending', 'succeeded', 'failed']),
      createdAt: z.string(),
      lastModifiedAt: z.string(),
    }),
  ),
  /** Graph's `delegatedAdminAccessAssignment`s: roles given to the partner's security groups. */
  accessAssignments: z.array(
    z.object({
      id: z.string(),
      securityGroupId: z.string(),
      roleIds: z.array(z.string()),
      status: z.enum(['pending', 'active', 'deleting', 'deleted', 'error']),
      createdAt: z.string(),
      lastModifiedAt: z.string(),
      revision: z.number().int(),
    }),
  ),
});
/**
 * What happened in the simulated world, in order: one row per business event, written by mocks/db/writes.ts
 * and by time (mocks/db/gdap.ts). Emails, Partner Center webhook events and the training checklists are all
 * worked out from these rows, so each action is recorded once.
 */
export const DOMAIN_EVENT_TYPES = [
  'customerCreated',
  'mcaAttested',
  'mcaAccepted',
  'relationshipAccepted',
  'mcaInvited',
  /** The partner sent the relationship request email (the template's Open in email), to `data.to`. */
  'relationshipRequestEmailed',
  'delegatedAdminRemoved',
  'purchased',
  'orderPlaced',
  'passwordChanged',
  'gdapCreated',
  'gdapUpdated',
  'gdapDeleted',
  'gdapLockedForApproval',
  'gdapApproved',
  'gdapTerminated',
  'gdapExpired',
  'gdapRequestLapsed',
  'gdapExpiryReminder',
  'accessAssignmentCreated',
  'accessAssignmentUpdated',
  'accessAssignmentDeleted',
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export const domainEventRow = z.object({
  /** 1, 2, 3… in the order things happened; never reused within a demo. */
  seq: z.number().int(),
  /** The simulated clock's time. */
  at: z.string(),
  type: z.enum(DOMAIN_EVENT_TYPES),
  tenantId: z.string().nullable(),
  partnerId: z.string().nullable(),
  /** The row the event is about: agreement, GDAP relationship, access assignment, order, purchase, user. */
  resourceId: z.string().nullable(),
  /** Who did it: a customer user's or a partner agent's id; null for time and Microsoft. */
  actorId: z.string().nullable(),
  /** Details some events need (e.g. `daysLeft` of an expiry reminder, the relationship types accepted). */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
});

/**
 * An email the simulated world sent (mocks/db/mail.ts works them out from the domain events). Microsoft's
 * notices keep a template id and its values, so each reader sees them in the language they ask for; a
 * partner's own email keeps the text the partner wrote (`partnerEmail`, params `subject` and `body`).
 */
export const MAIL_TEMPLATES = [
  'partnerEmail',
  'mcaAttestedNotice',
  'gdapApprovedCustomer',
  'gdapApprovedPartner',
  'gdapExpiringCustomer',
  'gdapExpiringPartner',
  'gdapExpiredCustomer',
  'gdapExpiredPartner',
  'gdapEndedCustomer',
  'gdapEndedPartner',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export const mailRow = z.object({
  id: z.string(),
  /** The domain event the message comes from. */
  eventSeq: z.number().int(),
  /** Lower case. */
  to: z.string(),
  from: z.string(),
  sentAt: z.string(),
  template: z.enum(MAIL_TEMPLATES),
  params: z.record(z.string(), z.string()),
  /** Absolute links in the real form, on this simulator's origin and base path; `label` is a template key. */
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  /** Opened in the mailbox page (or `POST /api/sim/mailbox/{id}/read`). */
  read: z.boolean(),
});

export const sessionRow = z.object({
  token: z.string(),
  userId: z.string(),
  expiresAt: z.string(),
  kind: z.enum(['session', 'passwordChange', 'partner']),
});

/**
 * The guided procedure running (the Training page), or null: which one, the event seq it started after, and
 * the API calls that count as evidence (reads leave no event). Kept in the state so that two tabs, a reload
 * and an exported demo agree on it; `calls` is capped (mocks/db/training.ts).
 */
export const trainingRow = z.object({
  procedureId: z.string(),
  startedSeq: z.number().int(),
  startedAt: z.string(),
  calls: z.array(
    z.object({
      kind: z.enum(TRAINING_CALL_KINDS),
      tenantId: z.string().nullable(),
      resourceId: z.string().nullable(),
      afterSeq: z.number().int(),
    }),
  ),
});

export const dbSchema = z.object({
  version: z.literal(DB_VERSION),
  scenarioId: z.string(),
  fixedNow: z.string().nullable(),
  /** How far Demo › Time moved the clock on (ms), from the fixed time or the real one. */
  clockOffsetMs: z.number(),
  sequence: z.number().int(),
  tenants: z.array(tenantRow),
  users: z.array(userRow),
  partners: z.array(partnerRow),
  agents: z.array(agentRow),
  relationships: z.array(relationshipRow),
  agreements: z.array(agreementRow),
  purchases: z.array(purchaseRow),
  gdapRelationships: z.array(gdapRelationshipRow),
  events: z.array(domainEventRow),
  /** Every email sent in this demo, oldest first (the simulated mailboxes). */
  mailbox: z.array(mailRow),
  /** The simulated time GDAP relationships were last brought up to (null before the first request). */
  settledAt: z.string().nullable(),
  sessions: z.array(sessionRow),
  training: trainingRow.nullable().default(null),
});

export type DbState = z.infer<typeof dbSchema>;
export type TenantRow = z.infer<typeof tenantRow>;
export type UserRow = z.infer<typeof userRow>;
export type PartnerRow = z.infer<typeof partnerRow>;
export type AgentRow = z.infer<typeof agentRow>;
export type RelationshipRow = z.infer<typeof relationshipRow>;
export type AgreementRow = z.infer<typeof agreementRow>;
export type PurchaseRow = z.infer<typeof purchaseRow>;
export type GdapRelationshipRow = z.infer<typeof gdapRelationshipRow>;
export type SessionRow = z.infer<typeof sessionRow>;
export type DomainEventRow = z.infer<typeof domainEventRow>;
export type MailRow = z.infer<typeof mailRow>;
export type TrainingRow = z.infer<typeof trainingRow>;

/** What a scenario seeds: every table but the sessions. */
export type Seed = Omit<
  DbState,
  | 'version'
  | 'scenarioId'
  | 'fixedNow'
  | 'clockOffsetMs'
  | 'sequence'
  | 'sessions'
  | 'events'
  | 'mailbox'
  | 'settledAt'
  | 'training'
>;
