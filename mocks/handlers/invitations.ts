import { http } from 'msw';
import type {
  Invitation,
  InvitationAcceptance,
  InvitingPartner,
  RelationshipType,
} from '../../src/api/types';
import { indirectInvitationMismatch } from '../../src/domain/invitation-link';
import { GUID_PATTERN } from '../../src/domain/paths';
import { INVITATION_ROLES, canAcceptInvitation, type Role } from '../../src/domain/roles';
import { acceptInvitationSchema } from '../../src/domain/validation';
import { blockFor, findPartner, isMcaConfirmed, partnersToContact, relationshipBetween } from '../db/queries';
import { grantRelationship, recordDirectAcceptance } from '../db/writes';
import type { PartnerRow } from '../db/schema';
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

/**
 * The indirect provider an invitation brings along: the one an indirect reseller invitation names (checked
 * against the directory), or, for a plain invitation from an indirect reseller, that reseller's own provider.
 */
function providerOf(reseller: PartnerRow, indirectCSPId: string | null, msppId: string): PartnerRow | null {
  if (indirectCSPId === null) {
    const own = reseller.kind === 'indirectReseller' && reseller.providerId;
    return (own && findPartner(own)) || null;
  }
  if (!GUID_PATTERN.test(indirectCSPId))
    throw problems.invalidInput(`indirectCSPId must be a tenant id (a GUID), not '${indirectCSPId}'.`);
  const provider = findPartner(indirectCSPId) ?? null;
  const mismatch = indirectInvitationMismatch({ reseller, provider, msppId });
  if (mismatch) {
    throw problems.indirectInvitationMismatch(mismatch, {
      reseller: reseller.name,
      provider: provider?.name ?? indirectCSPId.toLowerCase(),
      msppId,
    });
  }
  return provider;
}

/** The reseller (with DAP, also the delegated admin roles) and the provider both hold what the link asks. */
function isGranted(tenantId: string, reseller: PartnerRow, provider: PartnerRow | null, dap: boolean) {
  const relationship = relationshipBetween(tenantId, reseller.id);
  const resellerDone =
    !!relationship &&
    relationship.types.includes(resellerType(reseller)) &&
    (!dap || relationship.types.includes('delegatedAdmin'));
  return (
    resellerDone &&
    (!provider || !!relationshipBetween(tenantId, provider.id)?.types.includes('indirectProvider'))
  );
}

const invitingPartner = (partner: PartnerRow): InvitingPartner => ({
  id: partner.id,
  name: partner.name,
  email: partner.email,
  phone: partner.phone,
  website: partner.website,
  address: { ...partner.address },
});

export const invitationHandlers = [
  http.get(
    '*/api/invitations/:partnerId',
    route(({ params, url, session: { tenant } }): Invitation => {
      const partner = invitedPartner(params.partnerId);
      const dap = parseDap(url.searchParams.get('DAP'));
      const provider = providerOf(
        partner,
        url.searchParams.get('indirectCSPId'),
        url.searchParams.get('msppId') || '0',
      );
      const block = blockFor(tenant, partner.id);
      return {
        partner: invitingPartner(partner),
        // A plain invitation from an indirect reseller brings its provider along too: the customer sees both.
        provider: provider ? invitingPartner(provider) : null,
        dap,
        alreadyAccepted: isGranted(tenant.id, partner, provider, dap),
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
      const provider = providerOf(partner, input.indirectCSPId ?? null, input.msppId || '0');
      if (isGranted(tenant.id, partner, provider, input.dap))
        throw problems.alreadyAccepted(`The invitation from ${partner.name}`);
      const block = blockFor(tenant, partner.id);
      if (block !== 'none') throw problems.partnerAttestationRequired(block);

      const types: RelationshipType[] = [
        resellerType(partner),
        ...(input.dap ? ['delegatedAdmin' as const] : []),
      ];
      // One acceptance: the reseller and, for an indirect reseller, its indirect provider.
      const relationship = grantRelationship(
        tenant.id,
        partner.id,
        types,
        input.dap ? DAP_ROLES : [],
        user.id,
      );
      const providerRelationship = provider
        ? grantRelationship(tenant.id, provider.id, ['indirectProvider'], [], user.id)
        : null;

      const mcaRecorded = !isMcaConfirmed(tenant.id);
      if (mcaRecorded) recordDirectAcceptance(tenant.id, user);
      return {
        partnerId: partner.id,
        relationshipTypes: relationship.types,
        indirectProvider:
          provider && providerRelationship
            ? { partnerId: provider.id, relationshipTypes: providerRelationship.types }
            : null,
        mcaRecorded,
      };
    }),
  ),
];
