import { http } from 'msw';
import type { BillingAccount } from '../../src/api/types';
import { agreementRecord, isMcaConfirmed, mcaAgreements } from '../db/queries';
import { collection, route } from '../lib/route';
import { MCA_TYPE } from '../../src/domain/contract';

export const billingAccountHandlers = [
  // The customer's MCA billing account and its agreement history, the latest first. The account is pending
  // until the MCA is accepted or confirmed: nothing can be bought on it before.
  http.get(
    '*/api/billing-accounts',
    route(({ session: { tenant } }) => {
      const account: BillingAccount = {
        id: `${tenant.id}:mca`,
        name: tenant.displayName,
        type: MCA_TYPE,
        status: isMcaConfirmed(tenant.id) ? 'active' : 'pendingAgreement',
        soldTo: { companyName: tenant.displayName, country: tenant.country },
        agreements: mcaAgreements(tenant.id)
          .map(agreementRecord)
          .sort((a, b) => b.dateAgreed.localeCompare(a.dateAgreed)),
      };
      return collection([account]);
    }),
  ),
];
