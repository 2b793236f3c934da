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
import type { Product } from '../../api/types';
import type { ActionFailure } from '../../api/action-result';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';
import { useProductName } from '../../i18n/use-product-name';

export interface ProductCatalogProps {
  products: Product[];
  mcaConfirmed: boolean;
  canBuy: boolean;
  submittingProductId: string | null;
  /** A purchase that failed, on the card of the product it was for. */
  failure?: ActionFailure & { productId: string };
  bought?: { productId: string; productName: string; quantity: number };
}

export function ProductCatalog({
  products,
  mcaConfirmed,
  canBuy,
  submittingProductId,
  failure,
  bought,
}: ProductCatalogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const productName = useProductName();
  return (
    <>
      {mcaConfirmed ? null : (
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
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)', xl: 'repeat(3, 1fr)' },
          mb: 4,
        }}
      >
        {products.map((product) => {
          const failed = failure?.productId === product.id ? failure : undefined;
          const quantityError = failed?.fieldErrors?.quantity;
          return (
            <Paper
              key={product.id}
              component="section"
              aria-labelledby={`product-${product.id}`}
              sx={{ p: 2 }}
            >
              <Typography variant="h3" component="h2" id={`product-${product.id}`}>
                {productName(product.id, product.name)}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {t(`purchaseKind.${product.kind}`)} ·{' '}
                {t('purchase.perMonth', {
                  price: format.money(product.monthlyPrice, product.currency),
                })}
              </Typography>
              {failed?.error ? (
                <ApiErrorAlert
                  error={failed.error}
                  action={
                    failed.error.code === 13605 ? (
                      <Button component={RouterLink} to={paths.agreement.href()} color="inherit" size="small">
                        {t('home.mcaAction')}
                      </Button>
                    ) : undefined
                  }
                />
              ) : null}
              <SingleSubmitForm
                method="post"
                noValidate
                style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}
              >
                <input type="hidden" name="productId" value={product.id} />
                <TextField
                  name="quantity"
                  type="number"
                  size="small"
                  defaultValue={1}
                  label={t('purchase.quantity')}
                  error={!!quantityError}
                  helperText={quantityError ? t.dynamic(quantityError) : undefined}
                  slotProps={{ htmlInput: { min: 1, max: 300, 'aria-describedby': `product-${product.id}` } }}
                  sx={{ width: 120 }}
                />
                <Button
                  type="submit"
                  variant="contained"
                  disabled={!canBuy || submittingProductId !== null}
                  aria-label={t('purchase.buyProduct', { product: productName(product.id, product.name) })}
                >
                  {t('purchase.buy')}
                </Button>
              </SingleSubmitForm>
            </Paper>
          );
        })}
      </Box>
    </>
  );
}
