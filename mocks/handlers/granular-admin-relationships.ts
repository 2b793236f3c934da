import { http } from 'msw';
import { GDAP_APPROVAL_ROLES, canApproveGdap } from '../../src/domain/roles';
import { approveGdapRelationship } from '../db/gdap';
import { granularAdminRelationship, gdapRelationshipsOf } from '../db/queries';
import { ApiProblem, problems } from '../lib/errors';
import { collection, route } from '../lib/route';
import type { SessionContext } from '../lib/session';

// The customer's side of GDAP in the admin center (the simulator's own endpoints; partners use Graph's
// /v1.0/tenantRelationships/delegatedAdminRelationships).

const byName = new Intl.Collator('en');

/** One of the signed-in tenant's relationships, or 404 (another tenant's, a partner's draft, unknown). */
export function visibleRelationship(session: SessionContext, id: string | undefined) {
  const row = gdapRelationshipsOf(session.tenant.id).find((r) => r.id === (id ?? '').toLowerCase());
  const view = row && granularAdminRelationship(row);
  if (!row || !view) throw problems.notFound(`Granular admin relationship '${id}'`);
  return { row, view };
}

export const granularAdminRelationshipHandlers = [
  // Partner relationships' GDAP section: the tenant's relationships, by partner then name.
  http.get(
    '*/api/granular-admin-relationships',
    route(({ session }) => {
      const views = gdapRelationshipsOf(session.tenant.id).flatMap((row) => {
        const view = granularAdminRelationship(row);
        return view ? [view] : [];
      });
      views.sort(
        (a, b) =>
          byName.compare(a.partner.name, b.partner.name) || byName.compare(a.displayName, b.displayName),
      );
      return collection(views);
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
      const approved = approveGdapRelationship(row.id, session.user.userPrincipalName);
      const view = approved && granularAdminRelationship(approved);
      if (!view) throw problems.notFound(`Granular admin relationship '${params.id}'`);
      return view;
    }),
  ),
];
