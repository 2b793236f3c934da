import { completeGdapTransitions, settleGdap } from '../../src/domain/gdap';
import { db, now, setNow } from './db';
import type { GdapRelationshipRow } from './schema';

// Time and GDAP relationships: what the clock changes, applied to the stored rows.

function replaceChanged(next: (row: GdapRelationshipRow) => GdapRelationshipRow): void {
  const state = db();
  let changed = false;
  const rows = state.gdapRelationships.map((row) => {
    const updated = next(row);
    if (updated === row) return row;
    changed = true;
    return { ...updated, revision: row.revision + 1 };
  });
  if (changed) state.gdapRelationships = rows;
}

/**
 * Brings every relationship up to the clock (expiring, expired, auto-extended, lapsed requests). Runs before
 * every request, so that all pages and the API agree on the same "now"; it only writes what time changed.
 */
export function settleGdapRelationships(): void {
  const at = now();
  replaceChanged((row) => settleGdap(row, at));
}

/**
 * Moves the simulated clock (Demo › Time, `POST /api/sim/clock`). The statuses the real service passes
 * through in minutes (activating, terminating) complete, then time does the rest.
 */
export function moveClock(target: Date): void {
  setNow(target);
  const at = now();
  replaceChanged((row) => completeGdapTransitions(row, at));
}
