import { http } from 'msw';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../src/domain/contract';
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
import { collection, route } from '../lib/route';
import type { SessionContext } from '../lib/session';

const PAGE_MAX = 200;
const byName = new Intl.Collator('en');

/** `skip` and `top`: absent, or plain decimal digits in range (no `0x10`, `1e2`, `+5`, spaces or empty). */
function pageParam(value: string | null, fallback: number, max: number): number {
  if (value === null) return fallback;
  const number = /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number > max) {
    throw problems.invalidInput(`Paging parameters must be whole numbers from 0 to ${max}.`);
  }
  return number;
}

/** `relationshipType`: absent, or a comma-separated list of known relationship types. */
function relationshipTypesParam(value: string | null): RelationshipType[] {
  if (value === null) return [];
  const types = value.split(',');
  if (
    !types.every((type): type is RelationshipType => (RELATIONSHIP_TYPES as readonly string[]).includes(type))
  ) {
    throw problems.invalidInput(
      `relationshipType must be a comma-separated list of: ${RELATIONSHIP_TYPES.join(', ')}.`,
    );
  }
  return types;
}

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
      const types = relationshipTypesParam(url.searchParams.get('relationshipType'));
      const needle = filter.data.trim().toLowerCase();
      const all = relationshipsOf(session.tenant.id)
        .flatMap((relationship) => {
          const partner = findPartner(relationship.partnerId);
          if (!partner || (needle && !partner.name.toLowerCase().includes(needle))) return [];
          const summary = partnerSummary(relationship, partner);
          return types.length && !summary.relationshipTypes.some((type) => types.includes(type))
            ? []
            : [summary];
        })
        .sort((a, b) => byName.compare(a.name, b.name));
      return collection(all.slice(skip, skip + top), all.length);
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
      removeDelegatedAdmin(relationship);
      return partnerDetails(relationship, partner);
    }),
  ),
];
