import { useCallback, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { Link as RouterLink } from 'react-router';
import type { BillingAccount, Product } from '../../api/types';
import type { ActionFailure } from '../../api/action-result';
import type { CustomerAgreementStatus } from '../../api/agreements';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { DetailsList } from '../../components/details-list';
import { ReachOutNotice } from '../../components/reach-out-notice';
import { fieldErrors } from '../../domain/field-errors';
import { paths } from '../../domain/paths';
import { purchaseSchema } from '../../domain/validation';
import { useFormat } from '../../i18n/use-format';
import { useProductName } from '../../i18n/use-product-name';

export interface ProductCatalogProps {
  products: Product[];
  agreement: Pick<CustomerAgreementStatus, 'mcaConfirmed' | 'block' | 'partnersToContact'>;
  /** The billing account a purchase is charged to. */
  billingAccount: BillingAccount | undefined;
  canBuy: boolean;
  submitting: boolean;
  /** A purchase that failed, on the review of the product it was for. */
  failure?: ActionFailure & { productId: string };
  bought?: { productId: string; productName: string; quantity: number };
}

/**
 * Purchase services: choose a product and a quantity, review what will be bought (price, billing account,
 * agreement), then buy or go back. What was typed is kept while going back and forth.
 */
export function ProductCatalog({
  products,
  agreement,
  billingAccount,
  canBuy,
  submitting,
  failure,
  bought,
}: ProductCatalogProps) {
  const { t } = useTranslation();
  const productName = useProductName();
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reviewing, setReviewing] = useState<string | null>(null);
  // A purchase that went through ends its review (adjusting state on a new action result, not in an effect).
  const [seenBought, setSeenBought] = useState(bought);
  if (bought !== seenBought) {
    setSeenBought(bought);
    if (bought) setReviewing(null);
  }

  const quantityOf = (productId: string) => quantities[productId] ?? '1';
  const review = (productId: string) => {
    const parsed = purchaseSchema.safeParse({ productId, quantity: Number(quantityOf(productId)) });
    if (parsed.success) setReviewing(productId);
    else setErrors((all) => ({ ...all, [productId]: fieldErrors(parsed.error.issues).quantity ?? '' }));
  };
  const reviewed = reviewing ? products.find((product) => product.id === reviewing) : undefined;

  return (
    <>
      {agreement.mcaConfirmed ? null : agreement.block !== 'none' ? (
        <ReachOutNotice partners={agreement.partnersToContact} />
      ) : (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {t('purchase.mcaRequired')}{' '}
          <Link component={RouterLink} to={paths.agreement.href()}>
            {t('home.mcaAction')}
          </Link>
        </Alert>
      )}
      {canBuy ? null : (
        <Alert severity="info" sx={{ mb: 3 }}>
          {t('purchase.whoCanBuy')}
        </Alert>
      )}
      {bought ? (
        <Alert severity="success" role="status" sx={{ mb: 3 }}>
          {t('purchase.bought', {
            product: productName(bought.productId, bought.productName),
            quantity: bought.quantity,
          })}
        </Alert>
      ) : null}
      {reviewed ? (
        <PurchaseReview
          product={reviewed}
          quantity={Number(quantityOf(reviewed.id))}
          agreement={agreement}
          billingAccount={billingAccount}
          canBuy={canBuy}
          submitting={submitting}
          failure={failure?.productId === reviewed.id ? failure : undefined}
          onBack={() => setReviewing(null)}
        />
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)', xl: 'repeat(3, 1fr)' },
            mb: 4,
          }}
        >
          {products.map((product) => (
            <ProductCard
              key={product.id}
              product={product}
              quantity={quantityOf(product.id)}
              error={errors[product.id] || undefined}
              onQuantity={(value) => {
                setQuantities((all) => ({ ...all, [product.id]: value }));
                // The message goes as soon as the field is changed; Review checks it again.
                setErrors((all) => ({ ...all, [product.id]: '' }));
              }}
              onReview={() => review(product.id)}
            />
          ))}
        </Box>
      )}
    </>
  );
}

