import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import type { Offer } from '../../api/types';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { useFormat } from '../../i18n/use-format';
import { useProductName } from '../../i18n/use-product-name';

export interface OrderFormProps {
  offers: Offer[];
  submitting: boolean;
  fieldErrors?: Record<string, string>;
  error?: ApiErrorLike;
}

/** One order line: an offer and a quantity. Posts `intent=order`. */
export function OrderForm({ offers, submitting, fieldErrors = {}, error }: OrderFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const productName = useProductName();
  const [offerId, setOfferId] = useState(offers[0]?.id ?? '');
  const [quantity, setQuantity] = useState('1');
  return (
    <SingleSubmitForm method="post" noValidate>
      <input type="hidden" name="intent" value="order" />
      {error ? <ApiErrorAlert error={error} /> : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '3fr 1fr' }, mb: 2 }}>
        <TextField
          select
          name="offerId"
          label={t('pc.order.offer')}
          value={offerId}
          onChange={(event) => setOfferId(event.target.value)}
          error={!!fieldErrors.offerId}
          helperText={fieldErrors.offerId ? t.dynamic(fieldErrors.offerId) : undefined}
        >
          {offers.map((offer) => (
            <MenuItem key={offer.id} value={offer.id}>
              {productName(offer.id, offer.name)} — {t(`purchaseKind.${offer.category}`)}
              {offer.unitPrice > 0
                ? `, ${t('pc.order.perMonth', { price: format.money(offer.unitPrice, offer.currency) })}`
                : ''}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          name="quantity"
          label={t('pc.order.quantity')}
          type="number"
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
          error={!!fieldErrors.quantity}
          helperText={fieldErrors.quantity ? t.dynamic(fieldErrors.quantity) : undefined}
          slotProps={{ htmlInput: { min: 1, max: 300 } }}
        />
      </Box>
      <Button type="submit" variant="contained" disabled={submitting || !offerId}>
        {submitting ? t('common.saving') : t('pc.order.submit')}
      </Button>
    </SingleSubmitForm>
  );
}
