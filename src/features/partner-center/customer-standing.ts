import {
  getCustomer,
  getCustomerAgreements,
  getCustomerDirectSignStatus,
  getMcaInvitation,
} from '../../api/partner-center';
import { mcaStanding } from '../../domain/mca-standing';

/**
 * A customer as the partner's pages show it: the Customer, its confirmations, its MCA standing, and whether
 * the partner asked it to accept in the admin center (with the link to send).
 */
export async function loadCustomerStanding(customerId: string, signal: AbortSignal) {
  const [customer, agreements, direct, invitation] = await Promise.all([
    getCustomer(customerId, signal),
    getCustomerAgreements(customerId, signal),
    getCustomerDirectSignStatus(customerId, signal),
    getMcaInvitation(customerId, signal),
  ]);
  const standing = mcaStanding({ confirmations: agreements.items, signedDirectly: direct.isSigned });
  return {
    customer,
    agreements: agreements.items,
    status: invitation.invitedAt ? { ...standing, invitedAt: invitation.invitedAt } : standing,
    invitation,
  };
}
