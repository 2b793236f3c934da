import { HttpResponse, http } from 'msw';
import type {
  DelegatedAdminAccessAssignment,
  DelegatedAdminRelationship,
  DelegatedAdminRelationshipRequest,
} from '../../src/api/types';
import {
  GDAP_STATUSES,
  applyGdapAction,
  canAutoExtend,
  canManageGdap,
  formatDurationDays,
} from '../../src/domain/gdap';
import {
  gdapAccessAssignmentChangesSchema,
  gdapAccessAssignmentSchema,
  gdapRelationshipChangesSchema,
  gdapRequestSchema,
  newGdapRelationshipSchema,
} from '../../src/domain/validation';
import { now } from '../db/db';
import { findTenant, gdapRelationshipsOfPartner } from '../db/queries';
import type { GdapRelationshipRow } from '../db/schema';
import {
  addGdapAccessAssignment,
  changeGdapAccessAssignment,
  changeGdapRelationship,
  createGdapRelationship,
  deleteGdapRelationship,
  recordGdapRequest,
  type GdapRelationshipChanges,
} from '../db/writes';
import { graphProblems } from '../lib/errors';
import { graphRoute, readBody } from '../lib/route';
import { isCustomerOf, type PartnerSessionContext } from '../lib/session';

// Microsoft Graph's delegatedAdminRelationships for partners (GDAP): a partner agent's token, the partner's
// own relationships only, Graph's field names and envelopes. The customer approves in the admin center.

const PATH = '/v1.0/tenantRelationships/delegatedAdminRelationships';
const METADATA = '/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships';

type Row = GdapRelationshipRow;
type AssignmentRow = Row['accessAssignments'][number];
type RequestRow = Row['requests'][number];

const etagOf = (revision: number) => `W/"${revision}"`;
const autoExtendOf = (days: number) => (days > 0 ? formatDurationDays(days) : 'PT0S');
const rolesOf = (roleIds: readonly string[]) => ({
  unifiedRoles: roleIds.map((roleDefinitionId) => ({ roleDefinitionId })),
});

function relationshipView(row: Row): DelegatedAdminRelationship {
  return {
    '@odata.etag': etagOf(row.revision),
    id: row.id,
    displayName: row.displayName,
    duration: formatDurationDays(row.durationDays),
    customer: { tenantId: row.tenantId, displayName: findTenant(row.tenantId)?.displayName ?? '' },
    accessDetails: rolesOf(row.roleIds),
    status: row.status,
    autoExtendDuration: autoExtendOf(row.autoExtendDays),
    createdDateTime: row.createdAt,
    activatedDateTime: row.activatedAt,
    lastModifiedDateTime: row.lastModifiedAt,
    endDateTime: row.endAt,
  };
}

const requestView = (request: RequestRow): DelegatedAdminRelationshipRequest => ({
  id: request.id,
  action: request.action,
  status: request.status,
  createdDateTime: request.createdAt,
  lastModifiedDateTime: request.lastModifiedAt,
});

const assignmentView = (assignment: AssignmentRow): DelegatedAdminAccessAssignment => ({
  '@odata.etag': etagOf(assignment.revision),
  id: assignment.id,
  status: assignment.status,
  accessContainer: { accessContainerId: assignment.securityGroupId, accessContainerType: 'securityGroup' },
  accessDetails: rolesOf(assignment.roleIds),
  createdDateTime: assignment.createdAt,
  lastModifiedDateTime: assignment.lastModifiedAt,
});

/** One entity as Graph answers it: its `@odata.context` first, and its etag also as a header. */
function entity(
  url: URL,
  context: string,
  body: object & { '@odata.etag'?: string },
  init: ResponseInit = {},
) {
  const headers = new Headers(init.headers);
  if (body['@odata.etag']) headers.set('ETag', body['@odata.etag']);
  return HttpResponse.json(
    { '@odata.context': `${url.origin}${context}/$entity`, ...body },
    { ...init, headers },
  );
}

const collectionOf = <T>(url: URL, context: string, value: T[]) => ({
  '@odata.context': `${url.origin}${context}`,
  value,
});

/** A 201 with `Location`, as Graph answers a create. */
const created = (url: URL, context: string, location: string, body: object) =>
  entity(url, context, body, { status: 201, headers: { Location: `${url.origin}${location}` } });

/** One of the partner's relationships; another partner's is as unknown as one that does not exist. */
function ownRelationship(session: PartnerSessionContext, id: string | undefined): Row {
  const wanted = (id ?? '').toLowerCase();
  const row = gdapRelationshipsOfPartner(session.partner.id).find((r) => r.id === wanted);
  if (!row) throw graphProblems.notFound(id ?? '');
  return row;
}

