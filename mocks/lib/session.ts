import type { TenantRow, UserRow } from '../db/schema';
import { db, now } from '../db/db';
import { problems } from './errors';

export interface SessionContext {
  token: string;
  user: UserRow;
  tenant: TenantRow;
}

const SESSION_HOURS = 8;

export function issueToken(
  userId: string,
  kind: 'session' | 'passwordChange',
): { token: string; expiresAt: string } {
  const token = crypto.randomUUID();
  const hours = kind === 'session' ? SESSION_HOURS : 0.25;
  const expiresAt = new Date(now().getTime() + hours * 3600_000).toISOString();
  db().sessions.push({ token, userId, expiresAt, kind });
  return { token, expiresAt };
}

/** The user behind a live token of this kind, or null. Expired tokens are dropped. */
export function redeemToken(token: string, kind: 'session' | 'passwordChange'): UserRow | null {
  const state = db();
  const current = now().getTime();
  state.sessions = state.sessions.filter((row) => new Date(row.expiresAt).getTime() > current);
  const row = state.sessions.find((s) => s.token === token && s.kind === kind);
  return row ? (state.users.find((u) => u.id === row.userId) ?? null) : null;
}

export function revokeToken(token: string): void {
  db().sessions = db().sessions.filter((row) => row.token !== token);
}

export function requireSession(request: Request): SessionContext {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer (.+)$/i.exec(header)?.[1]?.trim();
  if (!token) throw problems.unauthorized();
  const user = redeemToken(token, 'session');
  const tenant = user && db().tenants.find((t) => t.id === user.tenantId);
  if (!user || !tenant) throw problems.unauthorized();
  return { token, user, tenant };
}

/** A customer token reads only its own tenant: another existing tenant is 403, an unknown one 404. */
export function requireOwnTenant(session: SessionContext, tenantId: string | undefined): void {
  if (tenantId?.toLowerCase() === session.tenant.id) return;
  if (db().tenants.some((t) => t.id === tenantId?.toLowerCase())) throw problems.forbiddenTenant();
  throw problems.tenantNotFound();
}
