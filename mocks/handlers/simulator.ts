import { http } from 'msw';
import { z } from 'zod';
import type { ScenarioSummary, SimulatorState } from '../../src/api/types';
import { db, exportDemo, importDemo, loadNotices, now, reset } from '../db/db';
import { describeDemoFileProblem, parseDemoFile } from '../db/demo-file';
import { moveClock } from '../db/gdap';
import { parseFixedNow } from '../../src/domain/clock';
import { findScenario, scenarios } from '../scenarios/catalog';
import { problems } from '../lib/errors';
import { formatFaults, parseFaults } from '../../src/domain/faults';
import {
  backendSettings,
  collection,
  isJsonContentType,
  publicRoute,
  readBody,
  setFaults,
} from '../lib/route';
import { ApiProblem } from '../lib/errors';

// The simulator's own controls: the scenario catalog with its demo accounts, Reset demo, the clock, the
// faults, and a demo saved to a file and read back.

/**
 * A demo file may be large (the many-partners scenario is about 4 MB), far past the 64 KiB other bodies
 * may have; `npm run api` lets this route's body be as large (mocks/server/http.ts).
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

// Seeds are fixed, so a scenario's summary is worked out once per page load (the bulk ones are large).
const summaries = new Map<string, ScenarioSummary | null>();

function summary(id: string): ScenarioSummary | null {
  if (!summaries.has(id)) summaries.set(id, buildSummary(id));
  return summaries.get(id) ?? null;
}

function buildSummary(id: string): ScenarioSummary | null {
  const scenario = findScenario(id);
  if (!scenario) return null;
  const { id: scenarioId, title, description, links, seed } = scenario;
  const data = seed();
  return {
    id: scenarioId,
    title,
    description,
    links,
    partnerAccounts: data.agents.flatMap((agent) => {
      const partner = data.partners.find((p) => p.id === agent.partnerId);
      return partner
        ? [
            {
              userPrincipalName: agent.userPrincipalName,
              password: agent.password,
              displayName: agent.displayName,
              roles: agent.roles,
              partnerName: partner.name,
              partnerKind: partner.kind,
            },
          ]
        : [];
    }),
    accounts: data.users.map((user) => ({
      userPrincipalName: user.userPrincipalName,
      password: user.password,
      displayName: user.displayName,
      roles: user.roles,
      temporaryPassword: user.temporaryPassword,
    })),
  };
}

function state(): SimulatorState {
  const current = db();
  const scenario = findScenario(current.scenarioId);
  return {
    scenarioId: current.scenarioId,
    scenarioTitle: scenario?.title ?? { 'en-US': current.scenarioId, 'it-IT': current.scenarioId },
    now: now().toISOString(),
    fixedClock: current.fixedNow !== null,
    clockOffsetMs: current.clockOffsetMs,
    notices: [
      ...loadNotices(),
      ...(backendSettings().invalidFaults.length ? (['invalidFaults'] as const) : []),
    ],
    faults: formatFaults(backendSettings().faults),
  };
}

export const simulatorHandlers = [
  http.get(
    '*/api/sim/scenarios',
    publicRoute(() => collection(scenarios.map((s) => summary(s.id)).filter((s) => s !== null))),
  ),

  http.get(
    '*/api/sim/state',
    publicRoute(() => state()),
  ),

  // Injected faults of this backend (in the browser: of this tab), e.g. `latency:2000,error:0.3`.
  http.get(
    '*/api/sim/faults',
    publicRoute(() => ({ faults: formatFaults(backendSettings().faults) })),
  ),

  http.put(
    '*/api/sim/faults',
    publicRoute(async ({ request }) => {
      const input = await readBody(request, z.strictObject({ faults: z.string().max(1000) }));
      const { rules, invalid } = parseFaults(input.faults);
      if (invalid.length) {
        throw problems.invalidInput(`These faults cannot be read: ${invalid.join(', ')}.`, [
          { field: 'faults', message: 'validation.faultsInvalid' },
        ]);
      }
      setFaults(rules);
      return { faults: formatFaults(rules) };
    }),
  ),

  // Demo › Time: moves the simulated clock forward by whole days, or to a later date.
  http.post(
    '*/api/sim/clock',
    publicRoute(async ({ request }) => {
      const input = await readBody(
        request,
        z.union([
          z.strictObject({ advanceDays: z.number().int().min(1).max(3650) }),
          z.strictObject({ now: z.string().max(40) }),
        ]),
      );
      const current = now();
      let target: Date;
      if ('advanceDays' in input) {
        target = new Date(current.getTime() + input.advanceDays * 24 * 60 * 60 * 1000);
      } else {
        const parsed = parseFixedNow(input.now);
        if (!parsed) {
          throw problems.invalidInput(`'${input.now}' is not a date (use 2027-01-31 or an ISO date-time).`, [
            { field: 'now', message: 'validation.clockDateInvalid' },
          ]);
        }
        target = new Date(parsed);
      }
      if (target.getTime() <= current.getTime()) {
        throw problems.invalidInput(
          'The clock only moves forward. Reset demo brings it back to the scenario’s start.',
          [{ field: 'now', message: 'validation.clockNotForward' }],
        );
      }
      moveClock(target);
      return state();
    }),
  ),

  http.post(
    '*/api/sim/reset',
    publicRoute(async ({ request }) => {
      const input = await readBody(request, z.strictObject({ scenarioId: z.string().max(64).optional() }));
      if (input.scenarioId && !findScenario(input.scenarioId))
        throw problems.notFound(`Scenario '${input.scenarioId}'`);
      reset(input.scenarioId);
      return state();
    }),
  ),

  // Demo › Export: the whole simulated state but the sessions, as a file to hand to a colleague.
  http.get(
    '*/api/sim/export',
    publicRoute(() => exportDemo()),
  ),

  // Demo › Import: a file from Export replaces the whole state, after it is checked; a bad file changes nothing.
  http.put(
    '*/api/sim/import',
    publicRoute(async ({ request }) => {
      if (!isJsonContentType(request.headers.get('content-type'))) {
        throw problems.invalidInput('The request body must be JSON (Content-Type: application/json).');
      }
      const text = await request.text();
      if (text.length > MAX_IMPORT_BYTES) {
        throw problems.invalidInput('The demo file is larger than 32 MiB. Nothing was imported.');
      }
      const result = parseDemoFile(text);
      if (!result.ok) {
        const problem = result.error;
        throw new ApiProblem(400, 'InvalidDemoFile', describeDemoFileProblem(problem), [
          { field: problem.problem === 'corruptTable' ? `state.${problem.table}` : 'file', ...problem },
        ]);
      }
      importDemo(result.file);
      return state();
    }),
  ),
];
