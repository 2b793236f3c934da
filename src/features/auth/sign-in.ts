import { redirect } from 'react-router';
import { refused, runAction, type ActionResult } from '../../api/action-result';
import { changePassword, signIn } from '../../api/auth';
import { partnerSignIn } from '../../api/partner-center';
import type { SignInResult } from '../../api/types';
import { fieldErrors } from '../../domain/field-errors';
import { safePartnerReturnPath, safeReturnPath } from '../../domain/return-url';
import { usePartnerSessionStore, useSessionStore } from '../../stores/session-store';

// The sign-in forms, checked and sent. Signed in, the session starts and the user goes on (a thrown
// redirect); the schemas (and zod) load when a form is first sent, not before it can be used.

/** The first-sign-in step: a new password for a temporary one. */
export interface PasswordChange {
  changeToken: string;
  userPrincipalName: string;
}

function finish(result: SignInResult, returnTo: string | undefined, userPrincipalName: string) {
  if (result.status === 'passwordChangeRequired') {
    return { passwordChange: { changeToken: result.changeToken, userPrincipalName } };
  }
  useSessionStore.getState().startSession({ token: result.token, expiresAt: result.expiresAt });
  throw redirect(safeReturnPath(returnTo));
}

/** Admin center sign-in. Success means a temporary password: the new-password form comes next. */
export async function signInFromForm(
  form: Record<string, string | undefined>,
): Promise<ActionResult<{ passwordChange: PasswordChange }>> {
  const { signInSchema } = await import('../../domain/validation');
  const parsed = signInSchema.safeParse(form);
  if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
  const { userPrincipalName, password } = parsed.data;
  return runAction(async () =>
    finish(await signIn(userPrincipalName, password), form.returnTo, userPrincipalName),
  );
}

/** The new-password form; its answers keep the step, so that the form stays for a retry. */
export async function changePasswordFromForm(
  form: Record<string, string | undefined>,
): Promise<ActionResult<{ passwordChange: PasswordChange }, { passwordChange: PasswordChange }>> {
  const { changePasswordFormSchema } = await import('../../domain/validation');
  const passwordChange = {
    changeToken: form.changeToken ?? '',
    userPrincipalName: form.userPrincipalName ?? '',
  };
  const parsed = changePasswordFormSchema.safeParse(form);
  const result = parsed.success
    ? await runAction(async () =>
        finish(
          await changePassword(parsed.data.changeToken, parsed.data.newPassword),
          form.returnTo,
          passwordChange.userPrincipalName,
        ),
      )
    : refused(fieldErrors(parsed.error.issues));
  return result.ok ? result : { ...result, passwordChange };
}

/** Partner Center (simulated) sign-in: a partner agent's demo account. */
export async function partnerSignInFromForm(form: Record<string, string | undefined>): Promise<ActionResult> {
  const { signInSchema } = await import('../../domain/validation');
  const parsed = signInSchema.safeParse(form);
  if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
  const { userPrincipalName, password } = parsed.data;
  return runAction(async () => {
    usePartnerSessionStore.getState().startSession(await partnerSignIn(userPrincipalName, password));
    throw redirect(safePartnerReturnPath(form.returnTo));
  });
}
