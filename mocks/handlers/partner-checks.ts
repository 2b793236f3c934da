import { AGENT_ROLES, canManageCustomers } from '../../src/domain/partner-center';
import type { TenantRow } from '../db/schema';
import { problems } from '../lib/errors';
import { requireCustomer, type PartnerSessionContext } from '../lib/session';

// Not a resource: the checks every Partner Center handler that acts for a customer shares.

/** Creating customers, attesting and ordering need an Admin agent or a Sales agent. */
export function requireAgentRole(session: PartnerSessionContext): void {
  if (!canManageCustomers(session.agent.roles)) throw problems.insufficientRole(AGENT_ROLES);
}

/** One of the partner's customers (403 600006 for another tenant, 404 60003 for an unknown one). */
export const customerOf = (session: PartnerSessionContext, customerId: string | undefined): TenantRow =>
  requireCustomer({ side: 'partner', ...session }, customerId);
