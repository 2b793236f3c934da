import {
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { createPurchase, getProducts, getPurchases } from '../../api/billing';
import { PageHeader } from '../../components/page-header';
import { canPurchase } from '../../domain/roles';
import { purchaseSchema } from '../../domain/validation';
import { ProductCatalog } from '../../features/billing/product-catalog';
import { PurchaseHistory } from '../../features/billing/purchase-history';
import { toActionFailure, withSession } from '../session';
import { useShellData } from '../use-shell-data';

export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, async () => {
    const [products, purchases] = await Promise.all([
      getProducts(request.signal),
      getPurchases(request.signal),
    ]);
    return { products: products.items, purchases: purchases.items };
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const productId = String(form.get('productId') ?? '');
  const parsed = purchaseSchema.safeParse({ productId, quantity: Number(form.get('quantity')) });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'validation.quantityInvalid';
    return {
      productId,
      fieldError: message,
      error: { status: 400, code: 'InvalidInput', description: message, data: [] },
    };
  }
  return withSession(request, async () => {
    try {
      const purchase = await createPurchase(parsed.data.productId, parsed.data.quantity);
      return { bought: { productName: purchase.productName, quantity: purchase.quantity } };
    } catch (error) {
      return { productId, ...toActionFailure(error) };
    }
  });
}

export function Component() {
  const { t } = useTranslation();
  const { me } = useShellData();
  const { products, purchases } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const submittingProductId =
    navigation.state === 'submitting' ? String(navigation.formData?.get('productId') ?? '') : null;
  return (
    <>
      <PageHeader title={t('purchase.title')} description={t('purchase.description')} />
      <ProductCatalog
        products={products}
        mcaConfirmed={me.mca.confirmed}
        canBuy={canPurchase(me.user.roles)}
        submittingProductId={submittingProductId}
        failure={result && 'error' in result ? result : undefined}
        bought={result && 'bought' in result ? result.bought : undefined}
      />
      <PurchaseHistory purchases={purchases} />
    </>
  );
}
