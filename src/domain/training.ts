// Guided procedures (the Training page): which procedures there are, the scenario each starts from, and,
// for each step, how to tell from what happened that the trainee did it. Pure: the backend calls
// `trainingProgress` with the domain events since the procedure started, the API calls it noted (reads leave
// no event) and a few facts of the state; the texts live with the Training page (src/features/training).

/** Where a step is done: the admin center, Partner Center (simulated), or `npm run api` with curl. */
export type TrainingSide = 'customer' | 'partner' | 'api';

/** The subset of a domain event (mocks/db/schema.ts `domainEventRow`) that detection reads. */
export interface TrainingEvent {
  seq: number;
  type: string;
  tenantId: string | null;
  partnerId: string | null;
  resourceId: string | null;
  data: Record<string, string | number | boolean | string[]>;
}

/** API calls that count as evidence (reads and sign-ins leave no domain event). */
export const TRAINING_CALL_KINDS = [
  'customerSignIn',
  'partnerSignIn',
  'agreementDocument',
  'agreementMetadata',
  'billingAccounts',
  'invitationOpened',
  'partnersList',
  'partnerDetails',
  'gdapList',
  'gdapOpened',
  'partnerCustomers',
  'customerAgreements',
  'directSignStatus',
  'relationshipRequestLink',
  'partnerAdminRelationships',
] as const;
export type TrainingCallKind = (typeof TRAINING_CALL_KINDS)[number];

/** A call the backend noted while a procedure ran. */
export interface TrainingCall {
  kind: TrainingCallKind;
  /** The customer tenant it was about (the caller's own, or the customer a partner asked about). */
  tenantId: string | null;
  /** What else identifies it: a partner id, a GDAP relationship id, a country, a status filter. */
  resourceId: string | null;
  /** The last event's seq when it was made: "after the customer accepted" is `afterSeq >= that seq`. */
  afterSeq: number;
}

export interface TrainingInput {
  events: readonly TrainingEvent[];
  calls: readonly TrainingCall[];
  facts: { scenarioId: string };
}

/**
 * What a call to the API is, by method and path, for the calls that count; null for the rest. The tenant
 * of a customer's own call is added by the backend (from the session); a partner's names it in the path.
 */
export function classifyCall(
  method: string,
  pathname: string,
  search: URLSearchParams,
): { kind: TrainingCallKind; tenantId?: string; resourceId?: string } | null {
  const path = pathname.replace(/\/+$/, '');
  const m = method.toUpperCase();
  if (m === 'POST') {
    if (path.endsWith('/api/auth/signin') || path.endsWith('/api/auth/password'))
      return { kind: 'customerSignIn' };
    if (path.endsWith('/api/partner/signin')) return { kind: 'partnerSignIn' };
    return null;
  }
  if (m !== 'GET') return null;
  const at = (pattern: RegExp) => pattern.exec(path);
  let match: RegExpExecArray | null;
  if (at(/\/api\/billing-accounts$/)) return { kind: 'billingAccounts' };
  if (at(/\/v1\/agreements$/)) return { kind: 'agreementMetadata' };
  if (at(/\/v1\/agreementtemplates\/[^/]+\/document$/i))
    return { kind: 'agreementDocument', resourceId: (search.get('country') ?? 'US').toUpperCase() };
  if ((match = at(/\/api\/invitations\/([^/]+)$/)))
    return { kind: 'invitationOpened', resourceId: match[1]?.toLowerCase() ?? '' };
  if (at(/\/api\/partners$/)) return { kind: 'partnersList' };
  if ((match = at(/\/api\/partners\/([^/]+)$/)))
    return { kind: 'partnerDetails', resourceId: match[1]?.toLowerCase() ?? '' };
  if (at(/\/api\/granular-admin-relationships$/))
    return { kind: 'gdapList', resourceId: search.get('status') ?? '' };
  if ((match = at(/\/api\/granular-admin-relationships\/([^/]+)$/)))
    return { kind: 'gdapOpened', resourceId: match[1]?.toLowerCase() ?? '' };
  if (at(/\/api\/partner\/customers$/) || at(/\/v1\/customers$/)) return { kind: 'partnerCustomers' };
  if (at(/\/v1\/customers\/relationshiprequests$/i)) return { kind: 'relationshipRequestLink' };
  if ((match = at(/\/v1\/customers\/([^/]+)\/agreements$/)))
    return { kind: 'customerAgreements', tenantId: match[1]?.toLowerCase() ?? '' };
  if ((match = at(/\/v1\/customers\/([^/]+)\/directSignedMicrosoftCustomerAgreementStatus$/i)))
    return { kind: 'directSignStatus', tenantId: match[1]?.toLowerCase() ?? '' };
  if (at(/\/v1\.0\/tenantRelationships\/delegatedAdminRelationships$/))
    return { kind: 'partnerAdminRelationships' };
  return null;
}

