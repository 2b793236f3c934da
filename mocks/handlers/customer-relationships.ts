import { http } from 'msw';
import type { PartnerRelationship } from '../../src/api/types';
import { findPartner, relationshipsOf } from '../db/queries';
import { collection, partnerRoute } from '../lib/route';
import { customerOf } from './partner-checks';

const RELATIONSHIP_WIRE: Partial<Record<string, PartnerRelationship['relationshipType']>> = {
  indirectReseller: 'is_indirect_reseller_of',
  indirectProvider: 'is_indirect_cloud_solution_provider_of',
};

export const customerRelationshipHandlers = [
  // Partner Center: the customer's indirect resellers and indirect providers.
  http.get(
    '*/v1/customers/:customerId/relationships',
    partnerRoute(({ params, session }) => {
      const tenant = customerOf(session, params.customerId);
      return collection(
        relationshipsOf(tenant.id).flatMap((row): PartnerRelationship[] => {
          const partner = findPartner(row.partnerId);
          const type = row.types.map((t) => RELATIONSHIP_WIRE[t]).find((t) => t !== undefined);
          if (!partner || !type) return [];
          return [
            {
              id: partner.id,
              name: partner.name,
              relationshipType: type,
              mpnId: partner.mpnId,
              location: partner.address.countryCode,
              state: 'active',
              attributes: { objectType: 'PartnerRelationship' },
            },
          ];
        }),
      );
    }),
  ),
];
