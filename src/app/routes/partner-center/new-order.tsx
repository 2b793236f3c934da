import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import {
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { createOrder, getOffers } from '../../../api/partner-center';
import type { Order } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { canPlaceOrders, isMcaSettled } from '../../../domain/partner-center';
import { paths } from '../../../domain/paths';
import { leafFieldErrors, orderSchema } from '../../../domain/validation';
import { AttestationForm } from '../../../features/partner-center/attestation-form';
import { OrderForm } from '../../../features/partner-center/order-form';
import {
  attestFromForm,
  loadCustomerStanding,
  useAttestationBlock,
  type AttestationResult,
} from '../../partner-attestation';
import { fieldErrorsFrom, toActionFailure, withPartnerSession, type ActionFailure } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

// Customers › a customer › New order. Until the customer's MCA acceptance is confirmed, Partner Center
// prompts for the confirmation first (the order call would answer 403, code 13605).

export async function loader({ request, params }: LoaderFunctionArgs) {
  const customerId = params.customerId ?? '';
  return withPartnerSession(request, async () => {
    const { customer, status } = await loadCustomerStanding(customerId, request.signal);
    const offers = await getOffers(customer.billingProfile.defaultAddress.country, request.signal);
    return { customer, offers: offers.items, status };
  });
}

type OrderResult =
  | { intent: 'order'; order: Order }
  | { intent: 'order'; fieldErrors: Record<string, string> }
  | (ActionFailure & { intent: 'order' });

export async function action({
  request,
  params,
}: ActionFunctionArgs): Promise<AttestationResult | OrderResult> {
  const customerId = params.customerId ?? '';
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  return withPartnerSession(request, async () => {
    if (form.intent === 'attest') return attestFromForm(customerId, form);
    const parsed = orderSchema.safeParse({
      lineItems: [{ lineItemNumber: 0, offerId: form.offerId ?? '', quantity: Number(form.quantity) }],
    });
    if (!parsed.success) return { intent: 'order', fieldErrors: leafFieldErrors(parsed.error.issues) };
    try {
      return { intent: 'order', order: await createOrder(customerId, parsed.data.lineItems) };
    } catch (error) {
      const failure = toActionFailure(error);
      const fields = fieldErrorsFrom(failure);
      return fields ? { intent: 'order', fieldErrors: fields } : { intent: 'order', ...failure };
    }
  });
}

export function Component() {
  const { t } = useTranslation();
  const { customer, offers, status } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { me } = usePartnerShellData();
  const attestationBlock = useAttestationBlock();
  const name = customer.companyProfile.companyName;
  const submitting = navigation.state === 'submitting';
  const attest = actionData?.intent === 'attest' ? actionData : undefined;
  const order = actionData?.intent === 'order' ? actionData : undefined;
  const placed = order && 'order' in order ? order.order : undefined;

  let body;
  if (!canPlaceOrders(me.partner.kind)) {
    body = (
      <Alert severity="info">
        {t('pc.order.resellerCannot', { provider: me.partner.provider?.name ?? t('pc.attest.yourProvider') })}
      </Alert>
    );
  } else if (!isMcaSettled(status)) {
    body = (
      <>
        <Alert severity="warning" sx={{ mb: 3 }}>
          <AlertTitle>{t('pc.order.confirmFirstTitle')}</AlertTitle>
          {t('pc.order.confirmFirst', { customer: name })}
        </Alert>
        {attestationBlock ? (
          <Alert severity="info">{attestationBlock}</Alert>
        ) : (
          <AttestationForm
            today={me.now.slice(0, 10)}
            submitLabel={t('pc.order.saveAndContinue')}
            submitting={submitting}
            fieldErrors={attest && 'fieldErrors' in attest ? attest.fieldErrors : undefined}
            error={attest && 'error' in attest ? attest.error : undefined}
          />
        )}
      </>
    );
  } else {
    body = (
      <>
        {attest && 'attested' in attest ? (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {t('pc.attest.saved', { customer: name })}
          </Alert>
        ) : null}
        {placed ? (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {t('pc.order.placed', {
              id: placed.id,
              quantity: placed.lineItems[0]?.quantity ?? 0,
              offer: offers.find((o) => o.id === placed.lineItems[0]?.offerId)?.name ?? '',
            })}
          </Alert>
        ) : null}
        <OrderForm
          offers={offers}
          submitting={submitting}
          fieldErrors={order && 'fieldErrors' in order ? order.fieldErrors : undefined}
          error={order && 'error' in order ? order.error : undefined}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('pc.order.title')}
        description={t('pc.order.description', { customer: name })}
        back={{
          to: paths.partnerCenter.customer.href(customer.id),
          label: t('pc.order.back', { customer: name }),
        }}
      />
      <Paper sx={{ p: 3 }}>
        <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
          {isMcaSettled(status) ? t('pc.order.lineTitle') : t('pc.account.mcaTitle')}
        </Typography>
        {body}
      </Paper>
    </>
  );
}