function requireAdminAgent(session: PartnerSessionContext): void {
  if (!canManageGdap(session.agent.roles)) throw graphProblems.adminAgentOnly();
}

/**
 * `If-Match` against the current etag: missing is 400, stale is 412. `*` and a list are accepted, and weak
 * and strong forms compare alike (the tag is the revision).
 */
function requireCurrentEtag(request: Request, revision: number): void {
  const header = request.headers.get('if-match')?.trim();
  if (!header) throw graphProblems.ifMatchRequired();
  if (header === '*') return;
  const current = String(revision);
  const matches = header
    .split(',')
    .map((tag) => /^(?:W\/)?"([^"]*)"$/.exec(tag.trim())?.[1])
    .some((tag) => tag === current);
  if (!matches) throw graphProblems.preconditionFailed();
}

/** displayName is unique among the partner's relationships (compared without case). */
function requireFreeName(session: PartnerSessionContext, name: string, except?: string): void {
  const wanted = name.toLowerCase();
  const taken = gdapRelationshipsOfPartner(session.partner.id).some(
    (row) => row.id !== except && row.displayName.toLowerCase() === wanted,
  );
  if (taken) throw graphProblems.nameTaken(name);
}

function requireAutoExtendAllowed(autoExtendDays: number, roleIds: readonly string[]): void {
  if (autoExtendDays > 0 && !canAutoExtend(roleIds)) throw graphProblems.autoExtendWithGlobalAdmin();
}

/** A status in a `$filter` (`'active'`), or undefined when it is not one of Graph's. */
const quotedStatus = (text: string) => GDAP_STATUSES.find((status) => `'${status}'` === text.trim());

/**
 * The `$filter` the simulator understands: `status eq 'x'`, `status in ('x', 'y')` and
 * `customer/tenantId eq '…'`, joined with `and`. Anything else is refused rather than ignored.
 */
function filterOf(raw: string | null): (row: Row) => boolean {
  if (!raw?.trim()) return () => true;
  const tests = raw
    .trim()
    .split(/\s+and\s+/)
    .map((clause): ((row: Row) => boolean) => {
      const statusEq = /^status\s+eq\s+('[^']*')$/.exec(clause.trim());
      const statusIn = /^status\s+in\s+\(([^)]*)\)$/.exec(clause.trim());
      const tenantEq = /^customer\/tenantId\s+eq\s+'([^']*)'$/.exec(clause.trim());
      if (statusEq?.[1] !== undefined || statusIn?.[1] !== undefined) {
        const statuses = (statusEq?.[1] ?? statusIn?.[1] ?? '').split(',').map(quotedStatus);
        if (statuses.some((status) => status === undefined)) throw graphProblems.unsupportedFilter(raw);
        const wanted = new Set(statuses);
        return (row) => wanted.has(row.status);
      }
      if (tenantEq?.[1] !== undefined) {
        const tenantId = tenantEq[1].toLowerCase();
        return (row) => row.tenantId === tenantId;
      }
      throw graphProblems.unsupportedFilter(raw);
    });
  return (row) => tests.every((test) => test(row));
}

const byCreation = (a: Row, b: Row) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** What each status allows a PATCH to change (Graph: anything while created, only auto-extend while active). */
function requireChangeable(row: Row, fields: readonly string[]): void {
  if (row.status === 'created') return;
  const onlyAutoExtend = fields.every((field) => field === 'autoExtendDuration');
  if ((row.status === 'active' || row.status === 'expiring') && onlyAutoExtend) return;
  throw graphProblems.wrongStatus(
    row.status === 'active' || row.status === 'expiring'
      ? `The relationship is ${row.status}: only autoExtendDuration may change now. Other fields may change only while it is created.`
      : `The relationship is ${row.status}: it may change only while it is created (and its autoExtendDuration while it is active).`,
  );
}

const relationshipPath = (id: string) => `${PATH}/${id}`;
const relationshipContext = (id: string) => `${METADATA}('${id}')`;

