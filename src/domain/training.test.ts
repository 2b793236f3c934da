import { describe, expect, it } from 'vitest';
import {
  TRAINING_IDS as ids,
  TRAINING_PROCEDURES,
  classifyCall,
  findProcedure,
  trainingProgress,
  type TrainingCall,
  type TrainingEvent,
  type TrainingInput,
} from './training';

let seq = 0;
const event = (type: string, fields: Partial<TrainingEvent> = {}): TrainingEvent => ({
  seq: ++seq,
  type,
  tenantId: null,
  partnerId: null,
  resourceId: null,
  data: {},
  ...fields,
});
const call = (kind: TrainingCall['kind'], fields: Partial<TrainingCall> = {}): TrainingCall => ({
  kind,
  tenantId: null,
  resourceId: null,
  afterSeq: seq,
  ...fields,
});

/** Which steps of procedure `id` are done, by step id. */
function done(id: string, input: Partial<TrainingInput> & { scenarioId?: string } = {}) {
  const procedure = findProcedure(id);
  if (!procedure) throw new Error(`No procedure ${id}`);
  const result = trainingProgress(procedure, {
    events: input.events ?? [],
    calls: input.calls ?? [],
    facts: { scenarioId: input.scenarioId ?? procedure.scenarioId },
  });
  return Object.fromEntries(procedure.steps.map((step, index) => [step.id, result[index]]));
}

const fabrikam = { partnerId: ids.fabrikam };
const created = 'c0ffee00-0000-4000-8000-000000000001';

