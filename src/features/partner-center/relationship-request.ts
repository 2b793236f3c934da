import { getIndirectPartners, getRelationshipRequest } from '../../api/partner-center';
import type { PartnerMe } from '../../api/types';

/** An indirect partner the invitation can name, with the indirect reseller invitation that names it. */
export interface IndirectChoice {
  id: string;
  name: string;
  url: string;
}

/**
 * What Request a reseller relationship offers, by the signed-in partner's kind:
 * - `direct`: its own reseller link;
 * - `provider`: its own link, or the indirect reseller invitation of one of its indirect resellers;
 * - `reseller`: the indirect reseller invitation with one of its indirect providers (the customer accepts
 *   both, as Partner Center's indirect resellers invite), no link of its own.
 */
export type RelationshipRequestOptions =
  | { mode: 'direct'; ownUrl: string }
  | { mode: 'provider'; ownUrl: string; choices: IndirectChoice[] }
  | { mode: 'reseller'; choices: IndirectChoice[] };

export async function loadRelationshipRequest(
  partner: PartnerMe['partner'],
  signal?: AbortSignal,
): Promise<RelationshipRequestOptions> {
  if (partner.kind === 'directBill') {
    return { mode: 'direct', ownUrl: (await getRelationshipRequest(signal)).url };
  }
  const asProvider = partner.kind === 'indirectProvider';
  const [own, indirect] = await Promise.all([
    asProvider ? getRelationshipRequest(signal) : null,
    getIndirectPartners(asProvider ? 'IsIndirectCloudSolutionProviderOf' : 'IsIndirectResellerOf', signal),
  ]);
  const choices = await Promise.all(
    indirect.items.map(async (item) => {
      const named = asProvider
        ? { indirectResellerId: item.id }
        : { indirectCloudSolutionProviderId: item.id };
      return { id: item.id, name: item.name, url: (await getRelationshipRequest(signal, named)).url };
    }),
  );
  return own ? { mode: 'provider', ownUrl: own.url, choices } : { mode: 'reseller', choices };
}
