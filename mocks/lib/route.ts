import { HttpResponse, delay, http, type HttpResponseResolver, type RequestHandler } from 'msw';
import { faultsFor, formatFaults, type FaultRule } from '../../src/domain/faults';
import type { z } from 'zod';
import type { Collection } from '../../src/api/types';
import { SIMULATED_TIME_HEADER } from '../../src/domain/clock';
import { now, persist, refreshFromStorage } from '../db/db';
import { settleGdapRelationships } from '../db/gdap';
import { noteTrainingCall } from '../db/training';
import { ApiProblem, GraphProblem, asGraphProblem, problems } from './errors';
import {
  requireCaller,
  requirePartnerSession,
  requireSession,
  type Caller,
  type PartnerSessionContext,
  type SessionContext,
} from './session';

// The one resolver wrapper: latency, injected faults, body parsing and error mapping for every handler,
// so that handlers read as business rules.

export interface BackendSettings {
  /** Added to every answer, in milliseconds (0 under test). */
  latencyMs: number;
  /** Injected faults (latency, a share of 503s, dead endpoints, offline), for rehearsing failures. */
  faults: readonly FaultRule[];
  /** The dice for injected errors: Math.random, or a fixed sequence under test. */
  random: () => number;
  /** Called after every change, so that other tabs can refresh (the browser posts on a channel). */
  onChange: () => void;
  /** Called when a training checklist's evidence grew without a change to the data (a read it counts). */
  onTrainingChange: () => void;
  /** Where the app is served, for the links the API hands out (e.g. `http://127.0.0.1:5173/`). */
  appUrl: string;
  /** Fault entries the start-up URL named but that could not be read (shown as a notice). */
  invalidFaults: readonly string[];
  /** Called when the faults change, so that the browser keeps them for this tab across reloads. */
  onFaultsChange: (faults: string) => void;
  /**
   * The real time in ms, for how long sessions live: the simulated clock may be fixed, and a session must
   * still end. Tests move it by hand.
   */
  realNow: () => number;
  /** Live sessions one user (or partner agent) may hold; a new sign-in drops that user's oldest. */
  maxSessionsPerUser: number;
  /** Live sessions in all; a new sign-in drops the oldest of anyone's. */
  maxSessions: number;
}

/** Every setting's default, in one place: what tests and `npm run api` get unless they say otherwise. */
export const DEFAULT_BACKEND_SETTINGS: Readonly<BackendSettings> = Object.freeze({
  latencyMs: 0,
  faults: [],
  random: Math.random,
  onChange: () => undefined,
  onTrainingChange: () => undefined,
  appUrl: 'http://localhost/',
  invalidFaults: [],
  onFaultsChange: () => undefined,
  realNow: () => Date.now(),
  maxSessionsPerUser: 20,
  maxSessions: 1000,
});

let settings: BackendSettings = { ...DEFAULT_BACKEND_SETTINGS };

export function backendSettings(): Readonly<BackendSettings> {
  return settings;
}

/**
 * Configures the backend at start-up (and before each test): every setting at once, from `options` or its
 * default, so that nothing a previous caller set lingers.
 */
export function configureBackend(options: Partial<BackendSettings> = {}): void {
  settings = { ...DEFAULT_BACKEND_SETTINGS, ...options };
}

/** Changes the faults in force (Demo › Simulated faults), keeping every other setting. */
export function setFaults(faults: readonly FaultRule[]): void {
  settings = { ...settings, faults, invalidFaults: [] };
  settings.onFaultsChange(formatFaults(faults));
}

interface RequestContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
}

type Reply = Response | object | null;

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Whether a Content-Type header names JSON: the media type exactly `application/json` (any case, spaces
 * around the `;` allowed), with no charset or `utf-8` (RFC 8259: JSON on the wire is UTF-8).
 * `application/jsonp` or `application/json-patch+json` are other formats and are refused.
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [mediaType = '', ...parameters] = header.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;
    return /^"?utf-?8"?$/i.test(value.trim());
  });
}

