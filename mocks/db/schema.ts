import { z } from 'zod';
import { PURCHASE_KINDS } from '../../src/domain/acceptance';
import { AGENT_ROLES, PARTNER_KINDS } from '../../src/domain/partner-center';
import { ROLES } from '../../src/domain/roles';
import { CLOUD_AGREEMENT_TYPE, MCA_TYPE, RELATIONSHIP_TYPES } from '../../src/domain/contract';

// The tables of the simulated backend. Stored data is parsed with this schema; what fails is reset.
export const DB_VERSION = 2;

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
export const sessionRow = z.object({
  token: z.string(),
  userId: z.string(),
  expiresAt: z.string(),
  kind: z.enum(['session', 'passwordChange', 'partner']),
});

export const dbSchema = z.object({
  version: z.literal(DB_VERSION),
  scenarioId: z.string(),
  fixedNow: z.string().nullable(),
  sequence: z.number().int(),
  tenants: z.array(tenantRow),
  users: z.array(userRow),
  partners: z.array(partnerRow),
  agents: z.array(agentRow),
  relationships: z.array(relationshipRow),
  agreements: z.array(agreementRow),
  purchases: z.array(purchaseRow),
  sessions: z.array(sessionRow),
});

export type DbState = z.infer<typeof dbSchema>;
export type TenantRow = z.infer<typeof tenantRow>;
export type UserRow = z.infer<typeof userRow>;
export type PartnerRow = z.infer<typeof partnerRow>;
export type AgentRow = z.infer<typeof agentRow>;
export type RelationshipRow = z.infer<typeof relationshipRow>;
export type AgreementRow = z.infer<typeof agreementRow>;
export type PurchaseRow = z.infer<typeof purchaseRow>;
export type SessionRow = z.infer<typeof sessionRow>;

/** What a scenario seeds: every table but the sessions. */
export type Seed = Omit<DbState, 'version' | 'scenarioId' | 'fixedNow' | 'sequence' | 'sessions'>;
