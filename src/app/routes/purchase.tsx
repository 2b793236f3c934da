import {
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { getAgreementStatus } from '../../api/agreements';
import { getBillingAccounts, getProducts, getPurchases } from '../../api/billing';
import { PageHeader } from '../../components/page-header';
import { canPurchase } from '../../domain/roles';
import { ProductCatalog } from '../../features/billing/product-catalog';
import { purchaseFromForm } from '../../features/billing/purchase';
import { PurchaseHistory } from '../../features/billing/purchase-history';
import { withSession } from '../session';
import { useShellData } from '../use-shell-data';

export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, async () => {
    const [products, purchases, accounts, agreement] = await Promise.all([
      getProducts(request.signal),
      getPurchases(request.signal),
      getBillingAccounts(request.signal),
      getAgreementStatus(request.signal),
    ]);
    return { products: products.items, purchases: purchases.items, account: accounts.items[0], agreement };
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  return withSession(request, () => purchaseFromForm(form));
}

export function Component() {
  const { t } = useTranslation();
  const { me } = useShellData();
  const { products, purchases, account, agreement } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <>
      <PageHeader title={t('purchase.title')} description={t('purchase.description')} />
      <ProductCatalog
        products={products}
        agreement={agreement}
        billingAccount={account}
        canBuy={canPurchase(me.user.roles)}
        submitting={navigation.state === 'submitting'}
        failure={result?.ok === false ? result : undefined}
        bought={result?.ok ? result.bought : undefined}
      />
      <PurchaseHistory purchases={purchases} />
    </>
  );
}
