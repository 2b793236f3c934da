import {
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { invalidInput, runAction, type ActionResult } from '../../api/action-result';
import { createPurchase, getProducts, getPurchases } from '../../api/billing';
import { PageHeader } from '../../components/page-header';
import { canPurchase } from '../../domain/roles';
import { fieldErrors } from '../../domain/field-errors';
import { purchaseSchema } from '../../domain/validation';
import { ProductCatalog } from '../../features/billing/product-catalog';
import { PurchaseHistory } from '../../features/billing/purchase-history';
import { withSession } from '../session';
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

type PurchaseResult = ActionResult<
  { bought: { productName: string; quantity: number } },
  /** The product whose form was sent: its card shows the failure. */
  { productId: string }
>;

export async function action({ request }: ActionFunctionArgs): Promise<PurchaseResult> {
  const form = await request.formData();
  const productId = String(form.get('productId') ?? '');
  const parsed = purchaseSchema.safeParse({ productId, quantity: Number(form.get('quantity')) });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error.issues);
    return {
      ok: false,
      productId,
      fieldErrors: errors,
      error: invalidInput(Object.values(errors).join(' ')),
    };
  }
  const result = await withSession(request, () =>
    runAction(async () => {
      const purchase = await createPurchase(parsed.data.productId, parsed.data.quantity);
      return { bought: { productName: purchase.productName, quantity: purchase.quantity } };
    }),
  );
  return result.ok ? result : { ...result, productId };
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
        failure={result?.ok === false ? result : undefined}
        bought={result?.ok ? result.bought : undefined}
      />
      <PurchaseHistory purchases={purchases} />
    </>
  );
}
