import { http } from 'msw';
import type { PartnerMe } from '../../src/api/types';
import { signInSchema } from '../../src/domain/validation';
import { now } from '../db/db';
import { findAgent, findPartner } from '../db/queries';
import { problems } from '../lib/errors';
import { partnerRoute, publicRoute, readBody } from '../lib/route';
import { issueToken, revokeToken } from '../lib/session';

// Simulator: Partner Center sign-in for a partner agent (stands in for the App+User token flow), and who
// the agent is.

export const partnerAuthHandlers = [
  http.post(
    '*/api/partner/signin',
    publicRoute(async ({ request }) => {
      const input = await readBody(request, signInSchema.strict());
      const agent = findAgent(input.userPrincipalName);
      if (!agent) throw problems.accountNotFound();
      if (agent.password !== input.password) throw problems.wrongPassword();
      return issueToken(agent.id, 'partner');
    }),
  ),

  http.post(
    '*/api/partner/signout',
    partnerRoute(({ session }) => {
      revokeToken(session.token);
      return null;
    }),
  ),

  http.get(
    '*/api/partner/me',
    partnerRoute(({ session: { agent, partner } }): PartnerMe => {
      const provider = partner.providerId ? findPartner(partner.providerId) : undefined;
      return {
        agent: {
          id: agent.id,
          displayName: agent.displayName,
          userPrincipalName: agent.userPrincipalName,
          roles: agent.roles,
        },
        partner: {
          id: partner.id,
          name: partner.name,
          kind: partner.kind,
          mpnId: partner.mpnId,
          provider: provider ? { id: provider.id, name: provider.name } : null,
        },
        now: now().toISOString(),
      };
    }),
  ),
];
