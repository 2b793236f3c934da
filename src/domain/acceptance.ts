// When may a customer accept the Microsoft Customer Agreement themselves? The two "existing purchase"
// scenarios of the Partner Center guide, derived from the tenant's data.

/** What a tenant can have bought. Every kind counts toward the two scenarios when bought through a partner. */
export const PURCHASE_KINDS = [
  'offer',
  'software',
  'softwareSubscription',
  'reservedInstance',
  'azurePlan',
] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];

export interface PurchaseFact {
  kind: PurchaseKind;
  /** The partner it was bought through; null when bought in the admin center itself. */
  partnerId: string | null;
}

export interface AcceptanceFacts {
  /** The MCA is already accepted directly or confirmed by a partner's attestation. */
  mcaConfirmed: boolean;
  purchases: readonly PurchaseFact[];
  /** Partners the tenant already has a relationship with. */
  partnerIds: readonly string[];
  /** The partner whose invitation is being opened, if any. */
  invitingPartnerId?: string;
}

/**
 * - `scenario1`: the tenant bought through an existing partner relationship and the MCA is not confirmed;
 * - `scenario2`: the same history, and the invitation comes from a partner new to the tenant;
 * - `none`: the customer may accept directly.
 * Either scenario lifts once a partner attests the customer's acceptance.
 */
export type AcceptanceBlock = 'none' | 'scenario1' | 'scenario2';

export function acceptanceBlock(facts: AcceptanceFacts): AcceptanceBlock {
  if (facts.mcaConfirmed) return 'none';
  const boughtThroughPartner = facts.purchases.some((purchase) => purchase.partnerId !== null);
  if (!boughtThroughPartner) return 'none';
  if (facts.invitingPartnerId && !facts.partnerIds.includes(facts.invitingPartnerId)) return 'scenario2';
  return 'scenario1';
}

/** The message the real admin center shows in both scenarios, reproduced exactly. */
export const REACH_OUT_MESSAGE =
  'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.';