export const delegatedAdminRelationshipHandlers = [
  // The partner's relationships, oldest first.
  http.get(
    `*${PATH}`,
    graphRoute(({ session, url }) => {
      const keep = filterOf(url.searchParams.get('$filter'));
      const rows = gdapRelationshipsOfPartner(session.partner.id).filter(keep).sort(byCreation);
      return collectionOf(url, METADATA, rows.map(relationshipView));
    }),
  ),

  // Create: a draft (`created`) for one of the partner's customers.
  http.post(
    `*${PATH}`,
    graphRoute(async ({ session, request, url }) => {
      requireAdminAgent(session);
      const body = await readBody(request, newGdapRelationshipSchema);
      const tenantId = body.customer.tenantId.toLowerCase();
      if (!findTenant(tenantId)) throw graphProblems.unknownCustomer(tenantId);
      if (!isCustomerOf(session.partner, tenantId)) {
        throw graphProblems.notACustomer(tenantId, session.partner.name);
      }
      const roleIds = body.accessDetails.unifiedRoles;
      const autoExtendDays = body.autoExtendDuration ?? 0;
      requireAutoExtendAllowed(autoExtendDays, roleIds);
      requireFreeName(session, body.displayName);
      const row = createGdapRelationship({
        partnerId: session.partner.id,
        tenantId,
        displayName: body.displayName,
        durationDays: body.duration,
        autoExtendDays,
        roleIds,
      });
      return created(url, METADATA, relationshipPath(row.id), relationshipView(row));
    }),
  ),

  http.get(
    `*${PATH}/:id`,
    graphRoute(({ session, params, url }) =>
      entity(url, METADATA, relationshipView(ownRelationship(session, params.id))),
    ),
  ),

  // Change a draft (or an active relationship's auto-extend), against the etag the partner last read.
  http.patch(
    `*${PATH}/:id`,
    graphRoute(async ({ session, params, request, url }) => {
      requireAdminAgent(session);
      const row = ownRelationship(session, params.id);
      const body = await readBody(request, gdapRelationshipChangesSchema);
      requireCurrentEtag(request, row.revision);
      const fields = Object.keys(body).filter((key) => key !== '@odata.type');
      // A PATCH that changes nothing would still move the etag; say so instead.
      if (fields.length === 0) throw graphProblems.nothingToChange();
      requireChangeable(row, fields);
      const changes: GdapRelationshipChanges = {};
      if (body.displayName !== undefined) {
        requireFreeName(session, body.displayName, row.id);
        changes.displayName = body.displayName;
      }
      if (body.duration !== undefined) changes.durationDays = body.duration;
      if (body.accessDetails !== undefined) changes.roleIds = body.accessDetails.unifiedRoles;
      if (body.autoExtendDuration !== undefined) changes.autoExtendDays = body.autoExtendDuration;
      requireAutoExtendAllowed(changes.autoExtendDays ?? row.autoExtendDays, changes.roleIds ?? row.roleIds);
      return entity(url, METADATA, relationshipView(changeGdapRelationship(row, changes)));
    }),
  ),

  // Only a draft can be deleted; a sent one is terminated (or lapses).
  http.delete(
    `*${PATH}/:id`,
    graphRoute(({ session, params, request }) => {
      requireAdminAgent(session);
      const row = ownRelationship(session, params.id);
      requireCurrentEtag(request, row.revision);
      if (row.status !== 'created') {
        throw graphProblems.wrongStatus(
          `The relationship is ${row.status}: only a relationship in created status can be deleted. Terminate an active one instead.`,
        );
      }
      deleteGdapRelationship(row);
      return null;
    }),
  ),

  http.get(
    `*${PATH}/:id/requests`,
    graphRoute(({ session, params, url }) => {
      const row = ownRelationship(session, params.id);
      return collectionOf(url, `${relationshipContext(row.id)}/requests`, row.requests.map(requestView));
    }),
  ),

  // lockForApproval (created → approvalPending) and terminate (active or expiring → terminated).
  http.post(
    `*${PATH}/:id/requests`,
    graphRoute(async ({ session, params, request, url }) => {
      requireAdminAgent(session);
      const row = ownRelationship(session, params.id);
      const { action } = await readBody(request, gdapRequestSchema);
      if (action === 'approve') throw graphProblems.customerApproves();
      const next = applyGdapAction(row, action, now());
      if (!next) {
        throw graphProblems.wrongStatus(
          action === 'lockForApproval'
            ? `The relationship is ${row.status}: only a relationship in created status can be locked for approval.`
            : `The relationship is ${row.status}: only an active or expiring relationship can be terminated.`,
        );
      }
      const sent = recordGdapRequest(row, action, next);
      // Graph answers with the request as it was accepted; the simulator has already carried it out.
      const context = `${relationshipContext(row.id)}/requests`;
      return created(url, context, `${relationshipPath(row.id)}/requests/${sent.id}`, {
        ...requestView(sent),
        status: 'created',
      });
    }),
  ),

  http.get(
    `*${PATH}/:id/requests/:requestId`,
    graphRoute(({ session, params, url }) => {
      const row = ownRelationship(session, params.id);
      const found = row.requests.find((r) => r.id === (params.requestId ?? '').toLowerCase());
      if (!found) throw graphProblems.notFound(params.requestId ?? '');
      return entity(url, `${relationshipContext(row.id)}/requests`, requestView(found));
    }),
  ),

  ...accessAssignmentHandlers(),
];

