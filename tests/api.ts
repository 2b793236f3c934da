// Helpers for contract tests: call the mock backend with fetch, as any client would.
export const API = 'http://localhost';

export async function call(
  path: string,
  init: {
    method?: string;
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    base?: string;
  } = {},
) {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] ??= 'application/json';
  const response = await fetch(`${init.base ?? API}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

export async function tokenFor(userPrincipalName: string, password: string): Promise<string> {
  const result = await call('/api/auth/signin', { method: 'POST', body: { userPrincipalName, password } });
  if (result.body?.status !== 'signedIn')
    throw new Error(`Could not sign in ${userPrincipalName}: ${JSON.stringify(result.body)}`);
  return result.body.token as string;
}

/** A Partner Center (simulated) token for a demo partner agent. */
export async function partnerTokenFor(userPrincipalName: string, password = 'Partner#2026'): Promise<string> {
  const result = await call('/api/partner/signin', { method: 'POST', body: { userPrincipalName, password } });
  if (result.status !== 200)
    throw new Error(`Could not sign in ${userPrincipalName}: ${JSON.stringify(result.body)}`);
  return result.body.token as string;
}
