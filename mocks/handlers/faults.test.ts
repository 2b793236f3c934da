import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { db } from '../db/db';
import { configureBackend } from '../lib/route';

const MCA = '117a77b0-9360-443b-8795-c6dedc750cf9';
const admin = () => tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
const setFaults = (faults: string) => call('/api/sim/faults', { method: 'PUT', body: { faults } });

describe('injected faults', () => {
  it('fails the endpoints they name, spares the others and the simulator’s controls, and clear again', async () => {
    const token = await admin();
    expect((await setFaults('error:1@/api/partners')).body).toEqual({ faults: 'error:1@/api/partners' });
    const failed = await call('/api/partners', { token });
    expect([failed.status, failed.body.code]).toEqual([503, 'SimulatedFault']);
    expect((await call('/api/me', { token })).status).toBe(200);
    expect((await call('/api/sim/state')).body.faults).toBe('error:1@/api/partners');

    expect((await setFaults('dead@/api/me')).status).toBe(200);
    expect((await call('/api/me', { token })).body.description).toMatch(/down/);
    expect((await call('/api/partners', { token })).status).toBe(200);

    await setFaults('');
    expect((await call('/api/me', { token })).status).toBe(200);
  });

  it('rolls the dice for a share of errors', async () => {
    const token = await admin();
    // configureBackend sets every setting, faults included: set the dice first, then the faults.
    configureBackend({ random: () => 0.29 });
    await setFaults('error:0.3');
    expect((await call('/api/me', { token })).status).toBe(503);
    configureBackend({ random: () => 0.3 });
    await setFaults('error:0.3');
    expect((await call('/api/me', { token })).status).toBe(200);
  });

  it('offline gives no answer at all', async () => {
    const token = await admin();
    await setFaults('offline@/api/me');
    await expect(call('/api/me', { token })).rejects.toThrow();
  });

  it('refuses unreadable faults and keeps the ones in force', async () => {
    await setFaults('latency:10');
    const refused = await setFaults('latency:10,slow:5,error:2');
    expect(refused.status).toBe(400);
    expect(refused.body.description).toBe('These faults cannot be read: slow:5, error:2.');
    expect((await call('/api/sim/faults')).body.faults).toBe('latency:10');
    expect((await call('/api/sim/faults', { method: 'PUT', body: { faults: 3 } })).status).toBe(400);
  });

  it('a double submit records exactly one acceptance', async () => {
    const token = await admin();
    const [first, second] = await Promise.all([
      call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } }),
      call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(db().agreements.filter((row) => row.acceptedVia === 'direct')).toHaveLength(1);
  });
});
