import { db, now, reset } from './db';
import { eventsSince } from './events';
import type { TrainingRow } from './schema';
import type { TrainingProgress } from '../../src/api/types';
import { classifyCall, findProcedure, trainingProgress } from '../../src/domain/training';

// The guided procedure running, its baseline and the calls that count as its evidence (see `trainingRow`).

/** Calls kept per procedure: enough for its steps, small enough never to grow the state. */
export const MAX_TRAINING_CALLS = 40;

/**
 * Starts (or restarts) a procedure: its scenario's seed, everyone signed out, and a baseline after which
 * what happens counts. Null when there is no such procedure.
 */
export function startTraining(procedureId: string): TrainingRow | null {
  const procedure = findProcedure(procedureId);
  if (!procedure) return null;
  reset(procedure.scenarioId);
  const training: TrainingRow = {
    procedureId,
    startedSeq: db().events.at(-1)?.seq ?? 0,
    startedAt: now().toISOString(),
    calls: [],
  };
  db().training = training;
  return training;
}

export function stopTraining(): void {
  db().training = null;
}

/** The running procedure and which of its steps are done, worked out now (src/domain/training.ts). */
export function trainingReport(): TrainingProgress {
  const training = db().training;
  const procedure = training && findProcedure(training.procedureId);
  if (!training || !procedure) return { procedureId: null, startedAt: null, steps: [] };
  const done = trainingProgress(procedure, {
    events: eventsSince(training.startedSeq),
    calls: training.calls,
    facts: { scenarioId: db().scenarioId },
  });
  return {
    procedureId: procedure.id,
    startedAt: training.startedAt,
    steps: procedure.steps.map((step, index) => ({
      id: step.id,
      side: step.side,
      done: done[index] ?? false,
    })),
  };
}

/** The customer tenant behind a bearer token (a customer's session), or null. */
function tenantOfToken(authorization: string | null): string | null {
  const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  const session = token ? db().sessions.find((row) => row.token === token && row.kind === 'session') : null;
  return session ? (db().users.find((user) => user.id === session.userId)?.tenantId ?? null) : null;
}

/**
 * Notes a successful API call that counts as evidence for the running procedure (src/domain/training.ts
 * `classifyCall`). A call already noted since the last event is not noted again, so that reading a page
 * over and over changes nothing. Returns whether it noted one (the caller then persists and tells the
 * checklists, not the pages: a read must not make other tabs reload).
 */
export function noteTrainingCall(request: Request, url: URL): boolean {
  const training = db().training;
  if (!training) return false;
  const classified = classifyCall(request.method, url.pathname, url.searchParams);
  if (!classified) return false;
  let tenantId = classified.tenantId ?? tenantOfToken(request.headers.get('authorization'));
  if (classified.kind === 'customerSignIn') {
    // Sign-in carries no token yet: the session it just issued is the newest.
    const session = db().sessions.at(-1);
    if (!session || session.kind !== 'session') return false;
    tenantId = db().users.find((user) => user.id === session.userId)?.tenantId ?? null;
  }
  const afterSeq = db().events.at(-1)?.seq ?? 0;
  const call = { kind: classified.kind, tenantId, resourceId: classified.resourceId ?? null, afterSeq };
  const known = training.calls.some(
    (c) =>
      c.kind === call.kind &&
      c.tenantId === call.tenantId &&
      c.resourceId === call.resourceId &&
      c.afterSeq === afterSeq,
  );
  if (known) return false;
  training.calls = [...training.calls, call].slice(-MAX_TRAINING_CALLS);
  return true;
}
