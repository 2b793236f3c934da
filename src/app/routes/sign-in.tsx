import { useCallback, useState } from 'react';
import {
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { refused, runAction, type ActionResult } from '../../api/action-result';
import { changePassword, signIn } from '../../api/auth';
import type { SignInResult } from '../../api/types';
import { SignInLayout } from '../../components/sign-in-layout';
import { fieldErrors } from '../../domain/field-errors';
import { paths } from '../../domain/paths';
import { safeReturnPath } from '../../domain/return-url';
import { ChangePasswordForm } from '../../features/auth/change-password-form';
import { SignInForm } from '../../features/auth/sign-in-form';
import { usePreferencesStore } from '../../stores/preferences-store';
import { useSessionStore } from '../../stores/session-store';
import { DeferredDemoScenarios, demoLinkFor, loadDemoControls, loadScenario } from '../demo-controls';

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safeReturnPath(new URL(request.url).searchParams.get('returnTo'));
  if (useSessionStore.getState().session) throw redirect(returnTo);
  // Not awaited: the form shows at once, the demo panel when the catalog arrives.
  return { controls: loadDemoControls(request.signal) };
}

/** The first-sign-in step: a new password for a temporary one. */
interface PasswordChange {
  changeToken: string;
  userPrincipalName: string;
}

type ActionData =
  | ({ intent: 'signIn' } & ActionResult<{ passwordChange: PasswordChange }>)
  | ({ intent: 'changePassword' } & ActionResult<
      { passwordChange: PasswordChange },
      { passwordChange: PasswordChange }
    >)
  | ({ intent: 'loadScenario' } & ActionResult);

/** Signed in: start the session and go on (a thrown redirect). A temporary password asks for a new one. */
function finish(result: SignInResult, returnTo: string, userPrincipalName: string) {
  if (result.status === 'passwordChangeRequired') {
    return { passwordChange: { changeToken: result.changeToken, userPrincipalName } };
  }
  useSessionStore.getState().startSession({ token: result.token, expiresAt: result.expiresAt });
  throw redirect(safeReturnPath(returnTo));
}

export async function action({ request }: ActionFunctionArgs): Promise<ActionData> {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  const returnTo = form.returnTo ?? '';

  if (form.intent === 'loadScenario')
    return { intent: 'loadScenario', ...(await loadScenario(form.scenarioId)) };
  // The schemas (and zod) load when the form is first sent, not before the form can be used.
  const { changePasswordFormSchema, signInSchema } = await import('../../domain/validation');

  if (form.intent === 'changePassword') {
    const passwordChange = {
      changeToken: form.changeToken ?? '',
      userPrincipalName: form.userPrincipalName ?? '',
    };
    const parsed = changePasswordFormSchema.safeParse(form);
    const result = parsed.success
      ? await runAction(async () =>
          finish(
            await changePassword(parsed.data.changeToken, parsed.data.newPassword),
            returnTo,
            passwordChange.userPrincipalName,
          ),
        )
      : refused(fieldErrors(parsed.error.issues));
    return result.ok
      ? { intent: 'changePassword', ...result }
      : { intent: 'changePassword', ...result, passwordChange };
  }

  const parsed = signInSchema.safeParse(form);
  if (!parsed.success) return { intent: 'signIn', ...refused(fieldErrors(parsed.error.issues)) };
  const { userPrincipalName, password } = parsed.data;
  return {
    intent: 'signIn',
    ...(await runAction(async () =>
      finish(await signIn(userPrincipalName, password), returnTo, userPrincipalName),
    )),
  };
}

export function Component() {
  const { t } = useTranslation();
  const { controls } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const language = usePreferencesStore((s) => s.language);
  const [credentials, setCredentials] = useState({ userPrincipalName: '', password: '' });
  // Stable, so that the demo panel does not render again on every keystroke in the form.
  const useAccount = useCallback(
    (account: { userPrincipalName: string; password: string }) =>
      setCredentials({ userPrincipalName: account.userPrincipalName, password: account.password }),
    [],
  );
  const returnTo = safeReturnPath(searchParams.get('returnTo'));
  // Busy until the next page has loaded too: a second click meanwhile would sign in again.
  const submitting = navigation.state !== 'idle';
  const signInAnswer = result?.intent === 'signIn' ? result : undefined;
  // The new-password form shows after a sign-in with a temporary password, and while its answers fail.
  const changing = result?.intent === 'changePassword' ? result : signInAnswer?.ok ? signInAnswer : undefined;
  const scenario = result?.intent === 'loadScenario' ? result : undefined;

  return (
    <SignInLayout
      title={t('signIn.title')}
      otherSide={{ to: paths.partnerCenter.signIn.href(), label: t('signIn.partnerLink') }}
      form={
        changing ? (
          <ChangePasswordForm
            changeToken={changing.passwordChange.changeToken}
            userPrincipalName={changing.passwordChange.userPrincipalName}
            returnTo={returnTo}
            submitting={submitting}
            fieldErrors={changing.ok ? undefined : changing.fieldErrors}
            error={changing.ok ? undefined : changing.error}
          />
        ) : (
          <SignInForm
            {...credentials}
            onChange={setCredentials}
            returnTo={returnTo}
            submitting={submitting}
            fieldErrors={signInAnswer?.ok === false ? signInAnswer.fieldErrors : undefined}
            error={signInAnswer?.ok === false ? signInAnswer.error : undefined}
          />
        )
      }
      demo={
        <DeferredDemoScenarios
          controls={controls}
          language={language}
          submitting={submitting}
          loaded={scenario?.ok === true}
          error={scenario?.ok === false ? scenario.error : undefined}
          linkFor={demoLinkFor}
          onUseAccount={useAccount}
        />
      }
    />
  );
}
