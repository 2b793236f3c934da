import { describe, expect, it } from 'vitest';
import { API, call, partnerTokenFor, tokenFor } from '../../tests/api';
import { load } from '../db/db';

// Demo › Export and Import: the whole simulated state as a file, and a bad file refused with its reason.

const NOW = '2026-03-01T12:00:00.000Z';
const exportText = async () => (await fetch(`${API}/api/sim/export`)).text();
const importFile = (body: unknown) => call('/api/sim/import', { method: 'PUT', body });
const stateText = async () => JSON.stringify((await call('/api/sim/export')).body);

/** A demo with changes of its own: a moved clock, a partner's attestation (rows and events). */
async function changedDemo() {
  load({ scenarioId: 'partner-training', now: NOW });
  await call('/api/sim/clock', { method: 'POST', body: { advanceDays: 3 } });
  const token = await partnerTokenFor('adele@fabrikam.example');
  const created = await call('/v1/customers', {
    method: 'POST',
    token,
    body: {
      companyProfile: { domain: 'exporttest.onmicrosoft.com' },
      billingProfile: {
        email: 'ada@exporttest.example',
        culture: 'en-US',
        language: 'en',
        companyName: 'Export Test',
        defaultAddress: {
          country: 'US',
          city: 'Redmond',
          addressLine1: '1 Main St',
          postalCode: '98052',
          firstName: 'Ada',
          lastName: 'Lovelace',
        },
      },
    },
  });
  expect(created.status).toBe(201);
}

describe('GET /api/sim/export', () => {
  it('saves the whole state with its format, version and simulated now, but no sign-in sessions', async () => {
    await changedDemo();
    await tokenFor('admin@wingtiptoys.onmicrosoft.com', 'Wingtip#2026');
    const { status, body } = await call('/api/sim/export');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      format: 'm365-admin-sim-demo',
      version: 4,
      exportedAt: '2026-03-04T12:00:00.000Z',
      clock: 'fixed',
      state: { scenarioId: 'partner-training' },
    });
    expect(Object.keys(body.state)).toEqual(
      expect.arrayContaining(['tenants', 'events', 'gdapRelationships']),
    );
    expect(body.state.sessions).toBeUndefined();
    expect(body.state.fixedNow).toBeUndefined();
    expect(body.state.tenants.map((t: { displayName: string }) => t.displayName)).toContain('Export Test');
    expect(body.state.events.map((e: { type: string }) => e.type)).toContain('customerCreated');
  });

  it('says a running clock runs, and saves it as the simulated now', async () => {
    load({ scenarioId: 'gdap-approval', now: 'real' });
    const { body } = await call('/api/sim/export');
    expect(body.clock).toBe('running');
    expect(Math.abs(Date.parse(body.exportedAt) - Date.parse('2026-12-01T09:00:00Z'))).toBeLessThan(60_000);
  });
});

