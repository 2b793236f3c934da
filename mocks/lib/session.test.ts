import { beforeEach, describe, expect, it } from 'vitest';
import { call, partnerTokenFor, tokenFor } from '../../tests/api';
import { load } from '../db/db';
import { configureBackend } from './route';

// Sessions live a bounded time and a bounded number, whatever the simulated clock says.

const WINGTIP = ['admin@wingtiptoys.onmicrosoft.com', 'Wingtip#2026'] as const;
const GDI = ['admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026'] as const;
const me = (token: string) => call('/api/me', { token }).then((result) => result.status);

/** A real-time clock the test moves by hand. */
function manualClock(start = Date.parse('2026-12-01T08:00:00Z')) {
  let current = start;
  return {
    now: () => current,
    advance: (ms: number) => {
      current += ms;
    },
  };
}

describe('sessions', () => {
  beforeEach(() => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
  });

  it('expire after 8 hours of real time even when the simulated clock is fixed', async () => {
    const clock = manualClock();
    configureBackend({ realNow: clock.now });
    const token = await tokenFor(...WINGTIP);
    const partner = await partnerTokenFor('adele@fabrikam.example');
    clock.advance(8 * 3600_000 - 1000);
    expect(await me(token)).toBe(200);
    expect((await call('/api/partner/me', { token: partner })).status).toBe(200);
    clock.advance(2000);
    expect(await me(token)).toBe(401);
    expect((await call('/api/partner/me', { token: partner })).status).toBe(401);
  });

  it('a password-change token lives 15 minutes', async () => {
    load({ scenarioId: 'new-customer', now: '2026-11-25T09:00:00Z' });
    const clock = manualClock();
    configureBackend({ realNow: clock.now });
    const first = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: 'admin@contosonew.onmicrosoft.com', password: 'TempPass#2026' },
    });
    clock.advance(15 * 60_000 + 1);
    const change = await call('/api/auth/password', {
      method: 'POST',
      body: { changeToken: first.body.changeToken, newPassword: 'Another#2026x' },
    });
    expect(change.status).toBe(401);
  });

  it('are bounded per user: a new sign-in drops that user’s oldest session', async () => {
    configureBackend({ maxSessionsPerUser: 3 });
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++) tokens.push(await tokenFor(...WINGTIP));
    const other = await tokenFor(...GDI);
    expect(await Promise.all(tokens.map(me))).toEqual([401, 200, 200, 200]);
    expect(await me(other)).toBe(200);
  });

  it('are bounded in all: the oldest session of anyone goes first', async () => {
    configureBackend({ maxSessions: 3 });
    const first = await tokenFor(...WINGTIP);
    const rest = [
      await tokenFor(...GDI),
      await tokenFor(...WINGTIP),
      await partnerTokenFor('adele@fabrikam.example'),
    ];
    expect(await me(first)).toBe(401);
    expect(await me(rest[0] ?? '')).toBe(200);
    expect(await me(rest[1] ?? '')).toBe(200);
    expect((await call('/api/partner/me', { token: rest[2] })).status).toBe(200);
  });
});
