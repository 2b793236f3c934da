import { describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { MCA } from '../../tests/partner-center';
import { db, load } from '../db/db';
import { MAX_TRAINING_CALLS } from '../db/training';
import { findScenario } from '../scenarios/catalog';
import { TRAINING_IDS, TRAINING_PROCEDURES } from '../../src/domain/training';
import { configureBackend } from '../lib/route';

const steps = async () =>
  Object.fromEntries(
    ((await call('/api/sim/training')).body.steps as { id: string; done: boolean }[]).map((s) => [
      s.id,
      s.done,
    ]),
  );

describe('the training endpoint (/api/sim/training)', () => {
  it('says no procedure runs until one is started', async () => {
    load({ scenarioId: 'six-partners' });
    expect(await call('/api/sim/training')).toMatchObject({
      status: 200,
      body: { procedureId: null, startedAt: null, steps: [] },
    });
  });

  it('starts a procedure on its scenario’s seed, everyone signed out, nothing done', async () => {
    load({ scenarioId: 'six-partners' });
    const token = await tokenFor('admin@woodgrovebank.onmicrosoft.com', 'Woodgrove#2026');
    const started = await call('/api/sim/training', {
      method: 'PUT',
      body: { procedureId: 'attest-existing-customer' },
    });
    expect(started).toMatchObject({ status: 200, body: { procedureId: 'attest-existing-customer' } });
    expect(started.body.steps).toEqual([
      { id: 'signIn', side: 'partner', done: false },
      { id: 'openAccountInfo', side: 'partner', done: false },
      { id: 'attest', side: 'partner', done: false },
    ]);
    expect(db().scenarioId).toBe('partner-training');
    expect((await call('/api/me', { token })).status).toBe(401);
  });

  it('ticks each step from what the trainee does through the API, and not for the wrong customer', async () => {
    load({ scenarioId: 'partner-training' });
    await call('/api/sim/training', { method: 'PUT', body: { procedureId: 'attest-existing-customer' } });
    const token = await partnerTokenFor('adele@fabrikam.example');
    expect(await steps()).toEqual({ signIn: true, openAccountInfo: false, attest: false });
    const attest = (customerId: string) =>
      call(`/v1/customers/${customerId}/agreements`, {
        method: 'POST',
        token,
        body: {
          primaryContact: { firstName: 'Harper', lastName: 'Lewis', email: 'harper@graphicdesign.example' },
          templateId: MCA,
          dateAgreed: '2026-01-15T00:00:00Z',
          type: 'MicrosoftCustomerAgreement',
        },
      });
    expect((await attest(TRAINING_IDS.wingtip)).status).toBe(201);
    expect(await steps()).toEqual({ signIn: true, openAccountInfo: false, attest: false });
    await call(`/v1/customers/${TRAINING_IDS.graphicDesign}/agreements`, { token });
    expect((await attest(TRAINING_IDS.graphicDesign)).status).toBe(201);
    expect(await steps()).toEqual({ signIn: true, openAccountInfo: true, attest: true });
  });

  it('restarts from a fresh baseline, and stops', async () => {
    load({ scenarioId: 'partner-training' });
    await call('/api/sim/training', { method: 'PUT', body: { procedureId: 'check-accepted' } });
    await partnerTokenFor('adele@fabrikam.example');
    expect((await steps()).signIn).toBe(true);
    await call('/api/sim/training', { method: 'PUT', body: { procedureId: 'check-accepted' } });
    expect((await steps()).signIn).toBe(false);
    const stopped = await call('/api/sim/training', { method: 'PUT', body: { procedureId: null } });
    expect(stopped.body).toEqual({ procedureId: null, startedAt: null, steps: [] });
  });

  it('notes a read once per state, never more than its cap, and tells only the checklists', async () => {
    load({ scenarioId: 'partner-training' });
    let changes = 0;
    let trainingChanges = 0;
    configureBackend({ onChange: () => changes++, onTrainingChange: () => trainingChanges++ });
    await call('/api/sim/training', { method: 'PUT', body: { procedureId: 'check-accepted' } });
    const token = await partnerTokenFor('adele@fabrikam.example');
    changes = 0;
    trainingChanges = 0;
    for (let i = 0; i < 3; i++) await call('/api/partner/customers', { token });
    expect(trainingChanges).toBe(1);
    expect(changes).toBe(0);
    const training = db().training;
    if (!training) throw new Error('no training');
    training.calls = Array.from({ length: MAX_TRAINING_CALLS }, (_, i) => ({
      kind: 'partnerDetails' as const,
      tenantId: null,
      resourceId: String(i),
      afterSeq: 999,
    }));
    await call(`/v1/customers/${TRAINING_IDS.wingtip}/directSignedMicrosoftCustomerAgreementStatus`, {
      token,
    });
    expect(db().training?.calls).toHaveLength(MAX_TRAINING_CALLS);
    expect((await steps()).direct).toBe(true);
  });

  it('refuses an unknown procedure or a bad body and changes nothing', async () => {
    load({ scenarioId: 'six-partners' });
    expect(await call('/api/sim/training', { method: 'PUT', body: { procedureId: 'nope' } })).toMatchObject({
      status: 404,
    });
    expect(await call('/api/sim/training', { method: 'PUT', body: { procedureId: 3 } })).toMatchObject({
      status: 400,
    });
    expect(db().scenarioId).toBe('six-partners');
    expect(db().training).toBeNull();
  });

  it('names tenants and partners that exist in each procedure’s scenario', () => {
    for (const procedure of TRAINING_PROCEDURES) expect(findScenario(procedure.scenarioId)).toBeDefined();
    const ids = (scenarioId: string) => {
      const seed = findScenario(scenarioId)?.seed();
      return [...(seed?.tenants ?? []), ...(seed?.partners ?? []), ...(seed?.gdapRelationships ?? [])].map(
        (row) => row.id,
      );
    };
    expect(ids('partner-training')).toEqual(
      expect.arrayContaining([
        TRAINING_IDS.fabrikam,
        TRAINING_IDS.relecloud,
        TRAINING_IDS.wingtip,
        TRAINING_IDS.graphicDesign,
      ]),
    );
    expect(ids('new-customer')).toContain(TRAINING_IDS.contosoNew);
    expect(ids('existing-customer')).toContain(TRAINING_IDS.northwind);
    expect(ids('scenario-1')).toContain(TRAINING_IDS.adatum);
    expect(ids('six-partners')).toContain(TRAINING_IDS.woodgrove);
    expect(ids('gdap-lifecycle')).toEqual(
      expect.arrayContaining([TRAINING_IDS.tailwind, TRAINING_IDS.expiringGdap]),
    );
  });
});