function ProductCard({
  product,
  quantity,
  error,
  onQuantity,
  onReview,
}: {
  product: Product;
  quantity: string;
  error: string | undefined;
  onQuantity: (value: string) => void;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const productName = useProductName();
  const format = useFormat();
  return (
    <Paper component="section" aria-labelledby={`product-${product.id}`} sx={{ p: 2 }}>
      <Typography variant="h3" component="h2" id={`product-${product.id}`}>
        {productName(product.id, product.name)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t(`purchaseKind.${product.kind}`)} ·{' '}
        {t('purchase.perMonth', { price: format.money(product.monthlyPrice, product.currency) })}
      </Typography>
      <Box
        component="form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onReview();
        }}
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
      >
        <TextField
          name="quantity"
          type="number"
          size="small"
          value={quantity}
          onChange={(event) => onQuantity(event.target.value)}
          label={t('purchase.quantity')}
          error={!!error}
          helperText={error ? t.dynamic(error) : undefined}
          slotProps={{ htmlInput: { min: 1, max: 300, 'aria-describedby': `product-${product.id}` } }}
          sx={{ width: 120 }}
        />
        <Button
          type="submit"
          variant="contained"
          aria-label={t('purchase.reviewProduct', { product: productName(product.id, product.name) })}
        >
          {t('purchase.review')}
        </Button>
      </Box>
    </Paper>
  );
}

function PurchaseReview({
  product,
  quantity,
  agreement,
  billingAccount,
  canBuy,
  submitting,
  failure,
  onBack,
}: {
  product: Product;
  quantity: number;
  agreement: ProductCatalogProps['agreement'];
  billingAccount: BillingAccount | undefined;
  canBuy: boolean;
  submitting: boolean;
  failure?: ActionFailure;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const productName = useProductName();
  const format = useFormat();
  const money = (amount: number) => t('purchase.perMonth', { price: format.money(amount, product.currency) });
  const agreementName = t('agreementType.MicrosoftCustomerAgreement');
  // Focus moves to the review when it opens (once: a failed purchase re-renders it).
  const focusOnOpen = useCallback((heading: HTMLElement | null) => heading?.focus(), []);
  return (
    <Paper component="section" aria-labelledby="purchase-review-title" sx={{ p: 3, mb: 4 }}>
      <Typography
        variant="h2"
        component="h2"
        id="purchase-review-title"
        tabIndex={-1}
        ref={focusOnOpen}
        sx={{ mb: 1, outline: 'none' }}
      >
        {t('purchase.reviewTitle')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('purchase.reviewText')}</Typography>
      <DetailsList
        rows={[
          [t('purchase.product'), productName(product.id, product.name)],
          [t('purchase.kind'), t(`purchaseKind.${product.kind}`)],
          [t('purchase.quantity'), String(quantity)],
          [t('purchase.unitPrice'), money(product.monthlyPrice)],
          [t('purchase.total'), money(product.monthlyPrice * quantity)],
          [t('purchase.billingAccount'), billingAccount?.name ?? t('purchase.noBillingAccount')],
          [
            t('purchase.agreement'),
            agreement.mcaConfirmed
              ? t('purchase.agreementAccepted', { agreement: agreementName })
              : t('purchase.agreementPending', { agreement: agreementName }),
          ],
        ]}
      />
      {failure?.error ? (
        <ApiErrorAlert
          error={failure.error}
          action={
            failure.error.code === 13605 && agreement.block === 'none' ? (
              <Button component={RouterLink} to={paths.agreement.href()} color="inherit" size="small">
                {t('home.mcaAction')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      <SingleSubmitForm method="post" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <input type="hidden" name="productId" value={product.id} />
        <input type="hidden" name="quantity" value={quantity} />
        <Button type="submit" variant="contained" disabled={!canBuy || submitting}>
          {t('purchase.buy')}
        </Button>
        <Button type="button" variant="outlined" onClick={onBack} disabled={submitting}>
          {t('purchase.back')}
        </Button>
      </SingleSubmitForm>
    </Paper>
  );
}
