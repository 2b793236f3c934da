import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { getAgreementStatus } from '../../api/agreements';
import { getBillingAccounts } from '../../api/billing';
import { PageHeader } from '../../components/page-header';
import { BillingAccountCard } from '../../features/billing/billing-account-card';
import { withSession } from '../session';

export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, async () => {
    const [accounts, agreement] = await Promise.all([
      getBillingAccounts(request.signal),
      getAgreementStatus(request.signal),
    ]);
    return { accounts: accounts.items, agreement };
  });
}

export function Component() {
  const { t } = useTranslation();
  const { accounts, agreement } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t('billing.title')} description={t('billing.description')} />
      {accounts.map((account) => (
        <BillingAccountCard key={account.id} account={account} agreement={agreement} />
      ))}
    </>
  );
}
