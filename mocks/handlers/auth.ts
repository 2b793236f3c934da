import { http } from 'msw';
import type { Me, SignInResult } from '../../src/api/types';
import { changePasswordSchema, signInSchema } from '../../src/domain/validation';
import { now } from '../db/db';
import { findAgent, findUser, isMcaAcceptedDirectly, isMcaConfirmed } from '../db/queries';
import { changePassword } from '../db/writes';
import { ApiProblem, problems } from '../lib/errors';
import { publicRoute, readBody, route } from '../lib/route';
import { issueToken, redeemToken, revokeToken } from '../lib/session';

// Simulator: the customer's sign-in (with the first-sign-in password change), sign-out and who is signed in.

export const authHandlers = [
  http.post(
    '*/api/auth/signin',
    publicRoute(async ({ request }): Promise<SignInResult> => {
      const input = await readBody(request, signInSchema.strict());
      const user = findUser(input.userPrincipalName);
      // A partner who opens a link meant for the customer (an invitation, a GDAP approval) and signs in with
      // their own Partner Center account is told whose link it is, not that the account does not exist.
      if (!user && findAgent(input.userPrincipalName)) {
        throw new ApiProblem(
          401,
          'PartnerAccount',
          'This is a Partner Center account. The admin center is for the customer: sign in with an account of the customer organization.',
        );
      }
      if (!user) throw problems.accountNotFound();
      if (user.password !== input.password) throw problems.wrongPassword();
      if (user.temporaryPassword) {
        return { status: 'passwordChangeRequired', changeToken: issueToken(user.id, 'passwordChange').token };
      }
      return { status: 'signedIn', ...issueToken(user.id, 'session') };
    }),
  ),

  http.post(
    '*/api/auth/password',
    publicRoute(async ({ request }): Promise<SignInResult> => {
      const input = await readBody(request, changePasswordSchema.strict());
      const user = redeemToken(input.changeToken, 'passwordChange');
      if (!user) throw problems.unauthorized();
      if (input.newPassword === user.password) {
        throw problems.invalidInput('The new password must differ from the temporary one.', [
          { field: 'newPassword', message: 'validation.passwordReused' },
        ]);
      }
      changePassword(user, input.newPassword);
      revokeToken(input.changeToken);
      return { status: 'signedIn', ...issueToken(user.id, 'session') };
    }),
  ),

  http.post(
    '*/api/auth/signout',
    route(({ session }) => {
      revokeToken(session.token);
      return null;
    }),
  ),

  http.get(
    '*/api/me',
    route(({ session: { user, tenant } }): Me => ({
      user: {
        id: user.id,
        displayName: user.displayName,
        userPrincipalName: user.userPrincipalName,
        roles: user.roles,
      },
      tenant: { ...tenant },
      mca: { confirmed: isMcaConfirmed(tenant.id), acceptedDirectly: isMcaAcceptedDirectly(tenant.id) },
      now: now().toISOString(),
    })),
  ),
];
