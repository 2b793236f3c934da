import { http } from 'msw';
import type { RelationshipRequest } from '../../src/api/types';
import { adminPortalLink } from '../../src/domain/admin-links';
import { GUID_PATTERN, paths } from '../../src/domain/paths';
import { findPartner } from '../db/queries';
import type { PartnerRow } from '../db/schema';
import { problems } from '../lib/errors';
import { backendSettings, partnerRoute } from '../lib/route';

/**
 * The link a customer opens to accept a reseller relationship, in the real format on this simulator's host;
 * with a provider, the indirect reseller invitation that makes both partners the customer's in one step.
 */
function invitationUrl(partner: PartnerRow, provider?: PartnerRow): string {
  const app = new URL(backendSettings().appUrl);
  const route = paths.invitation.href({
    partnerId: partner.id,
    dap: false,
    ...(provider ? { indirect: { providerId: provider.id, mpnId: partner.mpnId } } : {}),
  });
  return adminPortalLink(route, app.origin, app.pathname);
}

function optionalGuid(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return null;
  if (!GUID_PATTERN.test(value)) throw problems.invalidInput(`${name} must be a tenant id (a GUID).`);
  return value.toLowerCase();
}

const request = (url: string): RelationshipRequest => ({
  url,
  attributes: { objectType: 'RelationshipRequest' },
});

export const relationshipRequestHandlers = [
  // Partner Center: the link that invites a customer to a reseller relationship.
  http.get(
    '*/v1/customers/relationshiprequests',
    partnerRoute(({ url, session: { partner } }): RelationshipRequest => {
      const resellerId = optionalGuid(url, 'indirectResellerId');
      const providerId = optionalGuid(url, 'indirectCloudSolutionProviderId');
      const dualRole = url.searchParams.get('dualRoleIndirectRelationship');
      if (dualRole !== null && !/^(true|false)$/i.test(dualRole))
        throw problems.invalidInput('dualRoleIndirectRelationship must be true or false.');
      if (resellerId) {
        // An indirect provider asks on behalf of one of its indirect resellers.
        const reseller = findPartner(resellerId);
        if (partner.kind !== 'indirectProvider' || reseller?.providerId !== partner.id)
          throw problems.invalidInput(`'${resellerId}' is not an indirect reseller of ${partner.name}.`);
        return request(invitationUrl(reseller, partner));
      }
      if (providerId) {
        // An indirect reseller names the provider it works with for this customer.
        const provider = partner.kind === 'indirectReseller' && partner.providerId === providerId;
        const row = provider ? findPartner(providerId) : undefined;
        if (!row)
          throw problems.invalidInput(`'${providerId}' is not the indirect provider of ${partner.name}.`);
        return request(invitationUrl(partner, row));
      }
      return request(invitationUrl(partner));
    }),
  ),
];
