import { completeGdapTransitions, settleGdap } from '../../src/domain/gdap';
import { db, now, setNow } from './db';
import { emit } from './events';
import type { GdapRelationshipRow } from './schema';
import { gdapEvent } from './writes';

// Time and GDAP relationships: what the clock changes, applied to the stored rows, and the events time
// raises (a relationship expired, a request lapsed, the 30/7/1-day expiry reminders).

/** Days before the end date on which partner and customer are reminded. */
export const EXPIRY_REMINDER_DAYS = [30, 7, 1] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

function replaceChanged(next: (row: GdapRelationshipRow) => GdapRelationshipRow): void {
  const state = db();
  let changed = false;
  const rows = state.gdapRelationships.map((row) => {
    const updated = next(row);
    if (updated === row) return row;
    changed = true;
    const result = { ...updated, revision: row.revision + 1 };
    if (state.settledAt !== null) timeEvents(row, result);
    return result;
  });
  if (changed) state.gdapRelationships = rows;
}

/** What a change made by time is worth telling: an end (expired, or a request that lapsed). */
function timeEvents(before: GdapRelationshipRow, after: GdapRelationshipRow): void {
  if (before.status === after.status || after.status !== 'expired') return;
  const lapsed = before.status === 'approvalPending';
  emit(lapsed ? 'gdapRequestLapsed' : 'gdapExpired', { ...gdapEvent(after), at: after.lastModifiedAt });
}

/**
 * Reminders whose day fell between the last settle and now, for relationships that will end (no
 * auto-extend). The very first settle of a demo sends none: the seed's past is not replayed.
 */
function expiryReminders(from: Date, to: Date): void {
  for (const row of db().gdapRelationships) {
    if ((row.status !== 'active' && row.status !== 'expiring') || !row.endAt || row.autoExtendDays > 0)
      continue;
    for (const days of EXPIRY_REMINDER_DAYS) {
      const due = Date.parse(row.endAt) - days * DAY_MS;
      if (due > from.getTime() && due <= to.getTime()) {
        emit('gdapExpiryReminder', {
          ...gdapEvent(row),
          at: new Date(due).toISOString(),
          data: { daysLeft: days, endAt: row.endAt },
        });
      }
    }
  }
}

/**
 * Brings every relationship up to the clock (expiring, expired, auto-extended, lapsed requests). Runs before
 * every request, so that all pages and the API agree on the same "now"; it only writes what time changed.
 */
export function settleGdapRelationships(): void {
  const at = now();
  const state = db();
  const previous = state.settledAt;
  // Reminders first: a relationship that expires in this step got its last reminders before it ended.
  if (previous !== null && Date.parse(previous) < at.getTime()) expiryReminders(new Date(previous), at);
  replaceChanged((row) => settleGdap(row, at));
  if (previous === null || Date.parse(previous) < at.getTime()) state.settledAt = at.toISOString();
}

/**
 * Moves the simulated clock (Demo › Time, `POST /api/sim/clock`). The statuses the real service passes
 * through in minutes (activating, terminating) complete, then time does the rest.
 */
export function moveClock(target: Date): void {
  const before = now();
  setNow(target);
  const at = now();
  expiryReminders(before, at);
  replaceChanged((row) => completeGdapTransitions(row, at));
  db().settledAt = at.toISOString();
}
