import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import {
  Link as RouterLink,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { getDelegatedAdminRelationships } from '../../../api/graph';
import { getCustomerRelationships } from '../../../api/partner-center';
import { Breadcrumb } from '../../../components/breadcrumb';
import { PageHeader } from '../../../components/page-header';
import { canManageGdap } from '../../../domain/gdap';
import { canManageCustomers, canPlaceOrders } from '../../../domain/partner-center';
import { paths } from '../../../domain/paths';
import {
  AdminRelationshipsTable,
  useAgentRoleName,
} from '../../../features/partner-center/admin-relationships';
import { attestFromForm, useAttestationBlock } from '../../../features/partner-center/attest';
import { AttestationForm } from '../../../features/partner-center/attestation-form';
import {
  AccountInfoDetails,
  AgreementConfirmations,
  IndirectPartners,
  Section,
} from '../../../features/partner-center/customer-account-info';
import { loadCustomerStanding } from '../../../features/partner-center/customer-standing';
import { inviteFromForm } from '../../../features/partner-center/invite';
import { McaInvitation } from '../../../features/partner-center/mca-invitation';
import { OrderUnavailable } from '../../../features/partner-center/order-unavailable';
import { withPartnerSession } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

// Customers › a customer › Account info, with the Microsoft Customer Agreement section and its Update.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const customerId = params.customerId ?? '';
  return withPartnerSession(request, async () => {
    const [standing, relationships, adminRelationships] = await Promise.all([
      loadCustomerStanding(customerId, request.signal),
      getCustomerRelationships(customerId, request.signal),
      getDelegatedAdminRelationships({ customerTenantId: customerId }, request.signal),
    ]);
    return { ...standing, relationships: relationships.items, adminRelationships: adminRelationships.value };
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  const customerId = params.customerId ?? '';
  // The invitation posts through its own fetcher: its answer never reaches the confirmation form.
  return withPartnerSession(request, () =>
    form.intent === 'inviteMca' ? inviteFromForm(customerId) : attestFromForm(customerId, form),
  );
}

export function Component() {
  const { t } = useTranslation();
  const { customer, agreements, status, invitation, relationships, adminRelationships } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { me } = usePartnerShellData();
  const roleName = useAgentRoleName();
  const name = customer.companyProfile.companyName;
  // An advisor of this customer may neither confirm nor order (the backend refuses both too).
  const advisor = customer.relationshipToPartner === 'advisor';
  const attestationBlock = useAttestationBlock(me);
  const blocked = advisor
    ? t('pc.attest.advisorCannot', { partner: me.partner.name, customer: name })
    : attestationBlock;
  const [editing, setEditing] = useState(false);
  const [handled, setHandled] = useState<unknown>(null);
  // A saved confirmation closes the form (once per answer).
  if (result?.ok && result !== handled) {
    setHandled(result);
    setEditing(false);
  }
  const saved = result?.ok && !editing;
  const failed = result?.ok === false ? result : undefined;

  return (
    <>
      <Breadcrumb
        trail={[{ to: paths.partnerCenter.customers.href(), label: t('pc.customers.title') }]}
        current={name}
      />
      <PageHeader title={name} description={t('pc.account.title')} />
      <Box sx={{ display: 'flex', gap: 2, mb: 3, flexWrap: 'wrap' }}>
        {canManageCustomers(me.agent.roles) && !advisor ? (
          canPlaceOrders(me.partner.kind) ? (
            <Button
              component={RouterLink}
              to={paths.partnerCenter.newOrder.href(customer.id)}
              variant="contained"
            >
              {t('pc.order.add')}
            </Button>
          ) : (
            <OrderUnavailable provider={me.partner.provider?.name} />
          )
        ) : null}
      </Box>
      <Section title={t('pc.account.title')} id="account-info-title">
        <AccountInfoDetails customer={customer} />
      </Section>
      <Section title={t('pc.account.mcaTitle')} id="mca-title">
        {saved ? (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {t('pc.attest.saved', { customer: name })}
          </Alert>
        ) : null}
        <AgreementConfirmations status={status} agreements={agreements} />
        <McaInvitation
          customerName={name}
          status={status}
          invitation={invitation}
          mayInvite={canManageCustomers(me.agent.roles) && !advisor}
          partnerName={me.partner.name}
          agentName={me.agent.displayName}
        />
        {blocked ? (
          <Alert severity="info">{blocked}</Alert>
        ) : editing ? (
          <>
            <Typography sx={{ mb: 2 }}>{t('pc.attest.explanation')}</Typography>
            <AttestationForm
              today={me.now.slice(0, 10)}
              submitLabel={t('pc.attest.save')}
              submitting={navigation.state === 'submitting'}
              fieldErrors={failed?.fieldErrors}
              error={failed?.error}
              onCancel={() => setEditing(false)}
            />
          </>
        ) : (
          <Button variant="outlined" onClick={() => setEditing(true)}>
            {t('pc.attest.update')}
          </Button>
        )}
      </Section>
      <Section title={t('pc.account.indirectTitle')} id="indirect-title">
        <IndirectPartners relationships={relationships} />
      </Section>
      <Section title={t('pc.gdap.title')} id="admin-relationships-title">
        <Typography sx={{ mb: 2 }}>{t('pc.gdap.intro', { customer: name })}</Typography>
        {canManageGdap(me.agent.roles) ? (
          <Button
            component={RouterLink}
            to={paths.partnerCenter.newAdminRelationship.href(customer.id)}
            variant="contained"
            sx={{ mb: 2 }}
          >
            {t('pc.gdap.request')}
          </Button>
        ) : (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('pc.gdap.adminAgentOnly', { role: roleName(me.agent.roles) })}
          </Alert>
        )}
        <AdminRelationshipsTable
          customerId={customer.id}
          customerName={name}
          relationships={adminRelationships}
        />
      </Section>
    </>
  );
}
