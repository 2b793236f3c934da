import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { getBillingAccounts } from '../../api/billing';
import { PageHeader } from '../../components/page-header';
import { BillingAccountCard } from '../../features/billing/billing-account-card';
import { withSession } from '../session';

export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, async () => (await getBillingAccounts(request.signal)).items);
}

export function Component() {
  const { t } = useTranslation();
  const accounts = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t('billing.title')} description={t('billing.description')} />
      {accounts.map((account) => (
        <BillingAccountCard key={account.id} account={account} />
      ))}
    </>
  );
}