// The seeds' ids the procedures are about (mocks/scenarios; mocks/handlers/training.test.ts checks them).
export const TRAINING_IDS = {
  fabrikam: '3b33e682-00c3-41ee-9dd2-a548adf56438',
  contosoNew: 'c0a1e5b2-0001-4a6e-9b1c-000000000001',
  northwind: 'c0a1e5b2-0002-4a6e-9b1c-000000000002',
  adatum: 'c0a1e5b2-0003-4a6e-9b1c-000000000003',
  woodgrove: 'c0a1e5b2-0005-4a6e-9b1c-000000000005',
  relecloud: 'c0a1e5b2-0008-4a6e-9b1c-000000000008',
  wingtip: 'c0a1e5b2-0009-4a6e-9b1c-000000000009',
  graphicDesign: 'c0a1e5b2-0010-4a6e-9b1c-000000000010',
  tailwind: 'c0a1e5b2-0015-4a6e-9b1c-000000000015',
  /** Tailwind's "Fabrikam security review", expiring three weeks after gdap-lifecycle starts. */
  expiringGdap: 'd1a90012-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0015-4a6e-9b1c-000000000015',
} as const;

const ids = TRAINING_IDS;

type Match<T> = Partial<Record<keyof T, unknown>>;

const matches = <T extends object>(row: T, match: Match<T>) =>
  Object.entries(match).every(([key, value]) => row[key as keyof T] === value);

/** The helpers a step's rule reads: the first matching event, and whether a matching call was made. */
class Evidence {
  constructor(private readonly input: TrainingInput) {}

  event(type: string, match: Match<TrainingEvent> = {}): TrainingEvent | undefined {
    return this.input.events.find((event) => event.type === type && matches(event, match));
  }

  /**
   * Whether a matching call was made; with `after`, made after that event (`null`: the event it must follow
   * has not happened, so no call counts yet).
   */
  call(kind: TrainingCallKind, match: Match<TrainingCall> = {}, after?: TrainingEvent | null): boolean {
    if (after === null) return false;
    return this.input.calls.some(
      (call) => call.kind === kind && matches(call, match) && (!after || call.afterSeq >= after.seq),
    );
  }

  /** Whether a call of this kind satisfies `test`. */
  someCall(kind: TrainingCallKind, test: (call: TrainingCall) => boolean): boolean {
    return this.input.calls.some((call) => call.kind === kind && test(call));
  }

  /** The customer a partner created during the procedure (procedures 2 and 7). */
  createdCustomer(): TrainingEvent | undefined {
    return this.event('customerCreated');
  }
}

export interface TrainingStep {
  id: string;
  side: TrainingSide;
  done: (evidence: Evidence) => boolean;
}

export interface TrainingProcedure {
  id: string;
  /** Its number in the list (1–14), shown on the Training page. */
  number: number;
  scenarioId: string;
  /** The side the trainee starts on (signed out there when the procedure starts). */
  startsOn: TrainingSide;
  steps: TrainingStep[];
}

const step = (id: string, side: TrainingSide, done: (e: Evidence) => boolean): TrainingStep => ({
  id,
  side,
  done,
});

const fabrikam = { partnerId: ids.fabrikam };