describe('PUT /api/sim/import', () => {
  it('restores an export: imported and exported again, the file is the same text; sessions end', async () => {
    await changedDemo();
    const saved = await exportText();
    const token = await tokenFor('admin@wingtiptoys.onmicrosoft.com', 'Wingtip#2026');
    await call('/api/sim/reset', { method: 'POST', body: { scenarioId: 'six-partners' } });
    expect((await call('/api/sim/state')).body.scenarioId).toBe('six-partners');

    const imported = await call('/api/sim/import', { method: 'PUT', body: saved });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ scenarioId: 'partner-training', now: '2026-03-04T12:00:00.000Z' });
    expect(await exportText()).toBe(saved);
    expect((await call('/api/me', { token })).status).toBe(401);
    // The imported accounts work.
    await tokenFor('admin@wingtiptoys.onmicrosoft.com', 'Wingtip#2026');
  });

  it('takes the many-partners scenario (about 4 MB) and gives it back the same', async () => {
    load({ scenarioId: 'many-partners', now: NOW });
    const saved = await exportText();
    expect(saved.length).toBeGreaterThan(1024 * 1024);
    load({ scenarioId: 'scenario-1', now: NOW });
    expect((await call('/api/sim/import', { method: 'PUT', body: saved })).status).toBe(200);
    expect(await exportText()).toBe(saved);
  }, 30_000);

  it('resumes a running clock from the saved simulated now', async () => {
    load({ scenarioId: 'gdap-approval', now: 'real' });
    const file = JSON.parse(await exportText());
    file.exportedAt = '2027-06-01T08:00:00.000Z';
    expect((await importFile(file)).status).toBe(200);
    const state = (await call('/api/sim/state')).body;
    expect(state.fixedClock).toBe(false);
    expect(Math.abs(Date.parse(state.now) - Date.parse('2027-06-01T08:00:00Z'))).toBeLessThan(60_000);
  });

  const bad: [string, (file: Record<string, unknown>) => unknown, RegExp, Record<string, unknown>][] = [
    ['not JSON', () => '{"format": "m365-admin-sim-demo", ', /not JSON/, { problem: 'notJson' }],
    [
      'another format',
      (file) => ({ ...file, format: 'something-else' }),
      /not a demo exported by this simulator/,
      { problem: 'wrongFormat' },
    ],
    ['not an object', () => [1, 2, 3], /not a demo/, { problem: 'wrongFormat' }],
    [
      'an older version',
      (file) => ({ ...file, version: 3 }),
      /version 3 .* reads version 4 only/,
      { problem: 'oldVersion', version: 3 },
    ],
    [
      'a newer version',
      (file) => ({ ...file, version: 5 }),
      /version 5 /,
      { problem: 'newVersion', version: 5 },
    ],
    [
      'a corrupt table',
      (file) => {
        const [, second] = (file.state as { tenants: { displayName: unknown }[] }).tenants;
        if (second) second.displayName = 42;
        return file;
      },
      /table "tenants" is damaged, row 2, field "displayName"/,
      { problem: 'corruptTable', table: 'tenants', row: 2, field: 'displayName' },
    ],
    [
      'a missing table',
      (file) => {
        delete (file.state as Record<string, unknown>).events;
        return file;
      },
      /table "events" is damaged/,
      { problem: 'corruptTable', table: 'events', row: null },
    ],
    [
      'no export time',
      (file) => ({ ...file, exportedAt: 'yesterday' }),
      /exportedAt/,
      { problem: 'badClock' },
    ],
    [
      'an unknown scenario',
      (file) => ({ ...file, state: { ...(file.state as object), scenarioId: 'nope' } }),
      /scenario this simulator does not have \("nope"\)/,
      { problem: 'unknownScenario', scenarioId: 'nope' },
    ],
  ];

  it.each(bad)(
    'refuses %s with a message naming the problem, and changes nothing',
    async (_, spoil, message, data) => {
      await changedDemo();
      const file = JSON.parse(await exportText());
      await call('/api/sim/reset', { method: 'POST', body: { scenarioId: 'gdap-approval' } });
      const token = await tokenFor('admin@bellowscollege.onmicrosoft.com', 'Bellows#2026');
      const before = await stateText();
      const body = spoil(file);
      const answer = await importFile(typeof body === 'string' ? body : JSON.stringify(body));
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('InvalidDemoFile');
      expect(answer.body.description).toMatch(message);
      expect(answer.body.description).toMatch(/Nothing was imported\.$/);
      expect(answer.body.data[0]).toMatchObject(data);
      expect(await stateText()).toBe(before);
      expect((await call('/api/sim/state')).body.scenarioId).toBe('gdap-approval');
      expect((await call('/api/me', { token })).status).toBe(200);
    },
  );

  it('refuses a body that is not sent as JSON', async () => {
    const answer = await call('/api/sim/import', {
      method: 'PUT',
      body: '{}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect([answer.status, answer.body.code]).toEqual([400, 'InvalidInput']);
  });
});
