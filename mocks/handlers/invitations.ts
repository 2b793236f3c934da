import { http } from 'msw';
import type { Invitation, InvitationAcceptance, RelationshipType } from '../../src/api/types';
import { GUID_PATTERN } from '../../src/domain/paths';
import { INVITATION_ROLES, canAcceptInvitation, type Role } from '../../src/domain/roles';
import { acceptInvitationSchema } from '../../src/domain/validation';
import { db, now } from '../db/db';
import {
  blockFor,
  findPartner,
  isMcaConfirmed,
  recordDirectAcceptance,
  relationshipsOf,
} from '../db/queries';
import type { PartnerRow, RelationshipRow } from '../db/schema';
import { problems } from '../lib/errors';
import { readBody, route } from '../lib/route';

/** What a reseller invitation grants: Reseller, and with DAP the delegated admin roles. */
const DAP_ROLES: Role[] = ['globalAdmin', 'helpdeskAdmin'];

function invitedPartner(partnerId: string | undefined): PartnerRow {
  const partner = partnerId && GUID_PATTERN.test(partnerId) ? findPartner(partnerId) : undefined;
  if (!partner) throw problems.notFound(`Partner '${partnerId}'`);
  return partner;
}

function parseDap(value: string | null): boolean {
  if (value === null) return false;
  if (!/^(true|false)$/i.test(value))
    throw problems.invalidInput(`DAP must be true or false, not '${value}'.`);
  return value.toLowerCase() === 'true';
}

const isGranted = (relationship: RelationshipRow | undefined, dap: boolean) =>
  !!relationship &&
  relationship.types.includes('reseller') &&
  (!dap || relationship.types.includes('delegatedAdmin'));

export const invitationHandlers = [
  http.get(
    '*/api/invitations/:partnerId',
    route(({ params, url, session: { tenant } }): Invitation => {
      const partner = invitedPartner(params.partnerId);
      const dap = parseDap(url.searchParams.get('DAP'));
      const relationship = relationshipsOf(tenant.id).find((row) => row.partnerId === partner.id);
      return {
        partner: {
          id: partner.id,
          name: partner.name,
          email: partner.email,
          phone: partner.phone,
          website: partner.website,
          address: { ...partner.address },
        },
        dap,
        alreadyAccepted: isGranted(relationship, dap),
        mcaConfirmed: isMcaConfirmed(tenant.id),
        block: blockFor(tenant, partner.id),
      };
    }),
  ),

  http.post(
    '*/api/invitations/:partnerId/accept',
    route(async ({ params, request, session: { user, tenant } }): Promise<InvitationAcceptance> => {
      const partner = invitedPartner(params.partnerId);
      const input = await readBody(request, acceptInvitationSchema);
      if (!canAcceptInvitation(user.roles)) throw problems.insufficientRole(INVITATION_ROLES);
      const existing = relationshipsOf(tenant.id).find((row) => row.partnerId === partner.id);
      if (isGranted(existing, input.dap))
        throw problems.alreadyAccepted(`The invitation from ${partner.name}`);
      const block = blockFor(tenant, partner.id);
      if (block !== 'none') throw problems.partnerAttestationRequired(block);

      const granted: RelationshipType[] = input.dap ? ['reseller', 'delegatedAdmin'] : ['reseller'];
      const relationship = existing ?? {
        tenantId: tenant.id,
        partnerId: partner.id,
        types: [],
        roles: [],
        since: now().toISOString(),
      };
      relationship.types = [...new Set([...relationship.types, ...granted])];
      if (input.dap) relationship.roles = [...new Set([...relationship.roles, ...DAP_ROLES])];
      if (!existing) db().relationships.push(relationship);

      const mcaRecorded = !isMcaConfirmed(tenant.id);
      if (mcaRecorded) recordDirectAcceptance(tenant.id, user);
      return { partnerId: partner.id, relationshipTypes: relationship.types, mcaRecorded };
    }),
  ),
];
