// "Copy as curl": one call of the API activity as a command for a shell, against `npm run api`. The token is
// a placeholder (never the real one), and every value is quoted for a POSIX shell.

/** Single-quoted for sh: `'` becomes `'\''`. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

export interface CurlCall {
  method: string;
  /** Path and query, e.g. `/v1/customers?size=10`. */
  path: string;
  /** The request body as sent (JSON text), or null. */
  body: string | null;
  /** Request headers besides Accept, Authorization and Content-Type (e.g. Graph's `If-Match`). */
  headers?: Record<string, string>;
}

/** Where `npm run api` listens by default (README, "The API over HTTP"). */
export const API_SERVER_ORIGIN = 'http://127.0.0.1:4010';
export const TOKEN_PLACEHOLDER = '<token>';

/** Calls that take no bearer token: sign-in and the simulator's own controls. */
const isAnonymous = (path: string) =>
  /^\/api\/(auth\/signin|auth\/password|partner\/signin|sim\/)/.test(path);

export function curlCommand(call: CurlCall, origin = API_SERVER_ORIGIN): string {
  const parts = ['curl'];
  if (call.method === 'HEAD') parts.push('--head');
  else if (call.method !== 'GET') parts.push('-X', call.method);
  parts.push(shellQuote(origin + call.path));
  const headers: [string, string][] = [['Accept', 'application/json']];
  if (!isAnonymous(call.path)) headers.push(['Authorization', `Bearer ${TOKEN_PLACEHOLDER}`]);
  if (call.body !== null) headers.push(['Content-Type', 'application/json']);
  for (const [name, value] of Object.entries(call.headers ?? {})) headers.push([name, value]);
  for (const [name, value] of headers) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (call.body !== null) parts.push('--data-raw', shellQuote(call.body));
  return parts.join(' ');
}
