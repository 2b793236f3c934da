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
import { refused, runAction, type ActionResult } from '../../../api/action-result';
import { partnerSignIn } from '../../../api/partner-center';
import { SignInLayout } from '../../../components/sign-in-layout';
import { fieldErrors } from '../../../domain/field-errors';
import { paths } from '../../../domain/paths';
import { safePartnerReturnPath } from '../../../domain/return-url';
import { SignInForm } from '../../../features/auth/sign-in-form';
import { usePreferencesStore } from '../../../stores/preferences-store';
import { usePartnerSessionStore } from '../../../stores/session-store';
import { DeferredDemoScenarios, demoLinkFor, loadDemoControls, loadScenario } from '../../demo-controls';

// Partner Center (simulated): a partner agent signs in with a demo partner account.

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safePartnerReturnPath(new URL(request.url).searchParams.get('returnTo'));
  if (usePartnerSessionStore.getState().session) throw redirect(returnTo);
  // Not awaited: the form shows at once, the demo panel when the catalog arrives.
  return { controls: loadDemoControls(request.signal) };
}

type ActionData = { intent: 'signIn' | 'loadScenario' } & ActionResult;

export async function action({ request }: ActionFunctionArgs): Promise<ActionData> {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  if (form.intent === 'loadScenario')
    return { intent: 'loadScenario', ...(await loadScenario(form.scenarioId)) };
  // The schemas (and zod) load when the form is first sent, not before the form can be used.
  const { signInSchema } = await import('../../../domain/validation');
  const parsed = signInSchema.safeParse(form);
  if (!parsed.success) return { intent: 'signIn', ...refused(fieldErrors(parsed.error.issues)) };
  const { userPrincipalName, password } = parsed.data;
  const result = await runAction(async () => {
    usePartnerSessionStore.getState().startSession(await partnerSignIn(userPrincipalName, password));
    throw redirect(safePartnerReturnPath(form.returnTo));
  });
  return { intent: 'signIn', ...result };
}

export function Component() {
  const { t } = useTranslation();
  const { controls } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const signInFailed = result?.intent === 'signIn' && !result.ok ? result : undefined;
  const scenario = result?.intent === 'loadScenario' ? result : undefined;
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
  // Busy until the next page has loaded too: a second click meanwhile would sign in again.
  const submitting = navigation.state !== 'idle';

  return (
    <SignInLayout
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