function accessAssignmentHandlers() {
  const context = (row: Row) => `${relationshipContext(row.id)}/accessAssignments`;
  const own = (row: Row, id: string | undefined) => {
    const found = row.accessAssignments.find((a) => a.id === (id ?? '').toLowerCase());
    if (!found) throw graphProblems.notFound(id ?? '');
    return found;
  };
  const requireGrantedRoles = (row: Row, roleIds: readonly string[]) => {
    if (roleIds.some((id) => !row.roleIds.includes(id))) throw graphProblems.roleNotInRelationship();
  };
  const requireInForce = (row: Row) => {
    if (row.status !== 'active' && row.status !== 'expiring') {
      throw graphProblems.wrongStatus(
        `The relationship is ${row.status}: roles can be assigned to security groups only while it is active.`,
      );
    }
  };

  return [
    http.get(
      `*${PATH}/:id/accessAssignments`,
      graphRoute(({ session, params, url }) => {
        const row = ownRelationship(session, params.id);
        return collectionOf(url, context(row), row.accessAssignments.map(assignmentView));
      }),
    ),

    // Give one of the partner's security groups some of the relationship's roles.
    http.post(
      `*${PATH}/:id/accessAssignments`,
      graphRoute(async ({ session, params, request, url }) => {
        requireAdminAgent(session);
        const row = ownRelationship(session, params.id);
        const body = await readBody(request, gdapAccessAssignmentSchema);
        requireInForce(row);
        const roleIds = body.accessDetails.unifiedRoles;
        requireGrantedRoles(row, roleIds);
        const groupId = body.accessContainer.accessContainerId;
        if (row.accessAssignments.some((a) => a.securityGroupId === groupId && a.status !== 'deleted')) {
          throw graphProblems.securityGroupTaken();
        }
        const assignment = addGdapAccessAssignment(row, { securityGroupId: groupId, roleIds });
        // Graph answers `pending`: the service applies it in the background (here, at once).
        return created(url, context(row), `${relationshipPath(row.id)}/accessAssignments/${assignment.id}`, {
          ...assignmentView(assignment),
          status: 'pending',
        });
      }),
    ),

    http.get(
      `*${PATH}/:id/accessAssignments/:assignmentId`,
      graphRoute(({ session, params, url }) => {
        const row = ownRelationship(session, params.id);
        return entity(url, context(row), assignmentView(own(row, params.assignmentId)));
      }),
    ),

    // New roles for the group, against the assignment's etag.
    http.patch(
      `*${PATH}/:id/accessAssignments/:assignmentId`,
      graphRoute(async ({ session, params, request, url }) => {
        requireAdminAgent(session);
        const row = ownRelationship(session, params.id);
        const assignment = own(row, params.assignmentId);
        const body = await readBody(request, gdapAccessAssignmentChangesSchema);
        requireCurrentEtag(request, assignment.revision);
        requireInForce(row);
        if (assignment.status === 'deleted') {
          throw graphProblems.wrongStatus('The access assignment is deleted: create a new one instead.');
        }
        const roleIds = body.accessDetails.unifiedRoles;
        requireGrantedRoles(row, roleIds);
        const changed = changeGdapAccessAssignment(row, assignment, { roleIds });
        return entity(url, context(row), assignmentView(changed));
      }),
    ),

    // The group loses the roles; the assignment stays listed as `deleted`.
    http.delete(
      `*${PATH}/:id/accessAssignments/:assignmentId`,
      graphRoute(({ session, params, request }) => {
        requireAdminAgent(session);
        const row = ownRelationship(session, params.id);
        const assignment = own(row, params.assignmentId);
        requireCurrentEtag(request, assignment.revision);
        if (assignment.status === 'deleted') {
          throw graphProblems.wrongStatus('The access assignment is already deleted.');
        }
        changeGdapAccessAssignment(row, assignment, { status: 'deleted' });
        return null;
      }),
    ),
  ];
}
