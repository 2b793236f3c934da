import { z } from 'zod';
import { DB_VERSION, dbSchema } from './schema';
import { findScenario } from '../scenarios/catalog';

// A demo saved to a file (Demo › Export) and read back (Demo › Import): the whole simulated state but the
// sign-in sessions, which belong to the browser that made them. The state is the database schema itself
// (minus the clock's internals and the sessions), so every table any part of the simulator adds travels
// with it and is checked by the very schema that checks stored data.

export const DEMO_FILE_FORMAT = 'm365-admin-sim-demo';

/** Every table of the database; the clock travels as `exportedAt` and `clock` instead. */
export const demoStateSchema = dbSchema.omit({
  version: true,
  fixedNow: true,
  clockOffsetMs: true,
  sessions: true,
});

export const demoFileSchema = z.object({
  format: z.literal(DEMO_FILE_FORMAT),
  version: z.literal(DB_VERSION),
  /** The simulated now when the demo was saved: a fixed clock stays there, a running one resumes from it. */
  exportedAt: z.iso.datetime(),
  clock: z.enum(['fixed', 'running']),
  state: demoStateSchema,
});

export type DemoFile = z.infer<typeof demoFileSchema>;

/** What is wrong with a file, for the API's answer and the Demo panel's message. */
export type DemoFileProblem =
  | { problem: 'notJson' }
  | { problem: 'wrongFormat' }
  | { problem: 'oldVersion' | 'newVersion'; version: number; current: number }
  | { problem: 'badClock' }
  | { problem: 'corruptTable'; table: string; row: number | null; field: string; detail: string }
  | { problem: 'unknownScenario'; scenarioId: string };

export type DemoFileResult = { ok: true; file: DemoFile } | { ok: false; error: DemoFileProblem };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a demo file, checking in the order a person would ask: is it JSON, is it one of ours, is it this
 * version, and then each table. The first problem found is the one reported.
 */
export function parseDemoFile(input: string | unknown): DemoFileResult {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return { ok: false, error: { problem: 'notJson' } };
    }
  }
  if (!isRecord(json) || json.format !== DEMO_FILE_FORMAT)
    return { ok: false, error: { problem: 'wrongFormat' } };
  if (json.version !== DB_VERSION) {
    const version = typeof json.version === 'number' && Number.isFinite(json.version) ? json.version : 0;
    return {
      ok: false,
      error: { problem: version > DB_VERSION ? 'newVersion' : 'oldVersion', version, current: DB_VERSION },
    };
  }
  const parsed = demoFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [where, table, row, ...field] = issue?.path ?? [];
    if (where !== 'state') return { ok: false, error: { problem: 'badClock' } };
    return {
      ok: false,
      error: {
        problem: 'corruptTable',
        table: String(table ?? ''),
        row: typeof row === 'number' ? row + 1 : null,
        field: field.join('.'),
        detail: issue?.message ?? '',
      },
    };
  }
  if (!findScenario(parsed.data.state.scenarioId)) {
    return { ok: false, error: { problem: 'unknownScenario', scenarioId: parsed.data.state.scenarioId } };
  }
  return { ok: true, file: parsed.data };
}

/** The problem in words, for API clients (the Demo panel says it in the UI's language). */
export function describeDemoFileProblem(problem: DemoFileProblem): string {
  switch (problem.problem) {
    case 'notJson':
      return 'The file is not JSON. Nothing was imported.';
    case 'wrongFormat':
      return `The file is not a demo exported by this simulator (its "format" is not "${DEMO_FILE_FORMAT}"). Nothing was imported.`;
    case 'oldVersion':
    case 'newVersion':
      return `The demo was exported by version ${problem.version} of the simulator's data; this simulator reads version ${DB_VERSION} only. Nothing was imported.`;
    case 'badClock':
      return 'The file does not say when it was exported ("exportedAt", an ISO date-time) or whether the clock runs ("clock": "fixed" or "running"). Nothing was imported.';
    case 'corruptTable': {
      const row = problem.row === null ? '' : `, row ${problem.row}`;
      const field = problem.field ? `, field "${problem.field}"` : '';
      return `The table "${problem.table}" is damaged${row}${field}: ${problem.detail}. Nothing was imported.`;
    }
    case 'unknownScenario':
      return `The demo is of a scenario this simulator does not have ("${problem.scenarioId}"). Nothing was imported.`;
  }
}
