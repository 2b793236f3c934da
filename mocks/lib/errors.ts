import type { ApiErrorBody, GraphErrorBody } from '../../src/api/types';
import { REACH_OUT_MESSAGE } from '../../src/domain/acceptance';

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

/** One refused field in a Graph error: `code` is the form's message key (`validation.…`), `target` its body path. */
export type GraphErrorDetail = NonNullable<GraphErrorBody['error']['details']>[number];

/**
 * A typed failure of a Microsoft Graph handler (`/v1.0/…`); the Graph flavour of the wrapper turns it into
 * Graph's envelope `{ error: { code, message, details? } }`.
 */
export class GraphProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: GraphErrorDetail[] = [],
  ) {
    super(message);
  }

  toBody(): GraphErrorBody {
    const error: GraphErrorBody['error'] = { code: this.code, message: this.message };
    if (this.details.length) error.details = this.details;
    return { error };
  }
}

/** Graph's error codes for Partner Center's failures that the shared wrapper raises (sign-in, body, faults). */
const GRAPH_CODES: Record<number, string> = {
  400: 'invalidRequest',
  401: 'InvalidAuthenticationToken',
  403: 'accessDenied',
  404: 'Request_ResourceNotFound',
  409: 'conflict',
  503: 'serviceNotAvailable',
};

/**
 * The same failure in Graph's envelope: what the shared checks throw (no token, a body that is not JSON, an
 * injected fault) reads as Graph would say it on a Graph path. Field issues become `details`.
 */
export function asGraphProblem(problem: ApiProblem): GraphProblem {
  const code = GRAPH_CODES[problem.status] ?? 'generalException';
  const details = problem.data.flatMap((item) => {
    const { field, message: key } = (item ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field !== 'string' || typeof key !== 'string') return [];
    return key.startsWith('validation.')
      ? [{ code: key, message: fieldMessage(key), target: field }]
      : [{ code: 'invalidValue', message: key, target: field }];
  });
  // The message says what to fix, not only that something is wrong.
  const message =
    problem.status === 401
      ? 'Access token is empty or invalid.'
      : [
          problem.description,
          ...details.map((d) => (d.code === 'invalidValue' ? `${d.target}: ${d.message}` : d.message)),
        ].join(' ');
  return new GraphProblem(problem.status, code, message, details);
}

/** English words for a refused field, for whoever reads the raw answer (the app shows its own, by `code`). */
const FIELD_MESSAGES: Record<string, string> = {
  'validation.gdapNameRequired': 'displayName is required.',
  'validation.nameTooLong': 'displayName must be at most 50 characters.',
  'validation.controlCharacters': 'The value contains control characters.',
  'validation.gdapDurationInvalid': 'duration must be an ISO 8601 duration from P1D to P2Y (730 days).',
  'validation.gdapRolesRequired': 'accessDetails.unifiedRoles must name at least one role.',
  'validation.gdapRoleUnknown': 'roleDefinitionId is not a Microsoft Entra built-in role this service knows.',
  'validation.gdapAutoExtendInvalid': 'autoExtendDuration must be PT0S, P0D or P180D.',
  'validation.gdapAutoExtendGlobalAdmin':
    'autoExtendDuration P180D is not allowed when Global Administrator is among the roles.',
  'validation.gdapNameTaken': 'Another relationship of this partner already has this displayName.',
  'validation.gdapSecurityGroupInvalid': 'accessContainerId must be the GUID of a security group.',
  'validation.gdapRoleNotInRelationship': 'Every role must be one the relationship grants.',
};

const fieldMessage = (key: string) => FIELD_MESSAGES[key] ?? 'The value is not valid.';

/** Microsoft Graph's failures for the partner's GDAP relationships (Graph-like codes, our words). */
export const graphProblems = {
  notFound: (id: string) =>
    new GraphProblem(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  adminAgentOnly: () =>
    new GraphProblem(
      403,
      'accessDenied',
      'Only an Admin agent may request, change or end GDAP relationships and assign their roles. A Sales agent or a user without an agent role can only read them.',
    ),
  notACustomer: (tenantId: string, partnerName: string) =>
    new GraphProblem(
      403,
      'accessDenied',
      `Tenant '${tenantId}' is not a customer of ${partnerName}: a partner asks GDAP roles only of its own customers.`,
    ),
  unknownCustomer: (tenantId: string) =>
    new GraphProblem(400, 'invalidRequest', `customer.tenantId '${tenantId}' is not a known tenant.`, [
      { code: 'invalidValue', message: 'Unknown tenant.', target: 'customer.tenantId' },
    ]),
  nameTaken: (name: string) =>
    new GraphProblem(
      409,
      'nameAlreadyExists',
      `You already have a relationship named '${name}': displayName must be unique for the partner.`,
      [{ code: 'validation.gdapNameTaken', message: 'displayName is already used.', target: 'displayName' }],
    ),
  autoExtendWithGlobalAdmin: () =>
    new GraphProblem(
      400,
      'invalidRequest',
      'autoExtendDuration P180D is not allowed when Global Administrator is among the roles: remove Global Administrator or set autoExtendDuration to PT0S.',
      [
        {
          code: 'validation.gdapAutoExtendGlobalAdmin',
          message: 'Auto-extend is not allowed with Global Administrator.',
          target: 'autoExtendDuration',
        },
      ],
    ),
  roleNotInRelationship: () =>
    new GraphProblem(
      400,
      'invalidRequest',
      'An access assignment may only give roles that the relationship grants.',
      [
        {
          code: 'validation.gdapRoleNotInRelationship',
          message: 'A role the relationship does not grant.',
          target: 'accessDetails.unifiedRoles',
        },
      ],
    ),
  ifMatchRequired: () =>
    new GraphProblem(
      400,
      'invalidRequest',
      "The If-Match header is required: send the '@odata.etag' you last read.",
    ),
  nothingToChange: () =>
    new GraphProblem(
      400,
      'invalidRequest',
      'The body names nothing to change: send displayName, duration, accessDetails or autoExtendDuration.',
    ),
  preconditionFailed: () =>
    new GraphProblem(
      412,
      'preconditionFailed',
      'The resource was changed since you read it: its etag does not match If-Match. Read it again, then retry.',
    ),
  wrongStatus: (message: string) => new GraphProblem(409, 'conflict', message),
  customerApproves: () =>
    new GraphProblem(
      403,
      'accessDenied',
      'Only the customer approves a relationship: a Global admin of the customer opens the approval link in the admin center.',
    ),
  unsupportedFilter: (filter: string) =>
    new GraphProblem(
      400,
      'invalidRequest',
      `Unsupported $filter '${filter}': use status eq '…', status in ('…', '…') or customer/tenantId eq '…', joined with 'and'.`,
    ),
  securityGroupTaken: () =>
    new GraphProblem(
      409,
      'conflict',
      'This security group already has an access assignment in this relationship: change that one instead.',
    ),
};
