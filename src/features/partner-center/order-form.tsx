import { useState, type ChangeEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import type { Offer } from '../../api/types';
import type { ActionFailure } from '../../api/action-result';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { DetailsList } from '../../components/details-list';
import { useFieldErrors } from '../../components/use-field-errors';
import type { FieldErrors } from '../../domain/field-errors';
import { useFormat } from '../../i18n/use-format';
import { useProductName } from '../../i18n/use-product-name';
import { checkOrderForm } from './order';

export interface OrderFormProps {
  offers: Offer[];
  customerName: string;
  submitting: boolean;
  /** The last Place order that failed: messages by field send it back to editing, an error shows on Review. */
  failure?: ActionFailure;
}

/**
 * One order line: choose an offer and a quantity, then Review (customer, offer, quantity, price, billing)
 * before Place order posts `intent=order`. Nothing is bought before Place order; Back and a failed order
 * keep what was chosen.
 */
export function OrderForm({ offers, customerName, submitting, failure }: OrderFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const productName = useProductName();
  const [values, setValues] = useState({ offerId: offers[0]?.id ?? '', quantity: '1' });
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [refusal, setRefusal] = useState<FieldErrors | undefined>(undefined);
  const [handled, setHandled] = useState(failure);
  const [showFailure, setShowFailure] = useState(false);
  // A new answer to Place order: refused fields go back to the form with their reasons; any other
  // failure stays on Review, where Place order can be tried again.
  if (failure !== handled) {
    setHandled(failure);
    if (failure?.fieldErrors) {
      setRefusal(failure.fieldErrors);
      setStep('edit');
    }
    setShowFailure(!!failure?.error);
  }
  const fieldErrors = useFieldErrors(refusal, values, checkOrderForm);
  const onChange = (event: ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [event.target.name]: event.target.value });

  if (step === 'review') {
    const offer = offers.find((o) => o.id === values.offerId);
    const quantity = Number(values.quantity);
    const price = offer
      ? offer.unitPrice > 0
        ? t('pc.order.reviewPrice', {
            total: format.money(offer.unitPrice * quantity, offer.currency),
            price: format.money(offer.unitPrice, offer.currency),
          })
        : t('pc.order.payAsYouGo')
      : '';
    return (
      <SingleSubmitForm method="post" noValidate aria-labelledby="order-review-title">
        <input type="hidden" name="intent" value="order" />
        <input type="hidden" name="offerId" value={values.offerId} />
        <input type="hidden" name="quantity" value={values.quantity} />
        <Typography variant="h3" component="h3" id="order-review-title" sx={{ mb: 1 }}>
          {t('pc.order.reviewTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('pc.order.reviewIntro')}</Typography>
        {showFailure && failure?.error ? <ApiErrorAlert error={failure.error} /> : null}
        <DetailsList
          rows={[
            [t('pc.order.customer'), customerName],
            [
              t('pc.order.offer'),
              offer ? `${productName(offer.id, offer.name)} — ${t(`purchaseKind.${offer.category}`)}` : '',
            ],
            [t('pc.order.quantity'), format.number(quantity)],
            [t('pc.order.price'), price],
            [t('pc.order.billing'), t('pc.order.billingMonthly')],
          ]}
        />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={submitting}>
            {submitting ? t('common.saving') : t('pc.order.submit')}
          </Button>
          <Button
            variant="outlined"
            disabled={submitting}
            onClick={() => {
              setShowFailure(false);
              setStep('edit');
            }}
          >
            {t('pc.order.backToEdit')}
          </Button>
        </Box>
      </SingleSubmitForm>
    );
  }

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const errors = checkOrderForm(values);
        setRefusal(errors);
        if (Object.keys(errors).length === 0) {
          setShowFailure(false);
          setStep('review');
        }
      }}
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '3fr 1fr' }, mb: 2 }}>
        <TextField
          select
          name="offerId"
          label={t('pc.order.offer')}
          value={values.offerId}
          onChange={(event) => setValues({ ...values, offerId: event.target.value })}
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
          value={values.quantity}
          onChange={onChange}
          error={!!fieldErrors.quantity}
          helperText={fieldErrors.quantity ? t.dynamic(fieldErrors.quantity) : undefined}
          slotProps={{ htmlInput: { min: 1, max: 300 } }}
        />
      </Box>
      <Button type="submit" variant="contained" disabled={!values.offerId}>
        {t('pc.order.review')}
      </Button>
    </Box>
  );
}
