import type { AgentRow, PartnerRow, TenantRow, UserRow } from '../db/schema';
import { db, now } from '../db/db';
import { problems } from './errors';

export interface SessionContext {
  token: string;
  user: UserRow;
  tenant: TenantRow;
}

const SESSION_HOURS = 8;

type TokenKind = 'session' | 'passwordChange' | 'partner';

export function issueToken(userId: string, kind: TokenKind): { token: string; expiresAt: string } {
  const token = crypto.randomUUID();
  const hours = kind === 'passwordChange' ? 0.25 : SESSION_HOURS;
  const expiresAt = new Date(now().getTime() + hours * 3600_000).toISOString();
  db().sessions.push({ token, userId, expiresAt, kind });
  return { token, expiresAt };
}

/** The user id behind a live token of this kind, or null. Expired tokens are dropped. */
function tokenOwner(token: string, kind: TokenKind): string | null {
  const state = db();
  const current = now().getTime();
  state.sessions = state.sessions.filter((row) => new Date(row.expiresAt).getTime() > current);
  return state.sessions.find((s) => s.token === token && s.kind === kind)?.userId ?? null;
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
  const kind = db().sessions.find((row) => row.token === token)?.kind;
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
