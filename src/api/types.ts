// The wire contract between the app and the (simulated) backend. Partner Center shapes keep their real
// field names; the customer-side endpoints are the simulator's own (see README, "API").
import type { EntraRoleKey, GdapStatus } from '../domain/gdap';
import type { AcceptanceBlock, PurchaseKind } from '../domain/acceptance';
import type { AgreementType, RelationshipType } from '../domain/contract';
import type { McaStatus } from '../domain/mca-standing';
import type { AgentRole, PartnerKind } from '../domain/partner-center';
import type { Role } from '../domain/roles';

export interface Collection<T> {
  totalCount: number;
  items: T[];
  attributes: { objectType: 'Collection' };
}

export interface ApiErrorBody {
  code: number | string;
  description: string;
  data: unknown[];
  source: string;
  errorName?: string;
}

// Microsoft Graph's delegatedAdminRelationships (GDAP, the partner's side): Graph's names and envelopes.

/** Graph's error envelope: `details` names refused fields (`code` is the form's `validation.…` key). */
export interface GraphErrorBody {
  error: { code: string; message: string; details?: { code: string; message: string; target: string }[] };
}

/** Graph's collection envelope. */
export interface GraphCollection<T> {
  '@odata.context': string;
  value: T[];
}

export interface GraphRoles {
  unifiedRoles: { roleDefinitionId: string }[];
}

/** Graph's `delegatedAdminRelationship`. */
export interface DelegatedAdminRelationship {
  '@odata.context'?: string;
  '@odata.etag': string;
  id: string;
  displayName: string;
  /** ISO 8601 in days, e.g. `P730D`. */
  duration: string;
  customer: { tenantId: string; displayName: string };
  accessDetails: GraphRoles;
  status: GdapStatus;
  /** `PT0S` (off) or `P180D`. */
  autoExtendDuration: string;
  createdDateTime: string;
  activatedDateTime: string | null;
  lastModifiedDateTime: string;
  endDateTime: string | null;
}

/** What a partner sends to create one (POST) or, in part, to change one (PATCH). */
export interface NewDelegatedAdminRelationship {
  displayName: string;
  duration: string;
  customer: { tenantId: string; displayName?: string };
  accessDetails: GraphRoles;
  autoExtendDuration?: string;
}

export type DelegatedAdminRelationshipChanges = Partial<Omit<NewDelegatedAdminRelationship, 'customer'>>;

export type DelegatedAdminRequestAction = 'lockForApproval' | 'approve' | 'terminate';

