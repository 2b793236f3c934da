import { http } from 'msw';
import type { Invitation, InvitationAcceptance, RelationshipType } from '../../src/api/types';
import { GUID_PATTERN } from '../../src/domain/paths';
import { INVITATION_ROLES, canAcceptInvitation, type Role } from '../../src/domain/roles';
import { acceptInvitationSchema } from '../../src/domain/validation';
import { blockFor, findPartner, isMcaConfirmed, partnersToContact, relationshipBetween } from '../db/queries';
import { grantRelationship, recordDirectAcceptance } from '../db/writes';
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

/** The relationship a reseller invitation creates: an indirect reseller's is "indirect reseller". */
const resellerType = (partner: PartnerRow): RelationshipType =>
  partner.kind === 'indirectReseller'
    ? 'indirectReseller'
    : partner.kind === 'indirectProvider'
      ? 'indirectProvider'
      : 'reseller';

const isGranted = (partner: PartnerRow, relationship: RelationshipRow | undefined, dap: boolean) =>
  !!relationship &&
  relationship.types.includes(resellerType(partner)) &&
  (!dap || relationship.types.includes('delegatedAdmin'));

export const invitationHandlers = [
  http.get(
    '*/api/invitations/:partnerId',
    route(({ params, url, session: { tenant } }): Invitation => {
      const partner = invitedPartner(params.partnerId);
      const dap = parseDap(url.searchParams.get('DAP'));
      const relationship = relationshipBetween(tenant.id, partner.id);
      const block = blockFor(tenant, partner.id);
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
        alreadyAccepted: isGranted(partner, relationship, dap),
        mcaConfirmed: isMcaConfirmed(tenant.id),
        block,
        // Scenario 2: the partners the customer bought through, not the inviting one, can confirm.
        partnersToContact: partnersToContact(tenant, block),
      };
    }),
  ),

  http.post(
    '*/api/invitations/:partnerId/accept',
    route(async ({ params, request, session: { user, tenant } }): Promise<InvitationAcceptance> => {
      const partner = invitedPartner(params.partnerId);
      const input = await readBody(request, acceptInvitationSchema);
      if (!canAcceptInvitation(user.roles)) throw problems.insufficientRole(INVITATION_ROLES);
      const existing = relationshipBetween(tenant.id, partner.id);
      if (isGranted(partner, existing, input.dap))
        throw problems.alreadyAccepted(`The invitation from ${partner.name}`);
      const block = blockFor(tenant, partner.id);
      if (block !== 'none') throw problems.partnerAttestationRequired(block);

      const types: RelationshipType[] = [
        resellerType(partner),
        ...(input.dap ? ['delegatedAdmin' as const] : []),
      ];
      const relationship = grantRelationship(tenant.id, partner.id, types, input.dap ? DAP_ROLES : []);
      // An indirect reseller's customer also gets its indirect provider.
      if (partner.kind === 'indirectReseller' && partner.providerId && findPartner(partner.providerId)) {
        grantRelationship(tenant.id, partner.providerId, ['indirectProvider'], []);
      }

      const mcaRecorded = !isMcaConfirmed(tenant.id);
      if (mcaRecorded) recordDirectAcceptance(tenant.id, user);
      return { partnerId: partner.id, relationshipTypes: relationship.types, mcaRecorded };
    }),
  ),
];
