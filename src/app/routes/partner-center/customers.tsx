import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink, useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { getPartnerCustomers } from '../../../api/partner-center';
import { PageHeader } from '../../../components/page-header';
import { canManageCustomers } from '../../../domain/partner-center';
import { paths } from '../../../domain/paths';
import { CustomerList } from '../../../features/partner-center/customer-list';
import { withPartnerSession } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

export async function loader({ request }: LoaderFunctionArgs) {
  return withPartnerSession(request, async () => {
    const customers = await getPartnerCustomers(request.signal);
    return { customers: customers.items };
  });
}

export function Component() {
  const { t } = useTranslation();
  const { customers } = useLoaderData<typeof loader>();
  const { me } = usePartnerShellData();
  const revalidator = useRevalidator();
  const mayManage = canManageCustomers(me.agent.roles);
  return (
    <>
      <PageHeader title={t('pc.customers.title')} description={t('pc.customers.description')} />
      {mayManage ? null : (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('pc.viewOnly')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        {mayManage ? (
          <Button component={RouterLink} to={paths.partnerCenter.newCustomer.href()} variant="contained">
            {t('pc.customers.add')}
          </Button>
        ) : null}
        <Button component={RouterLink} to={paths.partnerCenter.relationshipRequest.href()} variant="outlined">
          {t('pc.customers.requestRelationship')}
        </Button>
      </Box>
      <CustomerList
        customers={customers}
        onRefresh={() => void revalidator.revalidate()}
        refreshing={revalidator.state === 'loading'}
      />
    </>
  );
}
