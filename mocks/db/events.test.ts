import { describe, expect, it } from 'vitest';
import { db, load } from './db';
import { eventsSince } from './events';
import { moveClock, settleGdapRelationships } from './gdap';

// Time raises events too: expiry reminders 30, 7 and 1 days ahead, then the end. The seed's past is quiet.
describe('events raised by time', () => {
  it('reminds 7 and 1 days before a GDAP relationship ends, then records its end, and nothing on the first settle', () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    settleGdapRelationships();
    expect(eventsSince()).toEqual([]);
    const expiring = db().gdapRelationships.find((row) => row.status === 'expiring');
    if (!expiring?.endAt) throw new Error('the scenario has an expiring relationship');

    moveClock(new Date(Date.parse(expiring.endAt) + 60_000));
    const own = eventsSince().filter((event) => event.resourceId === expiring.id);
    expect(own.map((event) => [event.type, event.data.daysLeft])).toEqual([
      ['gdapExpiryReminder', 7],
      ['gdapExpiryReminder', 1],
      ['gdapExpired', undefined],
    ]);
    expect(own.map((event) => event.seq)).toEqual([...own.map((event) => event.seq)].sort((a, b) => a - b));
    expect(own[0]?.at).toBe(new Date(Date.parse(expiring.endAt) - 7 * 86_400_000).toISOString());

    settleGdapRelationships();
    expect(eventsSince(own.at(-1)?.seq).filter((event) => event.resourceId === expiring.id)).toEqual([]);
  });
});
