import type { ApiErrorBody } from '../../src/api/types';
import { REACH_OUT_MESSAGE } from '../../src/domain/acceptance';
import type { IndirectInvitationMismatch } from '../../src/domain/invitation-link';

/** A typed failure a handler throws; the wrapper turns it into Partner Center's error envelope. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: number | string,
    readonly description: string,
    readonly data: unknown[] = [],
    readonly source = 'Simulator',
    readonly errorName?: string,
  ) {
    super(description);
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = {
      code: this.code,
      description: this.description,
      data: this.data,
      source: this.source,
    };
    if (this.errorName) body.errorName = this.errorName;
    return body;
  }
}

// Partner Center codes where a real one exists; string codes are the simulator's own.
export const problems = {
  unauthorized: () => new ApiProblem(401, 1002, 'Authorization Failed', [], 'PartnerFD'),
  forbiddenTenant: () => new ApiProblem(403, 600006, 'The requested action is not allowed'),
  tenantNotFound: () => new ApiProblem(404, 60003, 'Tenant not found'),
  notFound: (what: string) => new ApiProblem(404, 'NotFound', `${what} was not found.`),
  invalidInput: (description: string, data: unknown[] = []) =>
    new ApiProblem(400, 'InvalidInput', description, data),
  accountNotFound: () =>
    new ApiProblem(
      401,
      'AccountNotFound',
      'This account does not exist in the simulator. Use a demo account.',
    ),
  wrongPassword: () => new ApiProblem(401, 'InvalidPassword', 'The password is incorrect.'),
  insufficientRole: (required: readonly string[]) =>
    new ApiProblem(403, 'InsufficientRole', `This action needs one of these roles: ${required.join(', ')}.`, [
      ...required,
    ]),
  mcaNotConfirmed: () =>
    new ApiProblem(
      403,
      13605,
      'Either a partner confirmation of the customer acceptance of the Microsoft Customer Agreement must be provided or the customer must accept the Microsoft Customer Agreement in the Microsoft Admin Center before you can complete this purchase',
    ),
  partnerAttestationRequired: (scenario: string) =>
    new ApiProblem(403, 'PartnerAttestationRequired', REACH_OUT_MESSAGE, [scenario]),
  /** An indirect reseller invitation whose partners do not go together; data: the reason and the names. */
  indirectInvitationMismatch: (
    kind: IndirectInvitationMismatch,
    names: { reseller: string; provider: string; msppId: string },
  ) =>
    new ApiProblem(
      400,
      'IndirectInvitationMismatch',
      (
        {
          unknownProvider: `No indirect provider with the ID '${names.provider}' exists.`,
          notIndirectReseller: `${names.reseller} is not an indirect reseller.`,
          notIndirectProvider: `${names.provider} is not an indirect provider.`,
          notProviderOfReseller: `${names.provider} is not the indirect provider of ${names.reseller}.`,
          msppIdMismatch: `msppId '${names.msppId}' is not the partner ID (MPN ID) of ${names.reseller}.`,
        } satisfies Record<IndirectInvitationMismatch, string>
      )[kind],
      [{ kind, ...names }],
    ),
  alreadyAccepted: (what: string) => new ApiProblem(409, 'AlreadyAccepted', `${what} is already accepted.`),
  unsupportedCountry: (country: string) =>
    new ApiProblem(400, 'UnsupportedCountry', `The agreement is not offered for country '${country}'.`),
  agreementDateInFuture: () =>
    new ApiProblem(400, 600002, 'Date of agreement cannot be greater than the current date.', [
      { field: 'dateAgreed', message: 'validation.dateInFuture' },
    ]),
  agreementAlreadyConfirmed: () =>
    new ApiProblem(
      400,
      600061,
      'A partner confirmed agreement already exists for the customer.',
      [],
      'Simulator',
      'PartnerConfirmedAgreementAlreadyExists',
    ),
  cloudAgreementRetired: (templateId: string) =>
    new ApiProblem(
      400,
      'InvalidInput',
      `Microsoft Cloud Agreement Template ID '${templateId}' is no longer supported.`,
    ),
  indirectResellerCannotAttest: (providerName: string | null) =>
    new ApiProblem(
      403,
      'IndirectResellerCannotAttest',
      `Indirect resellers cannot confirm customer acceptance. Work with your indirect provider${providerName ? ` (${providerName})` : ''} to get the attestation completed.`,
    ),
  indirectResellerCannotOrder: (partnerName: string, providerName: string | null) =>
    new ApiProblem(
      403,
      600006,
      `The requested action is not allowed: ${partnerName} is an indirect reseller, and indirect resellers order through their indirect provider${providerName ? ` (${providerName})` : ''}.`,
      [],
      'Simulator',
      'IndirectResellerCannotOrder',
    ),
  domainTaken: (domain: string) =>
    new ApiProblem(409, 'DomainAlreadyExists', `The domain '${domain}' is already in use.`, [
      { field: 'domain', message: 'validation.domainTaken' },
    ]),
  offerNotFound: (offerId: string) =>
    new ApiProblem(400, 'InvalidInput', `Offer '${offerId}' does not exist.`, [
      { field: 'offerId', message: 'validation.offerUnknown' },
    ]),
  malformedPath: () =>
    new ApiProblem(400, 'InvalidInput', 'The request path has a malformed percent-escape.'),
  deadEndpoint: () =>
    new ApiProblem(503, 'SimulatedFault', 'This simulated endpoint is down (an injected fault).'),
  injectedFault: () =>
    new ApiProblem(503, 'SimulatedFault', 'The simulated service is unavailable. Try again.'),
};
