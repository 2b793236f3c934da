// The API activity of this tab: every call the client made (method, path, status, time, bodies), newest
// first, so that a trainee sees which Partner Center call stands behind each click. Secrets are masked.

export interface ApiActivity {
  id: number;
  /** When the answer came, on the simulated clock (its `X-Simulated-Time` header); else this machine's. */
  at: string;
  /** Whether `at` is the simulated clock's (false: no answer, or one without the header). */
  simulatedClock: boolean;
  method: string;
  path: string;
  /** 0 when no answer came. */
  status: number;
  durationMs: number;
  requestBody: string | null;
  responseBody: string | null;
  /** The body as sent, compact, with secrets as placeholders (`<password>`): for Copy as curl. */
  sentBody: string | null;
  /** Request headers besides Accept, Authorization and Content-Type (e.g. `If-Match`). */
  requestHeaders: Record<string, string>;
}

const LIMIT = 100;
const SECRET_FIELDS = new Set(['password', 'newPassword', 'token', 'changeToken']);
const MASK = '••••••';

let entries: readonly ApiActivity[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

/** JSON, pretty-printed, with passwords and tokens replaced by a mask. */
function masked(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return value.length > 2000 ? `${value.slice(0, 2000)}…` : value;
    }
  }
  return JSON.stringify(data, (key, field: unknown) => (SECRET_FIELDS.has(key) ? MASK : field), 2);
}

/** The body as sent, with each secret replaced by a placeholder named after its field. */
function sent(value: unknown): string | null {
  if (value === undefined) return null;
  return JSON.stringify(value, (key, field: unknown) => (SECRET_FIELDS.has(key) ? `<${key}>` : field));
}

export function recordActivity(call: {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestBody: unknown;
  responseBody: string;
  requestHeaders?: Record<string, string>;
  simulatedAt?: string | null;
}): void {
  const simulatedClock = typeof call.simulatedAt === 'string' && !Number.isNaN(Date.parse(call.simulatedAt));
  const entry: ApiActivity = {
    id: nextId++,
    at: simulatedClock ? (call.simulatedAt as string) : new Date().toISOString(),
    simulatedClock,
    method: call.method,
    path: call.path,
    status: call.status,
    durationMs: call.durationMs,
    requestBody: masked(call.requestBody),
    responseBody: masked(call.responseBody),
    sentBody: sent(call.requestBody),
    requestHeaders: call.requestHeaders ?? {},
  };
  entries = [entry, ...entries].slice(0, LIMIT);
  for (const listener of listeners) listener();
}

export function clearActivity(): void {
  entries = [];
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export function subscribeToActivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const activitySnapshot = (): readonly ApiActivity[] => entries;