/** Graph's `delegatedAdminRelationshipRequest`. */
export interface DelegatedAdminRelationshipRequest {
  '@odata.context'?: string;
  id: string;
  action: DelegatedAdminRequestAction;
  status: 'created' | 'pending' | 'succeeded' | 'failed';
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export type AccessAssignmentStatus = 'pending' | 'active' | 'deleting' | 'deleted' | 'error';

/** Graph's `delegatedAdminAccessAssignment`: roles given to one of the partner's security groups. */
export interface DelegatedAdminAccessAssignment {
  '@odata.context'?: string;
  '@odata.etag': string;
  id: string;
  status: AccessAssignmentStatus;
  accessContainer: { accessContainerId: string; accessContainerType: 'securityGroup' };
  accessDetails: GraphRoles;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface NewDelegatedAdminAccessAssignment {
  accessContainer: { accessContainerId: string; accessContainerType: 'securityGroup' };
  accessDetails: GraphRoles;
}

// Types only: the contract's values (agreement and relationship types) are in src/domain/contract.ts.
export type { AgreementType, RelationshipType };

export interface AgreementMetaData {
  templateId: string;
  agreementType: AgreementType;
  agreementLink: string;
  versionRank: number;
}

export interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
}

/** Partner Center's Agreement resource (a partner's confirmation of the customer's acceptance). */
export interface Agreement {
  userId?: string;
  primaryContact: Contact;
  dateAgreed: string;
  templateId: string;
  type: AgreementType;
  agreementLink?: string;
}

export interface DirectSignedCustomerAgreementStatus {
  isSigned: boolean;
}

export interface AgreementDocument {
  country: string;
  language: string;
  displayUri: string;
  downloadUri: string;
}

export type SignInResult =
  | { status: 'signedIn'; token: string; expiresAt: string }
  | { status: 'passwordChangeRequired'; changeToken: string };

export interface Session {
  token: string;
  expiresAt: string;
}

export interface Me {
  user: { id: string; displayName: string; userPrincipalName: string; roles: Role[] };
  tenant: { id: string; displayName: string; defaultDomain: string; country: string };
  mca: { confirmed: boolean; acceptedDirectly: boolean };
  now: string;
}

export interface PartnerContact {
  id: string;
  name: string;
  email: string;
  phone: string;
  website: string;
}

export interface PartnerSummary extends PartnerContact {
  relationshipTypes: RelationshipType[];
  /** Delegated admin roles the partner holds in the tenant. */
  roles: Role[];
}

export interface AgreementRecord {
  id: string;
  type: AgreementType;
  templateId: string;
  dateAgreed: string;
  acceptedVia: 'direct' | 'partner';
  acceptedBy: { displayName: string; email: string };
  partner: { id: string; name: string } | null;
}

export interface PartnerDetails extends PartnerSummary {
  mpnId: string;
  since: string;
  address: { line1: string; city: string; postalCode: string; countryCode: string };
  /** Agreements this partner confirmed for the tenant. */
  agreements: AgreementRecord[];
}

/** A GDAP relationship as the customer's admin center shows it (Partner relationships, Approve partner roles). */
export interface GranularAdminRelationship {
  id: string;
  displayName: string;
  status: GdapStatus;
  partner: PartnerContact & { address: PartnerDetails['address'] };
  /** Entra roles in the order the partner asked for them; `key` is null for a role this simulator cannot name. */
  roles: { id: string; key: EntraRoleKey | null; name: string }[];
  durationDays: number;
  autoExtendDays: number;
  createdAt: string;
  requestedAt: string | null;
  activatedAt: string | null;
  /** The expiration date (activation + duration, moved by auto-extend); null until active. */
  endAt: string | null;
  lastModifiedAt: string;
  /** When an unapproved request lapses (sent + 90 days); null once it is not waiting. */
  approvalExpiresAt: string | null;
  /** The partner still holds DAP roles in this tenant: the customer should remove them before approving. */
  partnerHoldsDap: boolean;
  /** Who ended it: the customer (Remove roles), the partner, or null while it has not ended that way. */
  endedBy: 'customer' | 'partner' | null;
}

/**
 * A page of Partner relationships' GDAP section, by partner then name. `groups` heads the partners on this
 * page, each with its number of relationships across all pages (the "Fabrikam (3)" of the grouped grid).
 */
export interface GranularAdminRelationshipPage extends Collection<GranularAdminRelationship> {
  groups: { partnerId: string; partnerName: string; count: number }[];
  /** How many of the tenant's partners still hold DAP roles (the page's DAP review bar), whatever the query. */
  dapPartnerCount: number;
}

export type InvitingPartner = PartnerContact & { address: PartnerDetails['address'] };

export interface Invitation {
  /** The inviting partner; in an indirect reseller invitation, the indirect reseller. */
  partner: InvitingPartner;
  /** In an indirect reseller invitation, the reseller's indirect provider (accepted in the same step). */
  provider: InvitingPartner | null;
  dap: boolean;
  /** The partner (and the provider) already has the relationship this link asks for. */
  alreadyAccepted: boolean;
  mcaConfirmed: boolean;
  block: AcceptanceBlock;
  /** While blocked: the partners to ask for a confirmation (see CustomerAgreementStatus). */
  partnersToContact: PartnerContact[];
}

export interface InvitationAcceptance {
  partnerId: string;
  relationshipTypes: RelationshipType[];
  /** The indirect provider that became the customer's partner in the same step, if any. */
  indirectProvider: { partnerId: string; relationshipTypes: RelationshipType[] } | null;
  mcaRecorded: boolean;
}

export type BillingAccountStatus = 'active' | 'pendingAgreement';

export interface BillingAccount {
  id: string;
  name: string;
  type: AgreementType;
  /** Nothing can be bought on an account until the MCA is accepted or confirmed. */
  status: BillingAccountStatus;
  soldTo: { companyName: string; country: string };
  agreements: AgreementRecord[];
}

export interface Product {
  id: string;
  name: string;
  kind: PurchaseKind;
  monthlyPrice: number;
  currency: string;
}

export interface Purchase {
  id: string;
  productId: string;
  productName: string;
  kind: PurchaseKind;
  quantity: number;
  purchasedAt: string;
  partner: { id: string; name: string } | null;
}

export interface DemoAccount {
  userPrincipalName: string;
  password: string;
  displayName: string;
  roles: Role[];
  temporaryPassword: boolean;
}

export type LocalizedText = Record<'en-US' | 'it-IT', string>;

export interface PartnerDemoAccount {
  userPrincipalName: string;
  password: string;
  displayName: string;
  roles: AgentRole[];
  partnerName: string;
  partnerKind: PartnerKind;
}

export interface ScenarioSummary {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  accounts: DemoAccount[];
  /** Partner Center (simulated) agents of the scenario's partners. */
  partnerAccounts: PartnerDemoAccount[];
  /** In-app routes a partner would send this customer to (hash routes, with their link parameters). */
  links: { label: LocalizedText; route: string }[];
}

export interface SimulatorState {
  scenarioId: string;
  scenarioTitle: LocalizedText;
  now: string;
  fixedClock: boolean;
  /** How far Demo › Time moved the clock on, in ms (0 until moved; Reset demo sets it back to 0). */
  clockOffsetMs: number;
  notices: ('storageReset' | 'unknownScenario' | 'invalidClock' | 'invalidFaults')[];
  /** The injected faults in force, e.g. `latency:2000,error:0.3`; empty when none. */
  faults: string;
}

/** The guided procedure running (`GET /api/sim/training`) and which of its steps are done. */
export interface TrainingProgress {
  procedureId: string | null;
  startedAt: string | null;
  steps: { id: string; side: 'customer' | 'partner' | 'api'; done: boolean }[];
}

// Partner Center (simulated): the partner side.

export interface PartnerMe {
  agent: { id: string; displayName: string; userPrincipalName: string; roles: AgentRole[] };
  partner: {
    id: string;
    name: string;
    kind: PartnerKind;
    mpnId: string;
    provider: { id: string; name: string } | null;
  };
  now: string;
}

/** A row of the partner's Customers list (the portal's own read model). */
/** The simulator's record of the partner asking the customer to accept the MCA in the admin center. */
export interface McaInvitation {
  /** When the partner last invited the customer, or null when it never did. */
  invitedAt: string | null;
  /** The Accept agreement link to send the customer (on this simulator's host). */
  link: string;
}

export interface PartnerCustomerSummary {
  id: string;
  companyName: string;
  domain: string;
  country: string;
  relationshipTypes: RelationshipType[];
  mca: McaStatus;
}

export interface Address {
  country: string;
  city: string;
  state?: string;
  addressLine1: string;
  postalCode: string;
  firstName: string;
  lastName: string;
  phoneNumber?: string;
}

/** Partner Center's Customer resource (the fields this simulator keeps). */
export interface Customer {
  id: string;
  commerceId: string;
  companyProfile: {
    tenantId: string;
    domain: string;
    companyName: string;
    attributes: { objectType: 'CustomerCompanyProfile' };
  };
  billingProfile: {
    email: string;
    culture: string;
    language: string;
    companyName: string;
    defaultAddress: Address;
    attributes: { objectType: 'CustomerBillingProfile' };
  };
  relationshipToPartner: 'reseller' | 'advisor' | 'none';
  allowDelegatedAccess: boolean;
  /** Only in the answer to the call that created the customer: the first admin's credentials. */
  userCredentials?: { userName: string; password: string };
  attributes: { objectType: 'Customer' };
}

export interface NewCustomer {
  companyProfile: { domain: string };
  billingProfile: Omit<Customer['billingProfile'], 'attributes'>;
}

export interface RelationshipRequest {
  url: string;
  attributes: { objectType: 'RelationshipRequest' };
}

export interface PartnerRelationship {
  id: string;
  name: string;
  relationshipType: 'none' | 'is_indirect_reseller_of' | 'is_indirect_cloud_solution_provider_of';
  mpnId: string;
  location: string;
  state: 'active';
  attributes: { objectType: 'PartnerRelationship' };
}

export interface Offer {
  id: string;
  name: string;
  category: PurchaseKind;
  unitPrice: number;
  currency: string;
  attributes: { objectType: 'Offer' };
}

export interface OrderLineItem {
  lineItemNumber: number;
  offerId: string;
  quantity: number;
}

export interface Order {
  id: string;
  referenceCustomerId: string;
  billingCycle: 'monthly' | 'annual' | 'none';
  lineItems: OrderLineItem[];
  creationDate: string;
  status: 'completed';
  attributes: { objectType: 'Order' };
}

/** An email in a simulated mailbox (`GET /api/sim/mailbox`), rendered in the language asked for. */
export interface MailMessage {
  id: string;
  to: string;
  from: string;
  subject: string;
  /** The simulated clock's time it was sent. */
  sentAt: string;
  /** Plain text, lines separated by `\n`. */
  body: string;
  /** Absolute links in the real form, on this simulator's origin and base path. */
  links: { label: string; url: string }[];
  /** Whether it was opened. */
  read: boolean;
}

/** An address that has mail in this demo (`GET /api/sim/mailboxes`). */
export interface MailboxSummary {
  address: string;
  messages: number;
  latestAt: string;
}

/** What a partner sends from an email template (`POST /api/sim/mailbox`). */
export interface OutgoingEmail {
  to: string;
  subject: string;
  body: string;
  kind: 'resellerRequest' | 'gdapRequest' | 'mcaInvitation' | 'newCustomer';
  /** The customer it is about, when there is one. */
  customerId?: string;
}