/** Parses a JSON body with a schema: wrong content type, bad JSON, too large or invalid → 400. */
export async function readBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw problems.invalidInput('The request body must be JSON (Content-Type: application/json).');
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw problems.invalidInput('The request body is too large.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw problems.invalidInput('The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw problems.invalidInput(
      'The request body is not valid.',
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

export function collection<T>(items: T[], totalCount = items.length): Collection<T> {
  return { totalCount, items, attributes: { objectType: 'Collection' } };
}

function toResponse(reply: Reply): Response {
  if (reply instanceof Response) return reply;
  if (reply === null) return new HttpResponse(null, { status: 204 });
  return HttpResponse.json(reply);
}

/** How failures are written: Partner Center's envelope (and the simulator's), or Microsoft Graph's. */
type Envelope = (problem: ApiProblem | GraphProblem) => Response;

const partnerCenterEnvelope: Envelope = (problem) => {
  const pc =
    problem instanceof ApiProblem
      ? problem
      : new ApiProblem(problem.status, problem.code, problem.message, problem.details);
  const headers: Record<string, string> = {};
  if (pc.status === 401) headers['WWW-Authenticate'] = 'OAuth realm=urn:cpsvc:cpid:simulator';
  return HttpResponse.json(pc.toBody(), { status: pc.status, headers });
};

const graphEnvelope: Envelope = (problem) => {
  const graph = problem instanceof GraphProblem ? problem : asGraphProblem(problem);
  const headers: Record<string, string> = {};
  if (graph.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="", error="invalid_token"';
  return HttpResponse.json(graph.toBody(), { status: graph.status, headers });
};

/** Graph's paths (`/v1.0/…`) answer in Graph's envelope, even before a handler is found. */
const isGraphPath = (url: string) => new URL(url).pathname.startsWith('/v1.0/');

/** Says when the answer was given on the simulated clock, which may differ from the machine's (Demo › Time). */
function stamped(response: Response): Response {
  try {
    response.headers.set(SIMULATED_TIME_HEADER, now().toISOString());
  } catch {
    // No data loaded yet (or a response whose headers cannot change): the client falls back to its own clock.
  }
  return response;
}

function wrap(
  run: (context: RequestContext) => Promise<Reply> | Reply,
  envelope: Envelope = partnerCenterEnvelope,
): HttpResponseResolver {
  return async (info) => {
    const response = await answer(run, envelope, info);
    return response.type === 'error' ? response : stamped(response);
  };
}

async function answer(
  run: (context: RequestContext) => Promise<Reply> | Reply,
  envelope: Envelope,
  { request, params }: { request: Request; params: Record<string, unknown> },
): Promise<Response> {
  const url = new URL(request.url);
  const fault = faultsFor(settings.faults, url.pathname);
  const wait = settings.latencyMs + fault.latencyMs;
  if (wait > 0) await delay(wait);
  // Offline: no answer at all, as when the network is gone.
  if (fault.offline) return HttpResponse.error();
  try {
    if (fault.dead) throw problems.deadEndpoint();
    if (fault.errorRate > 0 && settings.random() < fault.errorRate) throw problems.injectedFault();
    // Another tab may have changed the data since this one last read it.
    refreshFromStorage();
    settleGdapRelationships();
    const context = { request, url, params: params as Record<string, string> };
    const response = toResponse(await run(context));
    const noted = response.ok && noteTrainingCall(request, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      persist();
      settings.onChange();
    } else if (noted) {
      // A read the running procedure counts: kept, and told to the checklists only (pages stay put).
      persist();
      settings.onTrainingChange();
    }
    return response;
  } catch (error) {
    if (error instanceof ApiProblem || error instanceof GraphProblem) return envelope(error);
    console.error('[mock backend]', error);
    return envelope(new ApiProblem(500, 'InternalError', 'The simulated service failed unexpectedly.'));
  }
}

/** Whether every percent-escape in the path decodes (`%zz`, `%ff`, a cut `%E0%A4%A` do not). */
function hasMalformedEscape(url: string): boolean {
  try {
    decodeURIComponent(new URL(url).pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Answers a path with a malformed percent-escape with a 400, for every method and path. MSW decodes path
 * parameters while it looks for a handler, before any resolver runs, and a bad escape there would be a 500;
 * so this guard matches with a predicate (which decodes nothing) and goes before every other handler.
 */
const malformedPathGuard = http.all(
  ({ request }) => hasMalformedEscape(request.url),
  ({ request }) =>
    (isGraphPath(request.url) ? graphEnvelope : partnerCenterEnvelope)(problems.malformedPath()),
);

/** The handler list as every host serves it (worker, Vitest, HTTP server): the guards first. */
export function withGuards(list: readonly RequestHandler[]): RequestHandler[] {
  return [malformedPathGuard, ...list];
}

/** A handler anyone may call (sign-in, the scenario catalog). */
export const publicRoute = (run: (context: RequestContext) => Promise<Reply> | Reply) => wrap(run);

/** A handler that needs a signed-in customer: a bearer token, checked before the rule runs. */
export const route = (
  run: (context: RequestContext & { session: SessionContext }) => Promise<Reply> | Reply,
) => wrap((context) => run({ ...context, session: requireSession(context.request) }));

/** A Partner Center handler only a partner agent may call. */
export const partnerRoute = (
  run: (context: RequestContext & { session: PartnerSessionContext }) => Promise<Reply> | Reply,
) => wrap((context) => run({ ...context, session: requirePartnerSession(context.request) }));

/** A Partner Center handler both sides may call: a customer about its own tenant, a partner about its customers. */
export const callerRoute = (run: (context: RequestContext & { caller: Caller }) => Promise<Reply> | Reply) =>
  wrap((context) => run({ ...context, caller: requireCaller(context.request) }));

/**
 * A Microsoft Graph handler (`/v1.0/…`) a partner agent calls with its Partner Center token: the same
 * latency, faults and persistence, but every failure in Graph's envelope `{ error: { code, message } }`.
 */
export const graphRoute = (
  run: (context: RequestContext & { session: PartnerSessionContext }) => Promise<Reply> | Reply,
) => wrap((context) => run({ ...context, session: requirePartnerSession(context.request) }), graphEnvelope);
