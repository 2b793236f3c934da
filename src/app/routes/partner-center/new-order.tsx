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
import { useProductName } from '../../../i18n/use-product-name';
import { getOffers } from '../../../api/partner-center';
import { PageHeader } from '../../../components/page-header';
import { isMcaSettled } from '../../../domain/mca-standing';
import { canPlaceOrders } from '../../../domain/partner-center';
import { paths } from '../../../domain/paths';
import { attestFromForm, useAttestationBlock } from '../../../features/partner-center/attest';
import { AttestationForm } from '../../../features/partner-center/attestation-form';
import { loadCustomerStanding } from '../../../features/partner-center/customer-standing';
import { orderFromForm } from '../../../features/partner-center/order';
import { OrderForm } from '../../../features/partner-center/order-form';
import { withPartnerSession } from '../../session';
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

export async function action({ request, params }: ActionFunctionArgs) {
  const customerId = params.customerId ?? '';
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  return withPartnerSession(request, async () =>
    form.intent === 'attest'
      ? { intent: 'attest' as const, ...(await attestFromForm(customerId, form)) }
      : { intent: 'order' as const, ...(await orderFromForm(customerId, form)) },
  );
}

export function Component() {
  const { t } = useTranslation();
  const productName = useProductName();
  const { customer, offers, status } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { me } = usePartnerShellData();
  const attestationBlock = useAttestationBlock(me);
  const name = customer.companyProfile.companyName;
  const submitting = navigation.state === 'submitting';
  const attest = result?.intent === 'attest' ? result : undefined;
  const order = result?.intent === 'order' ? result : undefined;
  const placed = order?.ok ? order.order : undefined;

  let body;
  if (!canPlaceOrders(me.partner.kind)) {
    body = (
      <Alert severity="info">
        {t('pc.order.resellerCannot', { provider: me.partner.provider?.name ?? t('pc.attest.yourProvider') })}
      </Alert>
    );
  } else if (customer.relationshipToPartner === 'advisor') {
    body = (
      <Alert severity="info">
        {t('pc.order.advisorCannot', { partner: me.partner.name, customer: name })}
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
            fieldErrors={attest?.ok === false ? attest.fieldErrors : undefined}
            error={attest?.ok === false ? attest.error : undefined}
          />
        )}
      </>
    );
  } else {
    body = (
      <>
        {attest?.ok ? (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {t('pc.attest.saved', { customer: name })}
          </Alert>
        ) : null}
        {placed ? (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {t('pc.order.placed', {
              id: placed.id,
              quantity: placed.lineItems[0]?.quantity ?? 0,
              offer: productName(
                placed.lineItems[0]?.offerId ?? '',
                offers.find((o) => o.id === placed.lineItems[0]?.offerId)?.name ?? '',
              ),
            })}
          </Alert>
        ) : null}
        {/* Keyed by the order placed: after one, the form starts again for the next. */}
        <OrderForm
          key={placed?.id ?? 'first'}
          offers={offers}
          customerName={name}
          submitting={submitting}
          failure={order?.ok === false ? order : undefined}
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
