// A customer's standing with the Microsoft Customer Agreement (MCA): one rule for the mock backend and the
// Partner Center pages, so that the Customers list, Account info and the order gate always agree.

/**
 * The earliest acceptance date the simulator takes: Microsoft introduced the MCA in 2018, and Partner Center's
 * own API examples confirm acceptances dated 2018-06-14, so the first day is the start of that year. An
 * acceptance dated earlier (1899-12-31, a typo of the century) cannot be real.
 */
export const MCA_FIRST_DAY = '2018-01-01';

const MCA_FIRST_MS = Date.parse(`${MCA_FIRST_DAY}T00:00:00Z`);

/** Whether an acceptance date (ISO 8601, read in UTC as Partner Center does) is on or after the MCA's first day. */
export function isAfterMcaStart(dateAgreed: string): boolean {
  const time = Date.parse(dateAgreed);
  return !Number.isNaN(time) && time >= MCA_FIRST_MS;
}

/** A customer's MCA standing as a partner sees it. */
export interface McaStatus {
  /** A partner confirmed the customer's acceptance (POST /v1/customers/{id}/agreements). */
  attested: boolean;
  /** The customer accepted in the admin center (directSignedMicrosoftCustomerAgreementStatus). */
  acceptedDirectly: boolean;
  /**
   * When the partner asked the customer to accept in the admin center (the simulator's record); absent when it
   * never did.
   */
  invitedAt?: string;
}

/** What is on record about a customer's acceptance, as both the backend and the Partner Center API show it. */
export interface McaEvidence {
  /** The partners' confirmations (GET /v1/customers/{id}/agreements?agreementType=MicrosoftCustomerAgreement). */
  confirmations: readonly { dateAgreed: string }[];
  /** The customer accepted in the admin center (`isSigned`). */
  signedDirectly: boolean;
}

/** The standing: a confirmation counts only when dated on or after the MCA's first day. */
export function mcaStanding(evidence: McaEvidence): McaStatus {
  return {
    attested: evidence.confirmations.some((row) => isAfterMcaStart(row.dateAgreed)),
    acceptedDirectly: evidence.signedDirectly,
  };
}

/** Orders may be placed once the acceptance is confirmed either way (else 403, code 13605). */
export const isMcaSettled = (status: McaStatus) => status.attested || status.acceptedDirectly;

/**
 * Where a customer stands as the partner's pages say it: accepted (either way); invited to accept in the
 * admin center and waiting for the customer; or neither, which asks the partner to act.
 */
export type McaStage = 'accepted' | 'invited' | 'notConfirmed';

export const mcaStage = (status: McaStatus): McaStage =>
  isMcaSettled(status) ? 'accepted' : status.invitedAt ? 'invited' : 'notConfirmed';
