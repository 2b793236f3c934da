// Values of the wire contract (src/api/types.ts) that the app and the mock backend both use. They live here,
// not in the types file, so that the mock can import them without importing src/api at run time.

/** Partner Center's agreement types (`agreementType` of the agreement metadata and of an agreement). */
export const MCA_TYPE = 'MicrosoftCustomerAgreement';
export const CLOUD_AGREEMENT_TYPE = 'MicrosoftCloudAgreement';
export type AgreementType = typeof MCA_TYPE | typeof CLOUD_AGREEMENT_TYPE;

/** The kinds of relationship a partner can have with a customer tenant. */
export const RELATIONSHIP_TYPES = [
  'reseller',
  'indirectReseller',
  'indirectProvider',
  'delegatedAdmin',
  'advisor',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
