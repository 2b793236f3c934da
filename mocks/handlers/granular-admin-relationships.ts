import { http } from 'msw';
import { GDAP_STATUSES, isInForce } from '../../src/domain/gdap';
import {
  GDAP_APPROVAL_ROLES,
  INVITATION_ROLES,
  canApproveGdap,
  canManagePartnerRoles,
} from '../../src/domain/roles';
import { partnerFilterSchema } from '../../src/domain/validation';
import type { GranularAdminRelationshipPage } from '../../src/api/types';
import { approveGdapRelationship, endGdapRelationshipByCustomer } from '../db/writes';
import { findPartner, granularAdminRelationship, gdapRelationshipsOf, relationshipsOf } from '../db/queries';
import { ApiProblem, problems } from '../lib/errors';
import { listParam, pageParam } from '../lib/query-params';
import { collection, route } from '../lib/route';
import type { SessionContext } from '../lib/session';

// The customer's side of GDAP in the admin center (the simulator's own endpoints; partners use Graph's
// /v1.0/tenantRelationships/delegatedAdminRelationships).

const PAGE_MAX = 200;
const byName = new Intl.Collator('en');

/** One of the signed-in tenant's relationships, or 404 (another tenant's, a partner's draft, unknown). */
export function visibleRelationship(session: SessionContext, id: string | undefined) {
  const row = gdapRelationshipsOf(session.tenant.id).find((r) => r.id === (id ?? '').toLowerCase());
  const view = row && granularAdminRelationship(row);
  if (!row || !view) throw problems.notFound(`Granular admin relationship '${id}'`);
  return { row, view };
}

export const granularAdminRelationshipHandlers = [
  // Partner relationships' GDAP section: the tenant's relationships by partner then name, searched by partner
  // or relationship name, filtered by status, paged; with each partner's count for the group headers.
  http.get(
    '*/api/granular-admin-relationships',
    route(({ session, url }): GranularAdminRelationshipPage => {
      const filter = partnerFilterSchema.safeParse(url.searchParams.get('filter') ?? '');
      if (!filter.success) throw problems.invalidInput('The filter is too long.');
      const statuses = listParam('status', url.searchParams.get('status'), GDAP_STATUSES);
      const skip = pageParam(url.searchParams.get('skip'), 0, Number.MAX_SAFE_INTEGER);
      const top = pageParam(url.searchParams.get('top'), 50, PAGE_MAX);
      const needle = filter.data.trim().toLowerCase();
      // Views are built for the page only: building one looks up the partner's DAP, which a tenant with
      // thousands of partners makes slow.
      const matching = gdapRelationshipsOf(session.tenant.id).flatMap((row) => {
        const partner = findPartner(row.partnerId);
        if (!partner || (statuses.length && !statuses.includes(row.status))) return [];
        const found =
          !needle ||
          partner.name.toLowerCase().includes(needle) ||
          row.displayName.toLowerCase().includes(needle);
        return found ? [{ row, partner }] : [];
      });
      matching.sort(
        (a, b) =>
          byName.compare(a.partner.name, b.partner.name) ||
          byName.compare(a.row.displayName, b.row.displayName),
      );
      const counts = new Map<string, number>();
      for (const { partner } of matching) counts.set(partner.id, (counts.get(partner.id) ?? 0) + 1);
      const page = matching.slice(skip, skip + top);
      const groups = [...new Map(page.map(({ partner }) => [partner.id, partner])).values()].map(
        (partner) => ({
          partnerId: partner.id,
          partnerName: partner.name,
          count: counts.get(partner.id) ?? 0,
        }),
      );
      const items = page.flatMap(({ row }) => {
        const view = granularAdminRelationship(row);
        return view ? [view] : [];
      });
      const dapPartnerCount = relationshipsOf(session.tenant.id).filter(
        (relationship) => relationship.types.includes('delegatedAdmin') && relationship.roles.length > 0,
      ).length;
      return { ...collection(items, matching.length), groups, dapPartnerCount };
    }),
  ),

  // One relationship: Approve partner roles and the relationship's detail page.
  http.get(
    '*/api/granular-admin-relationships/:id',
    route(({ session, params }) => visibleRelationship(session, params.id).view),
  ),

  // Approve partner roles › Approve all: a Global admin activates a request that is waiting for approval.
  http.post(
    '*/api/granular-admin-relationships/:id/approve',
    route(({ session, params }) => {
      const { row } = visibleRelationship(session, params.id);
      if (!canApproveGdap(session.user.roles)) throw problems.insufficientRole(GDAP_APPROVAL_ROLES);
      if (row.status !== 'approvalPending') {
        throw new ApiProblem(
          409,
          'RelationshipNotPending',
          `Only a relationship waiting for approval can be approved; '${row.displayName}' is ${row.status}.`,
          [row.status],
        );
      }
      const approved = approveGdapRelationship(row.id, session.user);
      const view = approved && granularAdminRelationship(approved);
      if (!view) throw problems.notFound(`Granular admin relationship '${params.id}'`);
      return view;
    }),
  ),

  // Remove roles on the relationship's page: a Global admin ends the GDAP relationship; the partner's
  // reseller (or other) relationship stays.
  http.post(
    '*/api/granular-admin-relationships/:id/terminate',
    route(({ session, params }) => {
      if (!canManagePartnerRoles(session.user.roles)) throw problems.insufficientRole(INVITATION_ROLES);
      const { row } = visibleRelationship(session, params.id);
      if (!isInForce(row.status)) {
        throw new ApiProblem(
          409,
          'RelationshipNotActive',
          `Only an active or expiring relationship can be ended; '${row.displayName}' is ${row.status}.`,
        );
      }
      const ended = endGdapRelationshipByCustomer(row.id, session.user);
      const view = ended && granularAdminRelationship(ended);
      if (!view) throw problems.notFound(`Granular admin relationship '${params.id}'`);
      return view;
    }),
  ),
];
