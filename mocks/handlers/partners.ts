import { http } from 'msw';
import { RELATIONSHIP_TYPES } from '../../src/domain/contract';
import { canManagePartnerRoles, INVITATION_ROLES } from '../../src/domain/roles';
import { partnerFilterSchema } from '../../src/domain/validation';
import {
  findPartner,
  partnerDetails,
  partnerSummary,
  relationshipBetween,
  relationshipsOf,
} from '../db/queries';
import { removeDelegatedAdmin } from '../db/writes';
import { problems } from '../lib/errors';
import { pageParam, listParam } from '../lib/query-params';
import { collection, route } from '../lib/route';
import type { SessionContext } from '../lib/session';

const PAGE_MAX = 200;
const byName = new Intl.Collator('en');

function relationshipWith(session: SessionContext, partnerId: string | undefined) {
  const relationship = relationshipBetween(session.tenant.id, partnerId ?? '');
  const partner = relationship && findPartner(relationship.partnerId);
  if (!relationship || !partner) throw problems.notFound(`Partner '${partnerId}'`);
  return { relationship, partner };
}

export const partnerHandlers = [
  // The consolidated list of the tenant's partners, filtered by name and relationship type, and paged.
  http.get(
    '*/api/partners',
    route(({ url, session }) => {
      const filter = partnerFilterSchema.safeParse(url.searchParams.get('filter') ?? '');
      if (!filter.success) throw problems.invalidInput('The filter is too long.');
      const skip = pageParam(url.searchParams.get('skip'), 0, Number.MAX_SAFE_INTEGER);
      const top = pageParam(url.searchParams.get('top'), 50, PAGE_MAX);
      const types = listParam(
        'relationshipType',
        url.searchParams.get('relationshipType'),
        RELATIONSHIP_TYPES,
      );
      const needle = filter.data.trim().toLowerCase();
      const all = relationshipsOf(session.tenant.id).flatMap((relationship) => {
        const partner = findPartner(relationship.partnerId);
        if (!partner || (needle && !partner.name.toLowerCase().includes(needle))) return [];
        return types.length && !relationship.types.some((type) => types.includes(type))
          ? []
          : [{ relationship, partner }];
      });
      // Only a page is sorted and shaped (a count alone, `top=0`, needs neither): a tenant has thousands.
      if (top > 0) all.sort((a, b) => byName.compare(a.partner.name, b.partner.name));
      const page = all.slice(skip, skip + top);
      return collection(
        page.map(({ relationship, partner }) => partnerSummary(relationship, partner)),
        all.length,
      );
    }),
  ),

  http.get(
    '*/api/partners/:partnerId',
    route(({ params, session }) => {
      const { relationship, partner } = relationshipWith(session, params.partnerId);
      return partnerDetails(relationship, partner);
    }),
  ),

  // Remove roles: the partner loses its delegated admin roles and keeps the relationship.
  http.delete(
    '*/api/partners/:partnerId/roles',
    route(({ params, session }) => {
      if (!canManagePartnerRoles(session.user.roles)) throw problems.insufficientRole(INVITATION_ROLES);
      const { relationship, partner } = relationshipWith(session, params.partnerId);
      if (relationship.roles.length === 0)
        throw problems.invalidInput(`${partner.name} holds no admin roles.`);
      removeDelegatedAdmin(relationship, session.user.id);
      return partnerDetails(relationship, partner);
    }),
  ),
];
