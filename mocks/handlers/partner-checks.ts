import { AGENT_ROLES, canManageCustomers, isResellerOf } from '../../src/domain/partner-center';
import { relationshipBetween } from '../db/queries';
import type { TenantRow } from '../db/schema';
import { ApiProblem, problems } from '../lib/errors';
import { requireCustomer, type PartnerSessionContext } from '../lib/session';

// Not a resource: the checks every Partner Center handler that acts for a customer shares.

/** Creating customers, attesting and ordering need an Admin agent or a Sales agent. */
export function requireAgentRole(session: PartnerSessionContext): void {
  if (!canManageCustomers(session.agent.roles)) throw problems.insufficientRole(AGENT_ROLES);
}

/** One of the partner's customers (403 600006 for another tenant, 404 60003 for an unknown one). */
export const customerOf = (session: PartnerSessionContext, customerId: string | undefined): TenantRow =>
  requireCustomer({ side: 'partner', ...session }, customerId);

const ADVISOR_REFUSALS = {
  order: ['AdvisorCannotOrder', 'only a reseller of the customer can place orders'],
  attest: ['AdvisorCannotAttest', 'only a reseller of the customer can confirm its acceptance'],
  invite: ['AdvisorCannotInvite', 'only a reseller of the customer can invite it to accept the agreement'],
} as const;

/**
 * Only the customer's reseller (direct or indirect) orders and attests for it; an advisor does neither.
 * Partner Center's "not allowed" code, with a name and words that say why.
 */
export function requireReseller(
  session: PartnerSessionContext,
  tenant: TenantRow,
  action: keyof typeof ADVISOR_REFUSALS,
): void {
  const types = relationshipBetween(tenant.id, session.partner.id)?.types ?? [];
  if (isResellerOf(types)) return;
  const [errorName, reason] = ADVISOR_REFUSALS[action];
  throw new ApiProblem(
    403,
    600006,
    `The requested action is not allowed: ${session.partner.name} is an advisor of ${tenant.displayName}, and ${reason}.`,
    [],
    'Simulator',
    errorName,
  );
}
