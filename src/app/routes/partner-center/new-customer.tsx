import { useMemo, useState } from 'react';
import { useActionData, useFetcher, useNavigation, type ActionFunctionArgs } from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { useFieldErrors } from '../../../components/use-field-errors';
import { adminPortalLink } from '../../../domain/admin-links';
import { canManageCustomers } from '../../../domain/partner-center';
import { paths } from '../../../domain/paths';
import { useAttestationBlock } from '../../../features/partner-center/attest';
import { checkDomain, createCustomerFromForm } from '../../../features/partner-center/create-customer';
import { NewCustomerForm } from '../../../features/partner-center/new-customer-form';
import {
  checkDraft,
  draftFieldValues,
  emptyDraft,
} from '../../../features/partner-center/new-customer-draft';
import {
  NewCustomerConfirmation,
  NewCustomerReview,
} from '../../../features/partner-center/new-customer-review';
import { usePreferencesStore } from '../../../stores/preferences-store';
import { withPartnerSession } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

// Customers › Add customer: Account info and Microsoft agreement → Next: Review → Submit → Confirmation
// with the new admin's credentials. Check availability asks through a fetcher, without leaving the form.

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  return withPartnerSession(request, async () =>
    form.intent === 'checkDomain'
      ? { intent: 'checkDomain' as const, ...(await checkDomain(form.domain ?? '')) }
      : { intent: 'create' as const, ...(await createCustomerFromForm(form)) },
  );
}

export function Component() {
  const { t } = useTranslation();
  const { me } = usePartnerShellData();
  const language = usePreferencesStore((state) => state.language);
  const today = me.now.slice(0, 10);
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const fetcher = useFetcher<typeof action>();
  const attestBlock = useAttestationBlock(me);
  const [draft, setDraft] = useState(() => emptyDraft(today));
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [emailText, setEmailText] = useState('');
  const [handled, setHandled] = useState<unknown>(null);

  const result = actionData?.intent === 'create' ? actionData : undefined;
  // A refused draft goes back to the form with the reasons; what was typed stays.
  if (result && result !== handled) {
    setHandled(result);
    if (!result.ok && result.fieldErrors) {
      setErrors(result.fieldErrors);
      setStep('edit');
    }
    if (result.ok) {
      const values = {
        partner: me.partner.name,
        agent: me.agent.displayName,
        userName: result.credentials.userName,
        password: result.credentials.password,
      };
      // Invited: the invitation carries the credentials. Otherwise they go alone, with the admin center's link.
      setEmailText(
        result.agreement.outcome === 'invite'
          ? t('pc.newCustomer.emailText', { ...values, url: result.agreement.link })
          : t('mail.accountDetails.text', {
              ...values,
              url: adminPortalLink(paths.home.href(), window.location.origin, import.meta.env.BASE_URL),
            }),
      );
    }
  }

  const check = fetcher.data?.intent === 'checkDomain' ? fetcher.data : undefined;
  const domainCheck = check?.ok ? check : null;
  const checkFailed = check?.ok === false ? check : undefined;
  const refusal = useMemo(() => ({ ...errors, ...checkFailed?.fieldErrors }), [errors, checkFailed]);
  const values = useMemo(() => draftFieldValues(draft), [draft]);
  const shownErrors = useFieldErrors(refusal, values, () => {
    const checked = checkDraft(draft, today, language);
    return checked.ok ? {} : checked.errors;
  });

  let body;
  if (!canManageCustomers(me.agent.roles)) {
    body = null;
  } else if (result?.ok) {
    body = (
      <NewCustomerConfirmation
        customer={result.customer}
        credentials={result.credentials}
        agreement={result.agreement}
        partnerName={me.partner.name}
        agentName={me.agent.displayName}
        emailText={emailText}
        onEmailTextChange={setEmailText}
      />
    );
  } else if (step === 'review') {
    body = (
      <NewCustomerReview
        draft={draft}
        submitting={navigation.state === 'submitting'}
        error={result?.ok === false ? result.error : undefined}
        onBack={() => setStep('edit')}
        hidden={{ today, culture: language }}
      />
    );
  } else {
    body = (
      <NewCustomerForm
        draft={draft}
        onChange={setDraft}
        errors={shownErrors}
        today={today}
        attestBlocked={attestBlock}
        domainCheck={domainCheck}
        checkingDomain={fetcher.state !== 'idle'}
        onCheckDomain={() =>
          void fetcher.submit({ intent: 'checkDomain', domain: draft.domain }, { method: 'post' })
        }
        onNext={() => {
          const checked = checkDraft(draft, today, language);
          setErrors(checked.ok ? {} : checked.errors);
          if (checked.ok) setStep('review');
        }}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('pc.newCustomer.title')}
        back={{ to: paths.partnerCenter.customers.href(), label: t('pc.customers.back') }}
        description={canManageCustomers(me.agent.roles) ? t('pc.newCustomer.description') : t('pc.viewOnly')}
      />
      {checkFailed?.error ? <ApiErrorAlert error={checkFailed.error} /> : null}
      {body}
    </>
  );
}
