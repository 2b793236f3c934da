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
import { changePassword, signIn } from '../../api/auth';
import type { SignInResult } from '../../api/types';
import { SignInLayout } from '../../components/sign-in-layout';
import { paths } from '../../domain/paths';
import { safeReturnPath } from '../../domain/return-url';
import { ChangePasswordForm } from '../../features/auth/change-password-form';
import { SignInForm } from '../../features/auth/sign-in-form';
import { usePreferencesStore } from '../../stores/preferences-store';
import { useSessionStore } from '../../stores/session-store';
import {
  DeferredDemoScenarios,
  demoLinkFor,
  loadDemoControls,
  loadScenario,
  type LoadScenarioResult,
} from '../demo-controls';
import { fieldErrorsFrom, toActionFailure, type ActionFailure } from '../session';

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safeReturnPath(new URL(request.url).searchParams.get('returnTo'));
  if (useSessionStore.getState().session) throw redirect(returnTo);
  // Not awaited: the form shows at once, the demo panel when the catalog arrives.
  return { controls: loadDemoControls(request.signal) };
}

type ActionData =
  | (Partial<ActionFailure> & { step: 'signIn'; fieldErrors?: Record<string, string> })
  | (Partial<ActionFailure> & {
      step: 'changePassword';
      changeToken: string;
      userPrincipalName: string;
      fieldErrors?: Record<string, string>;
    })
  | LoadScenarioResult;

function finish(result: SignInResult, returnTo: string, userPrincipalName: string): ActionData | Response {
  if (result.status === 'passwordChangeRequired') {
    return { step: 'changePassword', changeToken: result.changeToken, userPrincipalName };
  }
  useSessionStore.getState().startSession({ token: result.token, expiresAt: result.expiresAt });
  return redirect(safeReturnPath(returnTo));
}

export async function action({ request }: ActionFunctionArgs): Promise<ActionData | Response> {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  const returnTo = form.returnTo ?? '';

  if (form.intent === 'loadScenario') return loadScenario(form.scenarioId);
  // The schemas (and zod) load when the form is first sent, not before the form can be used.
  const { changePasswordFormSchema, fieldErrors, signInSchema } = await import('../../domain/validation');

  if (form.intent === 'changePassword') {
    const step = {
      step: 'changePassword' as const,
      changeToken: form.changeToken ?? '',
      userPrincipalName: form.userPrincipalName ?? '',
    };
    const parsed = changePasswordFormSchema.safeParse(form);
    if (!parsed.success) return { ...step, fieldErrors: fieldErrors(parsed.error) };
    try {
      return finish(
        await changePassword(parsed.data.changeToken, parsed.data.newPassword),
        returnTo,
        step.userPrincipalName,
      );
    } catch (error) {
      const failure = toActionFailure(error);
      const fields = fieldErrorsFrom(failure);
      return fields ? { ...step, fieldErrors: fields } : { ...step, ...failure };
    }
  }

  const parsed = signInSchema.safeParse(form);
  if (!parsed.success) return { step: 'signIn', fieldErrors: fieldErrors(parsed.error) };
  try {
    return finish(
      await signIn(parsed.data.userPrincipalName, parsed.data.password),
      returnTo,
      parsed.data.userPrincipalName,
    );
  } catch (error) {
    return { step: 'signIn', ...toActionFailure(error) };
  }
}

export function Component() {
  const { t } = useTranslation();
  const { controls } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
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

  return (
    <SignInLayout
      title={t('signIn.title')}
      otherSide={{ to: paths.partnerCenter.signIn.href(), label: t('signIn.partnerLink') }}
      form={
        actionData?.step === 'changePassword' ? (
          <ChangePasswordForm
            changeToken={actionData.changeToken}
            userPrincipalName={actionData.userPrincipalName}
            returnTo={returnTo}
            submitting={submitting}
            fieldErrors={actionData.fieldErrors}
            error={actionData.error}
          />
        ) : (
          <SignInForm
            {...credentials}
            onChange={setCredentials}
            returnTo={returnTo}
            submitting={submitting}
            fieldErrors={actionData?.step === 'signIn' ? actionData.fieldErrors : undefined}
            error={actionData?.step === 'signIn' ? actionData.error : undefined}
          />
        )
      }
      demo={
        <DeferredDemoScenarios
          controls={controls}
          language={language}
          submitting={submitting}
          loaded={actionData?.step === 'scenarioLoaded'}
          error={actionData?.step === 'scenarioFailed' ? actionData.error : undefined}
          linkFor={demoLinkFor}
          onUseAccount={useAccount}
        />
      }
    />
  );
}
