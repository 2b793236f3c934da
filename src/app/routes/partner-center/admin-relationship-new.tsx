import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import {
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { getDelegatedAdminRelationships } from '../../../api/graph';
import { getCustomer } from '../../../api/partner-center';
import { PageHeader } from '../../../components/page-header';
import { canManageGdap } from '../../../domain/gdap';
import { paths } from '../../../domain/paths';
import { useAgentRoleName } from '../../../features/partner-center/admin-relationships';
import {
  createGdapFromForm,
  gdapRequestValues,
  sendGdapForApproval,
} from '../../../features/partner-center/gdap-request';
import { GdapRequestForm } from '../../../features/partner-center/gdap-request-form';
import { useTranslation } from '../../../i18n/i18n';
import { withPartnerSession } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

// Customers › a customer › Request admin relationship (GDAP): Graph's POST, then lockForApproval, then the
// relationship's page with the approval link to send.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const customerId = params.customerId ?? '';
  return withPartnerSession(request, async () => {
    const [customer, relationships] = await Promise.all([
      getCustomer(customerId, request.signal),
      getDelegatedAdminRelationships({}, request.signal),
    ]);
    return { customer, takenNames: relationships.value.map((r) => r.displayName) };
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const customerId = params.customerId ?? '';
  const values = gdapRequestValues(await request.formData());
  return withPartnerSession(request, async () => {
    // Graph names the customer itself; a name taken meanwhile is refused there (409, by the name field).
    const created = await createGdapFromForm(values, { tenantId: customerId }, []);
    if (!created.ok) return created;
    // The draft exists whatever happens next: if sending fails, its page offers Send for approval.
    await sendGdapForApproval(created.relationship.id);
    return redirect(paths.partnerCenter.adminRelationship.href(customerId, created.relationship.id));
  });
}

export function Component() {
  const { t } = useTranslation();
  const { customer, takenNames } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { me } = usePartnerShellData();
  const roleName = useAgentRoleName();
  const name = customer.companyProfile.companyName;
  return (
    <>
      <PageHeader
        title={t('pc.gdap.request')}
        description={t('pc.gdap.new.description', { customer: name })}
        back={{
          to: paths.partnerCenter.customer.href(customer.id),
          label: t('pc.gdap.new.back', { customer: name }),
        }}
      />
      <Paper sx={{ p: { xs: 2, sm: 3 } }}>
        {canManageGdap(me.agent.roles) ? (
          <GdapRequestForm
            takenNames={takenNames}
            submitting={navigation.state === 'submitting'}
            failure={result && !result.ok ? result : undefined}
          />
        ) : (
          <Alert severity="info">{t('pc.gdap.adminAgentOnly', { role: roleName(me.agent.roles) })}</Alert>
        )}
      </Paper>
    </>
  );
}
