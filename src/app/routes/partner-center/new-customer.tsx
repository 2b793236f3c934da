import { useState } from 'react';
import { useActionData, useFetcher, useNavigation, type ActionFunctionArgs } from 'react-router';
import {
  confirmCustomerAcceptance,
  createCustomer,
  getMcaMetadata,
  isDomainAvailable,
} from '../../../api/partner-center';
import { useTranslation } from '../../../i18n/i18n';
import type { Customer } from '../../../api/types';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { adminPortalLink } from '../../../domain/admin-links';
import { ONMICROSOFT_SUFFIX, canManageCustomers } from '../../../domain/partner-center';
import { paths } from '../../../domain/paths';
import { domainPrefixSchema, leafFieldErrors } from '../../../domain/validation';
import { NewCustomerForm, type DomainCheck } from '../../../features/partner-center/new-customer-form';
import {
  checkDraft,
  clearEditedErrors,
  emptyDraft,
  type NewCustomerDraft,
} from '../../../features/partner-center/new-customer-draft';
import {
  NewCustomerConfirmation,
  NewCustomerReview,
  type NewCustomerConfirmationProps,
} from '../../../features/partner-center/new-customer-review';
import { usePreferencesStore } from '../../../stores/preferences-store';
import { useAttestationBlock } from '../../partner-attestation';
import { fieldErrorsFrom, toActionFailure, withPartnerSession, type ActionFailure } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

// Customers › Add customer: Account info and Microsoft agreement → Next: Review → Submit → Confirmation
// with the new admin's credentials. Creating is POST /v1/customers; attesting is POST …/agreements.

type CheckResult =
  | ({ intent: 'checkDomain' } & DomainCheck)
  | { intent: 'checkDomain'; fieldErrors: Record<string, string> }
  | (ActionFailure & { intent: 'checkDomain' });

type CreateResult =
  | {
      intent: 'create';
      customer: Customer;
      credentials: { userName: string; password: string };
      agreement: NewCustomerConfirmationProps['agreement'];
    }
  | { intent: 'create'; fieldErrors: Record<string, string> }
  | (ActionFailure & { intent: 'create' });

async function checkDomain(raw: string): Promise<CheckResult> {
  const prefix = domainPrefixSchema.safeParse(raw);
  if (!prefix.success) return { intent: 'checkDomain', fieldErrors: leafFieldErrors(prefix.error.issues) };
  const domain = `${prefix.data}${ONMICROSOFT_SUFFIX}`;
  try {
    return { intent: 'checkDomain', domain, available: await isDomainAvailable(domain) };
  } catch (error) {
    return { intent: 'checkDomain', ...toActionFailure(error) };
  }
}

function readDraft(raw: string | undefined): NewCustomerDraft | null {
  try {
    const value: unknown = JSON.parse(raw ?? '');
    const draft = value as NewCustomerDraft;
    const strings = [draft.companyName, draft.domain, draft.country, draft.addressLine1, draft.city];
    return strings.every((s) => typeof s === 'string') && typeof draft.contact === 'object' ? draft : null;
  } catch {
    return null;
  }
}

async function create(form: Record<string, string>): Promise<CreateResult> {
  const draft = readDraft(form.draft);
  if (!draft) return { intent: 'create', fieldErrors: { form: 'validation.formUnreadable' } };
  const checked = checkDraft(draft, form.today ?? '', form.culture ?? 'en-US');
  if (!checked.ok) return { intent: 'create', fieldErrors: checked.errors };
  let created: Customer;
  try {
    created = await createCustomer(checked.customer);
  } catch (error) {
    const failure = toActionFailure(error);
    const fields = fieldErrorsFrom(failure);
    return fields ? { intent: 'create', fieldErrors: fields } : { intent: 'create', ...failure };
  }
  const { userCredentials, ...customer } = created;
  const credentials = userCredentials ?? { userName: '', password: '' };
  if (!checked.attestation) {
    const link = adminPortalLink(paths.agreement.href(), window.location.origin, import.meta.env.BASE_URL);
    return { intent: 'create', customer, credentials, agreement: { outcome: 'invite', link } };
  }
  try {
    const metadata = await getMcaMetadata();
    await confirmCustomerAcceptance(customer.id, {
      ...checked.attestation,
      templateId: metadata.items[0]?.templateId ?? '',
    });
    return { intent: 'create', customer, credentials, agreement: { outcome: 'attested' } };
  } catch (error) {
    return {
      intent: 'create',
      customer,
      credentials,
      agreement: { outcome: 'failed', ...toActionFailure(error) },
    };
  }
}

export async function action({ request }: ActionFunctionArgs): Promise<CheckResult | CreateResult> {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  return withPartnerSession(request, (): Promise<CheckResult | CreateResult> =>
    form.intent === 'checkDomain' ? checkDomain(form.domain ?? '') : create(form),
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
  const attestBlock = useAttestationBlock();
  const [draft, setDraft] = useState(() => emptyDraft(today));
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [emailText, setEmailText] = useState('');
  const [handled, setHandled] = useState<unknown>(null);

  const result = actionData?.intent === 'create' ? actionData : undefined;
  // A refused draft goes back to the form with the reasons; what was typed stays.
  if (result && result !== handled) {
    setHandled(result);
    if ('fieldErrors' in result) {
      setErrors(result.fieldErrors);
      setStep('edit');
    }
    if ('customer' in result) {
      setEmailText(
        t('pc.newCustomer.emailText', {
          partner: me.partner.name,
          agent: me.agent.displayName,
          url: result.agreement.outcome === 'invite' ? result.agreement.link : '',
          userName: result.credentials.userName,
          password: result.credentials.password,
        }),
      );
    }
  }

  const check = fetcher.data?.intent === 'checkDomain' ? fetcher.data : undefined;
  const domainCheck = check && 'available' in check ? check : null;
  const checkErrors = check && 'fieldErrors' in check ? check.fieldErrors : {};

  let body;
  if (!canManageCustomers(me.agent.roles)) {
    body = null;
  } else if (result && 'customer' in result) {
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
        error={result && 'error' in result ? result.error : undefined}
        onBack={() => setStep('edit')}
        hidden={{ today, culture: language }}
      />
    );
  } else {
    body = (
      <NewCustomerForm
        draft={draft}
        onChange={(next) => {
          setErrors((current) => clearEditedErrors(current, draft, next));
          setDraft(next);
        }}
        errors={{ ...errors, ...checkErrors }}
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
      {check && 'error' in check ? <ApiErrorAlert error={check.error} /> : null}
      {body}
    </>
  );
}
