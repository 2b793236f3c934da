import { SIMULATED_TIME_HEADER } from '../domain/clock';
import { recordActivity } from './activity';
import type { ApiErrorBody, GraphErrorBody } from './types';

// The only caller of fetch: JSON in and out, the bearer token, a typed ApiError on any non-2xx answer.
// It shows nothing and redirects nowhere; routes decide what an error means.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | string,
    readonly description: string,
    readonly data: unknown[] = [],
  ) {
    super(description);
    this.name = 'ApiError';
  }
}

/** Raised when no answer came at all (offline, worker gone). */
export const NETWORK_ERROR_CODE = 'NetworkError';

/** Whose token a call carries: the customer's (admin center) or the partner agent's (Partner Center). */
export type Audience = 'customer' | 'partner';

const tokenSources: Record<Audience, () => string | null> = { customer: () => null, partner: () => null };

/** Where each side's current token is, told at startup (src/app/bootstrap.tsx); the client never imports stores. */
export function setTokenSource(source: () => string | null, audience: Audience = 'customer'): void {
  tokenSources[audience] = source;
}

export interface RequestOptions {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  audience?: Audience;
  /** Extra request headers, e.g. Graph's `If-Match`. */
  headers?: Record<string, string>;
  /** Left out of API activity: the panel's own reads (its Events tab), which would otherwise list themselves. */
  quiet?: boolean;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'description' in value;
}

/** Microsoft Graph's envelope `{ error: { code, message, details? } }` (the `/v1.0/…` endpoints). */
function isGraphErrorBody(value: unknown): value is GraphErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value as { error: unknown };
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * A Graph error as the same ApiError: its message is the description, and its `details` become `data`
 * entries `{ field, message }` (the field's body path and its `validation.…` key), as forms read them.
 */
function graphError(status: number, { error }: GraphErrorBody): ApiError {
  const data = (Array.isArray(error.details) ? error.details : []).map((detail) => ({
    field: detail.target,
    message: detail.code,
    description: detail.message,
  }));
  return new ApiError(status, error.code, error.message, data);
}

let startBackend: () => Promise<unknown> = () => Promise.resolve();
let backendReady: Promise<unknown> | null = null;

/**
 * How to start the (simulated) backend, told at startup (src/app/bootstrap.tsx, which describes the whole
 * sequence). It starts with the first call, or earlier on `ensureBackend()`, and every call waits for it, so
 * that a page needing no data can render before the mock service worker is up. If it never starts, calls go
 * out anyway and fail visibly.
 */
export function setBackendStarter(start: () => Promise<unknown>): void {
  startBackend = start;
  backendReady = null;
}

/** Starts the backend if it is not started yet; resolves when it is up (or could not start). */
export function ensureBackend(): Promise<unknown> {
  backendReady ??= startBackend().catch(() => undefined);
  return backendReady;
}

/** Reads (GET, HEAD) that met a 5xx or no answer are tried again this many times, a moment apart. */
const READ_RETRIES = 2;
const RETRY_DELAY_MS = 300;
let retryDelayMs = RETRY_DELAY_MS;

/** Tests make the pause between retries zero. */
export function setRetryDelay(ms: number): void {
  retryDelayMs = ms;
}

const isTransient = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

/**
 * Calls the API. A read that fails for a transient reason is retried quietly before the caller hears of
 * it; a write is sent once (the user decides whether to send it again).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const retries = method === 'GET' || method === 'HEAD' ? READ_RETRIES : 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendOnce<T>(path, options);
    } catch (error) {
      if (attempt >= retries || !isTransient(error) || options.signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * (attempt + 1)));
    }
  }
}

async function sendOnce<T>(path: string, options: RequestOptions): Promise<T> {
  await ensureBackend();
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = tokenSources[options.audience ?? 'customer']();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const started = performance.now();
  const log = (status: number, responseBody: string, simulatedAt: string | null = null) => {
    if (options.quiet) return;
    recordActivity({
      method,
      path: url.pathname + url.search,
      status,
      durationMs: Math.round(performance.now() - started),
      requestBody: options.body,
      responseBody,
      requestHeaders: options.headers,
      simulatedAt,
    });
  };

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    log(0, '');
    throw new ApiError(0, NETWORK_ERROR_CODE, 'The service could not be reached.');
  }

  const text = await response.text();
  log(response.status, text, response.headers.get(SIMULATED_TIME_HEADER));
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError(
        response.status,
        'InvalidResponse',
        'The service answered with something other than JSON.',
      );
    }
  }
  if (!response.ok) {
    if (isErrorBody(json)) throw new ApiError(response.status, json.code, json.description, json.data ?? []);
    if (isGraphErrorBody(json)) throw graphError(response.status, json);
    throw new ApiError(response.status, 'HttpError', `The service answered ${response.status}.`);
  }
  return json as T;
}
