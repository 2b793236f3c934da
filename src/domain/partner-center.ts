// Partner Center's side of the program: partner kinds, agent roles and what each may do.
export const PARTNER_KINDS = ['directBill', 'indirectProvider', 'indirectReseller'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const AGENT_ROLES = ['adminAgent', 'salesAgent'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** Create customers, confirm acceptance and place orders: an Admin agent or a Sales agent. */
export const canManageCustomers = (roles: readonly AgentRole[]) =>
  roles.includes('adminAgent') || roles.includes('salesAgent');

/** Indirect resellers cannot attest; their indirect provider does it for them. */
export const canAttest = (kind: PartnerKind) => kind !== 'indirectReseller';

/** Indirect resellers buy through their indirect provider, not in Partner Center. */
export const canPlaceOrders = (kind: PartnerKind) => kind !== 'indirectReseller';

export const ONMICROSOFT_SUFFIX = '.onmicrosoft.com';

/**
 * Only a reseller of the customer (direct, indirect reseller or indirect provider) orders and confirms
 * acceptance for it; an advisor advises and does neither.
 */
export const isResellerOf = (relationshipTypes: readonly string[]) =>
  relationshipTypes.some(
    (type) => type === 'reseller' || type === 'indirectReseller' || type === 'indirectProvider',
  );
