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
import { SignInLayout } from '../../components/sign-in-layout';
import { paths } from '../../domain/paths';
import { safeReturnPath } from '../../domain/return-url';
import { ChangePasswordForm } from '../../features/auth/change-password-form';
import { changePasswordFromForm, signInFromForm } from '../../features/auth/sign-in';
import { SignInForm } from '../../features/auth/sign-in-form';
import { useSessionStore } from '../../stores/session-store';
import { useViewStore } from '../../stores/view-store';
import { DeferredDemoScenarios, demoLinkFor, loadDemoControls, loadScenario } from '../demo-controls';
import { takeDemoNotice } from '../../stores/demo-notice';

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safeReturnPath(new URL(request.url).searchParams.get('returnTo'));
  const loginHint = new URL(request.url).searchParams.get('login_hint')?.slice(0, 256) ?? '';
  // Demo › Open as this customer names the account to sign in with: that sign-in replaces the session of
  // this browser, so the page shows even when someone is signed in.
  if (useSessionStore.getState().session && !loginHint) throw redirect(returnTo);
  // Not awaited: the form shows at once, the demo panel when the catalog arrives.
  return { controls: loadDemoControls(request.signal), loginHint, notice: takeDemoNotice() };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  if (form.intent === 'loadScenario')
    return { intent: 'loadScenario' as const, ...(await loadScenario(form.scenarioId)) };
  if (form.intent === 'changePassword')
    return { intent: 'changePassword' as const, ...(await changePasswordFromForm(form)) };
  return { intent: 'signIn' as const, ...(await signInFromForm(form)) };
}

export function Component() {
  const { t } = useTranslation();
  const { controls, loginHint, notice } = useLoaderData<typeof loader>();
  const customerView = useViewStore((state) => state.view) === 'customer';
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const [credentials, setCredentials] = useState({ userPrincipalName: loginHint, password: '' });
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
      customerView={customerView}
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
          submitting={submitting}
          loaded={scenario?.ok === true}
          notice={notice}
          customerView={customerView}
          error={scenario?.ok === false ? scenario.error : undefined}
          linkFor={demoLinkFor}
          onUseAccount={useAccount}
        />
      }
    />
  );
}
