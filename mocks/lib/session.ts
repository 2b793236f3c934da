import type { AgentRow, PartnerRow, TenantRow, UserRow } from '../db/schema';
import { db } from '../db/db';
import { problems } from './errors';
import { backendSettings } from './route';

export interface SessionContext {
  token: string;
  user: UserRow;
  tenant: TenantRow;
}

const SESSION_HOURS = 8;
const PASSWORD_CHANGE_HOURS = 0.25;

type TokenKind = 'session' | 'passwordChange' | 'partner';

// Sessions expire by real time, not by the simulated clock: with a fixed clock (a demo pinned to one day)
// "8 hours later" never came, and every token ever issued stayed live. They are also bounded per user and
// in all, oldest first, so that a script signing in in a loop cannot grow the table (and every lookup)
// without end. Rows are kept in issue order, so the oldest are at the front.

/** Drops expired sessions; returns the table. */
function liveSessions() {
  const state = db();
  const current = backendSettings().realNow();
  if (state.sessions.some((row) => Date.parse(row.expiresAt) <= current)) {
    state.sessions = state.sessions.filter((row) => Date.parse(row.expiresAt) > current);
  }
  return state.sessions;
}

export function issueToken(userId: string, kind: TokenKind): { token: string; expiresAt: string } {
  const { realNow, maxSessionsPerUser, maxSessions } = backendSettings();
  const token = crypto.randomUUID();
  const hours = kind === 'passwordChange' ? PASSWORD_CHANGE_HOURS : SESSION_HOURS;
  const expiresAt = new Date(realNow() + hours * 3600_000).toISOString();
  const sessions = liveSessions();
  const mine = sessions.filter((row) => row.userId === userId);
  const dropped = new Set(mine.slice(0, Math.max(0, mine.length - maxSessionsPerUser + 1)));
  const kept = sessions.filter((row) => !dropped.has(row));
  kept.push({ token, userId, expiresAt, kind });
  db().sessions = kept.slice(Math.max(0, kept.length - maxSessions));
  return { token, expiresAt };
}

/** The user id behind a live token of this kind, or null. Expired tokens are dropped. */
function tokenOwner(token: string, kind: TokenKind): string | null {
  return liveSessions().find((s) => s.token === token && s.kind === kind)?.userId ?? null;
}

/** The customer user behind a live token of this kind, or null. */
export function redeemToken(token: string, kind: 'session' | 'passwordChange'): UserRow | null {
  const userId = tokenOwner(token, kind);
  return userId ? (db().users.find((u) => u.id === userId) ?? null) : null;
}

export function revokeToken(token: string): void {
  db().sessions = db().sessions.filter((row) => row.token !== token);
}

function bearerToken(request: Request): string {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer (.+)$/i.exec(header)?.[1]?.trim();
  if (!token) throw problems.unauthorized();
  return token;
}

export function requireSession(request: Request): SessionContext {
  const token = bearerToken(request);
  const user = redeemToken(token, 'session');
  const tenant = user && db().tenants.find((t) => t.id === user.tenantId);
  if (!user || !tenant) throw problems.unauthorized();
  return { token, user, tenant };
}

export interface PartnerSessionContext {
  token: string;
  agent: AgentRow;
  partner: PartnerRow;
}

/** A Partner Center token (App+User): the agent and the partner organization it works for. */
export function requirePartnerSession(request: Request): PartnerSessionContext {
  const token = bearerToken(request);
  const agentId = tokenOwner(token, 'partner');
  const agent = agentId ? db().agents.find((a) => a.id === agentId) : undefined;
  const partner = agent && db().partners.find((p) => p.id === agent.partnerId);
  if (!agent || !partner) throw problems.unauthorized();
  return { token, agent, partner };
}

/** Who called a Partner Center endpoint both sides may use: a customer user or a partner agent. */
export type Caller = ({ side: 'customer' } & SessionContext) | ({ side: 'partner' } & PartnerSessionContext);

export function requireCaller(request: Request): Caller {
  const token = bearerToken(request);
  const kind = liveSessions().find((row) => row.token === token)?.kind;
  return kind === 'partner'
    ? { side: 'partner', ...requirePartnerSession(request) }
    : { side: 'customer', ...requireSession(request) };
}

/** The customers a partner may see: tenants it has a relationship with. */
export function isCustomerOf(partner: PartnerRow, tenantId: string): boolean {
  return db().relationships.some((row) => row.partnerId === partner.id && row.tenantId === tenantId);
}

/**
 * The customer tenant a caller may read: a customer only its own, a partner only its customers. Another
 * existing tenant is 403 (600006), an unknown one 404 (60003).
 */
export function requireCustomer(caller: Caller, tenantId: string | undefined): TenantRow {
  const id = tenantId?.toLowerCase() ?? '';
  const tenant = db().tenants.find((t) => t.id === id);
  const allowed =
    caller.side === 'customer' ? caller.tenant.id === id : !!tenant && isCustomerOf(caller.partner, id);
  if (allowed && tenant) return tenant;
  if (tenant) throw problems.forbiddenTenant();
  throw problems.tenantNotFound();
}
