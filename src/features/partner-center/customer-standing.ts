import { getCustomer, getCustomerAgreements, getCustomerDirectSignStatus } from '../../api/partner-center';
import { mcaStanding } from '../../domain/mca-standing';

/** A customer as the partner's pages show it: the Customer, its confirmations, and its MCA standing. */
export async function loadCustomerStanding(customerId: string, signal: AbortSignal) {
  const [customer, agreements, direct] = await Promise.all([
    getCustomer(customerId, signal),
    getCustomerAgreements(customerId, signal),
    getCustomerDirectSignStatus(customerId, signal),
  ]);
  return {
    customer,
    agreements: agreements.items,
    status: mcaStanding({ confirmations: agreements.items, signedDirectly: direct.isSigned }),
  };
}
