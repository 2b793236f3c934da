import { http } from 'msw';
import type { PartnerRelationship } from '../../src/api/types';
import { findPartner, indirectResellersOf, relationshipsOf } from '../db/queries';
import type { PartnerRow } from '../db/schema';
import { problems } from '../lib/errors';
import { collection, partnerRoute } from '../lib/route';
import { customerOf } from './partner-checks';

const RELATIONSHIP_WIRE: Partial<Record<string, PartnerRelationship['relationshipType']>> = {
  indirectReseller: 'is_indirect_reseller_of',
  indirectProvider: 'is_indirect_cloud_solution_provider_of',
};

const wire = (partner: PartnerRow, relationshipType: PartnerRelationship['relationshipType']) =>
  ({
    id: partner.id,
    name: partner.name,
    relationshipType,
    mpnId: partner.mpnId,
    location: partner.address.countryCode,
    state: 'active',
    attributes: { objectType: 'PartnerRelationship' },
  }) satisfies PartnerRelationship;

export const customerRelationshipHandlers = [
  // Partner Center: the signed-in partner's own indirect resellers (as their provider) or indirect providers
  // (as their reseller), by PartnerRelationshipType member name.
  http.get(
    '*/v1/relationships',
    partnerRoute(({ url, session: { partner } }) => {
      const type = url.searchParams.get('relationship_type')?.toLowerCase();
      if (type === 'isindirectcloudsolutionproviderof') {
        return collection(
          indirectResellersOf(partner.id).map((row) => wire(row, 'is_indirect_cloud_solution_provider_of')),
        );
      }
      if (type === 'isindirectresellerof') {
        const provider = partner.kind === 'indirectReseller' && partner.providerId;
        const row = provider ? findPartner(provider) : undefined;
        return collection(row ? [wire(row, 'is_indirect_reseller_of')] : []);
      }
      throw problems.invalidInput(
        'relationship_type must be IsIndirectCloudSolutionProviderOf or IsIndirectResellerOf.',
      );
    }),
  ),

  // Partner Center: the customer's indirect resellers and indirect providers.
  http.get(
    '*/v1/customers/:customerId/relationships',
    partnerRoute(({ params, session }) => {
      const tenant = customerOf(session, params.customerId);
      return collection(
        relationshipsOf(tenant.id).flatMap((row): PartnerRelationship[] => {
          const partner = findPartner(row.partnerId);
          const type = row.types.map((t) => RELATIONSHIP_WIRE[t]).find((t) => t !== undefined);
          return partner && type ? [wire(partner, type)] : [];
        }),
      );
    }),
  ),
];