export const TRAINING_PROCEDURES: readonly TrainingProcedure[] = [
  {
    id: 'mca-template',
    number: 1,
    scenarioId: 'partner-training',
    startsOn: 'customer',
    steps: [
      step('signIn', 'customer', (e) => e.call('customerSignIn', { tenantId: ids.graphicDesign })),
      step('billingAccounts', 'customer', (e) => e.call('billingAccounts', { tenantId: ids.graphicDesign })),
      // Graphic Design Institute is in the United Kingdom: the template for its country. The Accept
      // agreement page and the document page both load it.
      step('openDocument', 'customer', (e) =>
        e.call('agreementDocument', { tenantId: ids.graphicDesign, resourceId: 'GB' }),
      ),
    ],
  },
  {
    id: 'attest-new-customer',
    number: 2,
    scenarioId: 'partner-training',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('createCustomer', 'partner', (e) => Boolean(e.event('customerCreated', fabrikam))),
      step('attested', 'partner', (e) => {
        const created = e.createdCustomer();
        return Boolean(created && e.event('mcaAttested', { tenantId: created.tenantId, ...fabrikam }));
      }),
      step('checkAccountInfo', 'partner', (e) => {
        const created = e.createdCustomer();
        const attested = created ? e.event('mcaAttested', { tenantId: created.tenantId }) : undefined;
        return e.call('customerAgreements', { tenantId: created?.tenantId ?? null }, attested ?? null);
      }),
    ],
  },
  {
    id: 'attest-existing-customer',
    number: 3,
    scenarioId: 'partner-training',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('openAccountInfo', 'partner', (e) =>
        e.call('customerAgreements', { tenantId: ids.graphicDesign }),
      ),
      step('attest', 'partner', (e) =>
        Boolean(e.event('mcaAttested', { tenantId: ids.graphicDesign, ...fabrikam })),
      ),
    ],
  },
  {
    id: 'retrieve-confirmation',
    number: 4,
    scenarioId: 'partner-training',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('openCustomers', 'partner', (e) => e.call('partnerCustomers')),
      step('openRelecloud', 'partner', (e) => e.call('customerAgreements', { tenantId: ids.relecloud })),
    ],
  },
  {
    id: 'confirm-with-api',
    number: 5,
    scenarioId: 'partner-training',
    startsOn: 'api',
    steps: [
      step('token', 'api', (e) => e.call('partnerSignIn')),
      step('metadata', 'api', (e) => e.call('agreementMetadata')),
      step('post', 'api', (e) =>
        Boolean(e.event('mcaAttested', { tenantId: ids.graphicDesign, ...fabrikam })),
      ),
      step('get', 'api', (e) =>
        e.call(
          'customerAgreements',
          { tenantId: ids.graphicDesign },
          e.event('mcaAttested', { tenantId: ids.graphicDesign }) ?? null,
        ),
      ),
    ],
  },
  {
    id: 'customer-accepts',
    number: 6,
    scenarioId: 'existing-customer',
    startsOn: 'customer',
    steps: [
      step('signIn', 'customer', (e) => e.call('customerSignIn', { tenantId: ids.northwind })),
      step('billingAccounts', 'customer', (e) => e.call('billingAccounts', { tenantId: ids.northwind })),
      step('openAgreement', 'customer', (e) => e.call('agreementMetadata', { tenantId: ids.northwind })),
      step('accept', 'customer', (e) => Boolean(e.event('mcaAccepted', { tenantId: ids.northwind }))),
      step('partners', 'customer', (e) =>
        e.call(
          'partnersList',
          { tenantId: ids.northwind },
          e.event('mcaAccepted', { tenantId: ids.northwind }) ?? null,
        ),
      ),
    ],
  },
  {
    id: 'create-and-accept',
    number: 7,
    scenarioId: 'partner-training',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('createInvited', 'partner', (e) => {
        const created = e.createdCustomer();
        return Boolean(created && e.event('mcaInvited', { tenantId: created.tenantId, ...fabrikam }));
      }),
      step('customerSignIn', 'customer', (e) => {
        const created = e.createdCustomer();
        return Boolean(created && e.event('passwordChanged', { tenantId: created.tenantId }));
      }),
      step('accept', 'customer', (e) => {
        const created = e.createdCustomer();
        return Boolean(created && e.event('mcaAccepted', { tenantId: created.tenantId }));
      }),
    ],
  },
  {
    id: 'invite-new-customer',
    number: 8,
    scenarioId: 'new-customer',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('openRequest', 'partner', (e) => e.call('relationshipRequestLink')),
      // Emitted by the template's Open in email (the mail part of issue 12).
      step('sendEmail', 'partner', (e) => Boolean(e.event('relationshipRequestEmailed', fabrikam))),
      step('openLink', 'customer', (e) =>
        e.call('invitationOpened', { tenantId: ids.contosoNew, resourceId: ids.fabrikam }),
      ),
      step('accept', 'customer', (e) =>
        Boolean(e.event('relationshipAccepted', { tenantId: ids.contosoNew, ...fabrikam })),
      ),
      step('partners', 'customer', (e) =>
        e.call(
          'partnersList',
          { tenantId: ids.contosoNew },
          e.event('relationshipAccepted', { tenantId: ids.contosoNew }) ?? null,
        ),
      ),
    ],
  },
  {
    id: 'invite-existing-customer',
    number: 9,
    scenarioId: 'partner-training',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('invite', 'partner', (e) => Boolean(e.event('mcaInvited', { tenantId: ids.graphicDesign }))),
      step('openLink', 'customer', (e) =>
        e.call(
          'agreementMetadata',
          { tenantId: ids.graphicDesign },
          e.event('mcaInvited', { tenantId: ids.graphicDesign }) ?? null,
        ),
      ),
      step('accept', 'customer', (e) => Boolean(e.event('mcaAccepted', { tenantId: ids.graphicDesign }))),
      step('partnerSees', 'partner', (e) =>
        e.call('partnerCustomers', {}, e.event('mcaAccepted', { tenantId: ids.graphicDesign }) ?? null),
      ),
    ],
  },
  {
    id: 'partner-attests',
    number: 10,
    scenarioId: 'scenario-1',
    startsOn: 'customer',
    steps: [
      step('reachOut', 'customer', (e) => e.call('agreementMetadata', { tenantId: ids.adatum })),
      step('attest', 'partner', (e) =>
        Boolean(e.event('mcaAttested', { tenantId: ids.adatum, ...fabrikam })),
      ),
      step('unblocked', 'customer', (e) =>
        e.call(
          'agreementMetadata',
          { tenantId: ids.adatum },
          e.event('mcaAttested', { tenantId: ids.adatum }) ?? null,
        ),
      ),
    ],
  },
  {
    id: 'check-accepted',
    number: 11,
    scenarioId: 'partner-training',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('customers', 'partner', (e) => e.call('partnerCustomers')),
      step('direct', 'partner', (e) => e.call('directSignStatus', { tenantId: ids.wingtip })),
      step('notAccepted', 'partner', (e) => e.call('directSignStatus', { tenantId: ids.graphicDesign })),
    ],
  },
  {
    id: 'gdap-request',
    number: 12,
    scenarioId: 'partner-training',
    startsOn: 'partner',
    steps: [
      step('signIn', 'partner', (e) => e.call('partnerSignIn')),
      step('request', 'partner', (e) =>
        Boolean(e.event('gdapLockedForApproval', { tenantId: ids.relecloud, ...fabrikam })),
      ),
      step('openLink', 'customer', (e) => {
        const sent = e.event('gdapLockedForApproval', { tenantId: ids.relecloud, ...fabrikam });
        return Boolean(
          sent && e.call('gdapOpened', { tenantId: ids.relecloud, resourceId: sent.resourceId }),
        );
      }),
      step('approve', 'customer', (e) => {
        const sent = e.event('gdapLockedForApproval', { tenantId: ids.relecloud, ...fabrikam });
        return Boolean(sent && e.event('gdapApproved', { resourceId: sent.resourceId }));
      }),
      step('partnerSees', 'partner', (e) => {
        const sent = e.event('gdapLockedForApproval', { tenantId: ids.relecloud, ...fabrikam });
        const approved = sent ? e.event('gdapApproved', { resourceId: sent.resourceId }) : undefined;
        return e.call('partnerAdminRelationships', {}, approved ?? null);
      }),
    ],
  },
  {
    id: 'remove-roles',
    number: 13,
    scenarioId: 'six-partners',
    startsOn: 'customer',
    steps: [
      step('signIn', 'customer', (e) => e.call('customerSignIn', { tenantId: ids.woodgrove })),
      step('details', 'customer', (e) =>
        e.call('partnerDetails', { tenantId: ids.woodgrove, resourceId: ids.fabrikam }),
      ),
      step('remove', 'customer', (e) =>
        Boolean(e.event('delegatedAdminRemoved', { tenantId: ids.woodgrove, ...fabrikam })),
      ),
    ],
  },
  {
    id: 'expiring-gdap',
    number: 14,
    scenarioId: 'gdap-lifecycle',
    startsOn: 'customer',
    steps: [
      step('signIn', 'customer', (e) => e.call('customerSignIn', { tenantId: ids.tailwind })),
      step('filter', 'customer', (e) =>
        e.someCall(
          'gdapList',
          (call) => call.tenantId === ids.tailwind && (call.resourceId ?? '').split(',').includes('expiring'),
        ),
      ),
      step('open', 'customer', (e) =>
        e.call('gdapOpened', { tenantId: ids.tailwind, resourceId: ids.expiringGdap }),
      ),
      step('reminder', 'customer', (e) =>
        Boolean(e.event('gdapExpiryReminder', { resourceId: ids.expiringGdap })),
      ),
      step('expired', 'customer', (e) => Boolean(e.event('gdapExpired', { resourceId: ids.expiringGdap }))),
    ],
  },
];

export const findProcedure = (id: string) => TRAINING_PROCEDURES.find((procedure) => procedure.id === id);

/**
 * Which steps of `procedure` are done. Nothing is, if the simulated world is no longer the procedure's
 * scenario (someone switched scenario in Demo).
 */
export function trainingProgress(procedure: TrainingProcedure, input: TrainingInput): boolean[] {
  if (input.facts.scenarioId !== procedure.scenarioId) return procedure.steps.map(() => false);
  const evidence = new Evidence(input);
  return procedure.steps.map((s) => s.done(evidence));
}
