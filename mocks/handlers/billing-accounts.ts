import { http } from 'msw';
import type { BillingAccount } from '../../src/api/types';
import { agreementRecord, mcaAgreements } from '../db/queries';
import { collection, route } from '../lib/route';
import { MCA_TYPE } from '../../src/domain/contract';

export const billingAccountHandlers = [
  // The customer's MCA billing account and its agreement history, the latest first.
  http.get(
    '*/api/billing-accounts',
    route(({ session: { tenant } }) => {
      const account: BillingAccount = {
        id: `${tenant.id}:mca`,
        name: tenant.displayName,
        type: MCA_TYPE,
        status: 'active',
        soldTo: { companyName: tenant.displayName, country: tenant.country },
        agreements: mcaAgreements(tenant.id)
          .map(agreementRecord)
          .sort((a, b) => b.dateAgreed.localeCompare(a.dateAgreed)),
      };
      return collection([account]);
    }),
  ),
];
