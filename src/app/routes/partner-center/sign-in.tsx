import { useCallback, useState } from 'react';
import Typography from '@mui/material/Typography';
import {
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { SignInLayout } from '../../../components/sign-in-layout';
import { paths } from '../../../domain/paths';
import { safePartnerReturnPath } from '../../../domain/return-url';
import { partnerSignInFromForm } from '../../../features/auth/sign-in';
import { SignInForm } from '../../../features/auth/sign-in-form';
import { usePartnerSessionStore } from '../../../stores/session-store';
import { useViewStore } from '../../../stores/view-store';
import { DeferredDemoScenarios, demoLinkFor, loadDemoControls, loadScenario } from '../../demo-controls';
import { takeDemoNotice } from '../../../stores/demo-notice';

// Partner Center (simulated): a partner agent signs in with a demo partner account.

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safePartnerReturnPath(new URL(request.url).searchParams.get('returnTo'));
  const loginHint = new URL(request.url).searchParams.get('login_hint')?.slice(0, 256) ?? '';
  // Demo › Open as this customer names the account to sign in with: that sign-in replaces the session of
  // this browser, so the page shows even when someone is signed in.
  if (usePartnerSessionStore.getState().session && !loginHint) throw redirect(returnTo);
  // Not awaited: the form shows at once, the demo panel when the catalog arrives.
  return { controls: loadDemoControls(request.signal), loginHint, notice: takeDemoNotice() };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  if (form.intent === 'loadScenario')
    return { intent: 'loadScenario' as const, ...(await loadScenario(form.scenarioId)) };
  return { intent: 'signIn' as const, ...(await partnerSignInFromForm(form)) };
}

export function Component() {
  const { t } = useTranslation();
  const { controls, loginHint, notice } = useLoaderData<typeof loader>();
  const customerView = useViewStore((state) => state.view) === 'customer';
  const result = useActionData<typeof action>();
  const signInFailed = result?.intent === 'signIn' && !result.ok ? result : undefined;
  const scenario = result?.intent === 'loadScenario' ? result : undefined;
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const [credentials, setCredentials] = useState({ userPrincipalName: loginHint, password: '' });
  // Stable, so that the demo panel does not render again on every keystroke in the form.
  const useAccount = useCallback(
    (account: { userPrincipalName: string; password: string }) =>
      setCredentials({ userPrincipalName: account.userPrincipalName, password: account.password }),
    [],
  );
  // Busy until the next page has loaded too: a second click meanwhile would sign in again.
  const submitting = navigation.state !== 'idle';

  return (
    <SignInLayout
      customerView={customerView}
      title={t('pc.signIn.title')}
      otherSide={{ to: paths.signIn.href(), label: t('pc.signIn.customerLink') }}
      form={
        <>
          <Typography sx={{ mb: 2 }}>{t('pc.signIn.explanation')}</Typography>
          <SignInForm
            {...credentials}
            onChange={setCredentials}
            returnTo={safePartnerReturnPath(searchParams.get('returnTo'))}
            submitting={submitting}
            fieldErrors={signInFailed?.fieldErrors}
            error={signInFailed?.error}
            userNameHint={t('pc.signIn.userNameHint')}
          />
        </>
      }
      demo={
        <DeferredDemoScenarios
          controls={controls}
          side="partner"
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
