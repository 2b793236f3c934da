import { redirect } from 'react-router';
import { refused, runAction, type ActionResult } from '../../api/action-result';
import { changePassword, signIn } from '../../api/auth';
import { partnerSignIn } from '../../api/partner-center';
import type { SignInResult } from '../../api/types';
import { fieldErrors, type FieldErrors, type FieldValues } from '../../domain/field-errors';
import { safePartnerReturnPath, safeReturnPath } from '../../domain/return-url';
import { usePartnerSessionStore, useSessionStore } from '../../stores/session-store';

// The sign-in forms, checked and sent. Signed in, the session starts and the user goes on (a thrown
// redirect); the schemas (and zod) load when a form is first sent, not before it can be used.

type Validation = typeof import('../../domain/validation');
let validation: Validation | undefined;

/** The forms' rules, loaded with the first submit (zod is not part of the first page). */
async function loadValidation(): Promise<Validation> {
  validation ??= await import('../../domain/validation');
  return validation;
}

/**
 * A sign-in form's fields by the rules its submit applies, for clearing a message once its field is fixed;
 * null until the rules are loaded (the refused submit loaded them).
 */
export function checkSignIn(values: FieldValues): FieldErrors | null {
  if (!validation) return null;
  const parsed = validation.signInSchema.safeParse(values);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

/** The new-password form's fields by its submit's rules (null until they are loaded). */
export function checkChangePassword(values: FieldValues): FieldErrors | null {
  if (!validation) return null;
  const parsed = validation.changePasswordFormSchema.safeParse(values);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

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
  const { signInSchema } = await loadValidation();
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
  const { changePasswordFormSchema } = await loadValidation();
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
  const { signInSchema } = await loadValidation();
  const parsed = signInSchema.safeParse(form);
  if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
  const { userPrincipalName, password } = parsed.data;
  return runAction(async () => {
    usePartnerSessionStore.getState().startSession(await partnerSignIn(userPrincipalName, password));
    throw redirect(safePartnerReturnPath(form.returnTo));
  });
}