describe('the procedures', () => {
  it('are the fourteen of issue 12, numbered in order, each with steps', () => {
    expect(TRAINING_PROCEDURES.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(new Set(TRAINING_PROCEDURES.map((p) => p.id)).size).toBe(14);
    for (const procedure of TRAINING_PROCEDURES) expect(procedure.steps.length).toBeGreaterThan(1);
  });

  it('tick nothing before anything happened', () => {
    for (const procedure of TRAINING_PROCEDURES) {
      expect(Object.values(done(procedure.id))).not.toContain(true);
    }
  });

  it('tick nothing once the scenario was switched away from the procedure’s', () => {
    const events = [event('mcaAttested', { tenantId: ids.graphicDesign, ...fabrikam })];
    const calls = [call('partnerSignIn'), call('customerAgreements', { tenantId: ids.graphicDesign })];
    expect(done('attest-existing-customer', { events, calls })).toEqual({
      signIn: true,
      openAccountInfo: true,
      attest: true,
    });
    expect(
      Object.values(done('attest-existing-customer', { events, calls, scenarioId: 'scenario-1' })),
    ).toEqual([false, false, false]);
  });
});

describe('step detection, procedure by procedure', () => {
  it('1 the MCA template: the document for the customer’s country (GB), not another', () => {
    const base = [
      call('customerSignIn', { tenantId: ids.graphicDesign }),
      call('billingAccounts', { tenantId: ids.graphicDesign }),
    ];
    expect(
      done('mca-template', {
        calls: [...base, call('agreementDocument', { tenantId: ids.graphicDesign, resourceId: 'US' })],
      }),
    ).toEqual({ signIn: true, billingAccounts: true, openDocument: false });
    expect(
      done('mca-template', {
        calls: [...base, call('agreementDocument', { tenantId: ids.graphicDesign, resourceId: 'GB' })],
      }).openDocument,
    ).toBe(true);
    expect(done('mca-template', { calls: [call('customerSignIn', { tenantId: ids.wingtip })] }).signIn).toBe(
      false,
    );
  });

  it('2 a new customer: created and attested by Fabrikam, then its confirmation read after the attestation', () => {
    const customer = event('customerCreated', { tenantId: created, ...fabrikam });
    const early = call('customerAgreements', { tenantId: created });
    const attested = event('mcaAttested', { tenantId: created, ...fabrikam });
    expect(
      done('attest-new-customer', { events: [customer, attested], calls: [call('partnerSignIn'), early] }),
    ).toEqual({
      signIn: true,
      createCustomer: true,
      attested: true,
      // Read before the attestation: it did not show it yet.
      checkAccountInfo: false,
    });
    expect(
      done('attest-new-customer', {
        events: [customer, attested],
        calls: [call('customerAgreements', { tenantId: created })],
      }).checkAccountInfo,
    ).toBe(true);
    // Attesting another customer is not attesting the new one.
    expect(
      done('attest-new-customer', {
        events: [customer, event('mcaAttested', { tenantId: ids.graphicDesign, ...fabrikam })],
      }).attested,
    ).toBe(false);
  });

  it('3 an existing customer: attesting for the wrong customer does not tick', () => {
    expect(
      done('attest-existing-customer', {
        events: [event('mcaAttested', { tenantId: ids.wingtip, ...fabrikam })],
      }).attest,
    ).toBe(false);
    expect(
      done('attest-existing-customer', {
        events: [event('mcaAttested', { tenantId: ids.graphicDesign, ...fabrikam })],
      }).attest,
    ).toBe(true);
    expect(
      done('attest-existing-customer', { calls: [call('customerAgreements', { tenantId: ids.relecloud })] })
        .openAccountInfo,
    ).toBe(false);
  });

  it('4 retrieve the confirmation: Relecloud’s account info, not another customer’s', () => {
    expect(
      done('retrieve-confirmation', {
        calls: [
          call('partnerSignIn'),
          call('partnerCustomers'),
          call('customerAgreements', { tenantId: ids.relecloud }),
        ],
      }),
    ).toEqual({ signIn: true, openCustomers: true, openRelecloud: true });
    expect(
      done('retrieve-confirmation', { calls: [call('customerAgreements', { tenantId: ids.wingtip })] })
        .openRelecloud,
    ).toBe(false);
  });

  it('5 with the API: token, metadata, POST for Graphic Design Institute, then the GET after it', () => {
    const before = call('customerAgreements', { tenantId: ids.graphicDesign });
    const attested = event('mcaAttested', { tenantId: ids.graphicDesign, ...fabrikam });
    expect(
      done('confirm-with-api', {
        events: [attested],
        calls: [
          call('partnerSignIn', { afterSeq: 0 }),
          call('agreementMetadata', { afterSeq: 0 }),
          { ...before, afterSeq: attested.seq - 1 },
        ],
      }),
    ).toEqual({ token: true, metadata: true, post: true, get: false });
    expect(
      done('confirm-with-api', {
        events: [attested],
        calls: [call('customerAgreements', { tenantId: ids.graphicDesign })],
      }).get,
    ).toBe(true);
  });

  it('6 the customer accepts: Northwind’s own acceptance, then its partners', () => {
    const calls = [
      call('customerSignIn', { tenantId: ids.northwind }),
      call('billingAccounts', { tenantId: ids.northwind }),
      call('agreementMetadata', { tenantId: ids.northwind }),
    ];
    expect(done('customer-accepts', { calls })).toEqual({
      signIn: true,
      billingAccounts: true,
      openAgreement: true,
      accept: false,
      partners: false,
    });
    const accepted = event('mcaAccepted', { tenantId: ids.northwind });
    expect(
      done('customer-accepts', {
        events: [accepted],
        calls: [...calls, call('partnersList', { tenantId: ids.northwind })],
      }),
    ).toEqual({ signIn: true, billingAccounts: true, openAgreement: true, accept: true, partners: true });
    // Another tenant's acceptance is not Northwind's.
    expect(
      done('customer-accepts', { events: [event('mcaAccepted', { tenantId: ids.adatum })] }).accept,
    ).toBe(false);
  });

  it('7 create and accept: the created customer’s own password change and acceptance', () => {
    const customer = event('customerCreated', { tenantId: created, ...fabrikam });
    const invited = event('mcaInvited', { tenantId: created, ...fabrikam });
    expect(done('create-and-accept', { events: [customer], calls: [call('partnerSignIn')] })).toMatchObject({
      signIn: true,
      createInvited: false,
    });
    expect(
      done('create-and-accept', {
        events: [
          customer,
          invited,
          event('passwordChanged', { tenantId: created }),
          event('mcaAccepted', { tenantId: created }),
        ],
      }),
    ).toMatchObject({ createInvited: true, customerSignIn: true, accept: true });
    expect(
      done('create-and-accept', { events: [customer, event('mcaAccepted', { tenantId: ids.graphicDesign })] })
        .accept,
    ).toBe(false);
  });

  it('8 invite a new customer: the email, Fabrikam’s link opened by Contoso New, then acceptance', () => {
    const emailed = event('relationshipRequestEmailed', {
      ...fabrikam,
      data: { to: 'alex@contosonew.example' },
    });
    const accepted = event('relationshipAccepted', { tenantId: ids.contosoNew, ...fabrikam });
    expect(
      done('invite-new-customer', {
        events: [emailed, accepted],
        calls: [
          call('partnerSignIn', { afterSeq: 0 }),
          call('relationshipRequestLink', { afterSeq: 0 }),
          call('invitationOpened', {
            tenantId: ids.contosoNew,
            resourceId: ids.fabrikam,
            afterSeq: emailed.seq,
          }),
          call('partnersList', { tenantId: ids.contosoNew }),
        ],
      }),
    ).toEqual({
      signIn: true,
      openRequest: true,
      sendEmail: true,
      openLink: true,
      accept: true,
      partners: true,
    });
    // Another partner's invitation link is not Fabrikam's.
    expect(
      done('invite-new-customer', {
        calls: [call('invitationOpened', { tenantId: ids.contosoNew, resourceId: 'other' })],
      }).openLink,
    ).toBe(false);
    expect(done('invite-new-customer').sendEmail).toBe(false);
  });

  it('9 invite an existing customer: the link opened after the invitation, then the partner sees it', () => {
    const opened = call('agreementMetadata', { tenantId: ids.graphicDesign });
    expect(done('invite-existing-customer', { calls: [opened] }).openLink).toBe(false);
    const invited = event('mcaInvited', { tenantId: ids.graphicDesign, ...fabrikam });
    const accepted = event('mcaAccepted', { tenantId: ids.graphicDesign });
    expect(
      done('invite-existing-customer', {
        events: [invited, accepted],
        calls: [
          call('partnerSignIn', { afterSeq: 0 }),
          call('agreementMetadata', { tenantId: ids.graphicDesign, afterSeq: invited.seq }),
          call('partnerCustomers'),
        ],
      }),
    ).toEqual({ signIn: true, invite: true, openLink: true, accept: true, partnerSees: true });
  });

  it('10 the partner attests: Adatum’s reach-out, Fabrikam’s attestation, Adatum unblocked after it', () => {
    const reach = call('agreementMetadata', { tenantId: ids.adatum });
    expect(done('partner-attests', { calls: [reach] })).toEqual({
      reachOut: true,
      attest: false,
      unblocked: false,
    });
    const attested = event('mcaAttested', { tenantId: ids.adatum, ...fabrikam });
    expect(
      done('partner-attests', {
        events: [attested],
        calls: [reach, call('agreementMetadata', { tenantId: ids.adatum })],
      }),
    ).toEqual({ reachOut: true, attest: true, unblocked: true });
    expect(
      done('partner-attests', { events: [event('mcaAttested', { tenantId: ids.relecloud, ...fabrikam })] })
        .attest,
    ).toBe(false);
  });

  it('11 check acceptance: Wingtip (directly) and Graphic Design Institute (not accepted)', () => {
    expect(
      done('check-accepted', {
        calls: [
          call('partnerSignIn'),
          call('partnerCustomers'),
          call('directSignStatus', { tenantId: ids.wingtip }),
        ],
      }),
    ).toEqual({ signIn: true, customers: true, direct: true, notAccepted: false });
    expect(
      done('check-accepted', { calls: [call('directSignStatus', { tenantId: ids.graphicDesign })] })
        .notAccepted,
    ).toBe(true);
  });

  it('12 GDAP: sent to Relecloud, its link opened, approved, then seen by the partner', () => {
    const gdap = 'g1';
    const locked = event('gdapLockedForApproval', { tenantId: ids.relecloud, ...fabrikam, resourceId: gdap });
    const early = call('partnerAdminRelationships');
    const approved = event('gdapApproved', { tenantId: ids.relecloud, ...fabrikam, resourceId: gdap });
    expect(
      done('gdap-request', {
        events: [locked, approved],
        calls: [
          call('partnerSignIn', { afterSeq: 0 }),
          { ...early, afterSeq: locked.seq },
          call('gdapOpened', { tenantId: ids.relecloud, resourceId: gdap, afterSeq: locked.seq }),
        ],
      }),
    ).toEqual({ signIn: true, request: true, openLink: true, approve: true, partnerSees: false });
    expect(
      done('gdap-request', { events: [locked, approved], calls: [call('partnerAdminRelationships')] })
        .partnerSees,
    ).toBe(true);
    // A request to another customer, or approving another relationship, does not tick.
    expect(
      done('gdap-request', {
        events: [event('gdapLockedForApproval', { tenantId: ids.wingtip, ...fabrikam, resourceId: 'g2' })],
      }).request,
    ).toBe(false);
    expect(
      done('gdap-request', { events: [locked, event('gdapApproved', { resourceId: 'other' })] }).approve,
    ).toBe(false);
  });

  it('13 remove roles: Fabrikam’s at Woodgrove, not another partner’s', () => {
    expect(
      done('remove-roles', {
        calls: [
          call('customerSignIn', { tenantId: ids.woodgrove }),
          call('partnerDetails', { tenantId: ids.woodgrove, resourceId: ids.fabrikam }),
        ],
        events: [event('delegatedAdminRemoved', { tenantId: ids.woodgrove, partnerId: 'alpine' })],
      }),
    ).toEqual({ signIn: true, details: true, remove: false });
    expect(
      done('remove-roles', {
        events: [event('delegatedAdminRemoved', { tenantId: ids.woodgrove, ...fabrikam })],
      }).remove,
    ).toBe(true);
  });

  it('14 expiring GDAP: the Expiring filter, the relationship, its reminder and its expiry', () => {
    const calls = [
      call('customerSignIn', { tenantId: ids.tailwind }),
      call('gdapList', { tenantId: ids.tailwind, resourceId: 'active,expiring' }),
      call('gdapOpened', { tenantId: ids.tailwind, resourceId: ids.expiringGdap }),
    ];
    const events = [
      event('gdapExpiryReminder', { resourceId: ids.expiringGdap, data: { daysLeft: 7 } }),
      event('gdapExpired', { resourceId: ids.expiringGdap }),
    ];
    expect(done('expiring-gdap', { calls, events })).toEqual({
      signIn: true,
      filter: true,
      open: true,
      reminder: true,
      expired: true,
    });
    expect(
      done('expiring-gdap', {
        calls: [call('gdapList', { tenantId: ids.tailwind, resourceId: 'active' })],
        events: [event('gdapExpired', { resourceId: 'another' })],
      }),
    ).toMatchObject({ filter: false, expired: false });
  });
});

describe('classifyCall', () => {
  const q = (text = '') => new URLSearchParams(text);
  it('names the calls that count, with the tenant or resource in the path', () => {
    expect(classifyCall('POST', '/api/auth/signin', q())).toEqual({ kind: 'customerSignIn' });
    expect(classifyCall('POST', '/api/partner/signin', q())).toEqual({ kind: 'partnerSignIn' });
    expect(classifyCall('GET', '/v1/agreementtemplates/117a/document', q('country=gb'))).toEqual({
      kind: 'agreementDocument',
      resourceId: 'GB',
    });
    expect(classifyCall('GET', `/v1/customers/${ids.relecloud}/agreements`, q())).toEqual({
      kind: 'customerAgreements',
      tenantId: ids.relecloud,
    });
    expect(classifyCall('GET', '/v1/customers/relationshiprequests', q())).toEqual({
      kind: 'relationshipRequestLink',
    });
    expect(classifyCall('GET', `/api/partners/${ids.fabrikam.toUpperCase()}`, q())).toEqual({
      kind: 'partnerDetails',
      resourceId: ids.fabrikam,
    });
    expect(classifyCall('GET', '/api/granular-admin-relationships', q('status=expiring'))).toEqual({
      kind: 'gdapList',
      resourceId: 'expiring',
    });
  });
  it('ignores the rest: other methods, the simulator’s own calls, writes that leave events', () => {
    expect(classifyCall('GET', '/api/sim/training', q())).toBeNull();
    expect(classifyCall('POST', '/api/agreement/accept', q())).toBeNull();
    expect(classifyCall('DELETE', '/api/partners/x/roles', q())).toBeNull();
    expect(classifyCall('GET', '/api/me', q())).toBeNull();
  });
});
