import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { useFieldErrors } from '../../components/use-field-errors';
import { checkAttestationForm } from './attest';
import { AgreementDateField, ContactFields, emptyContact, type ContactValues } from './contact-fields';

export interface AttestationFormProps {
  /** The simulator's today (YYYY-MM-DD, UTC): the latest acceptance date allowed. */
  today: string;
  submitLabel: string;
  submitting: boolean;
  fieldErrors?: Record<string, string>;
  error?: ApiErrorLike;
  onCancel?: () => void;
  initialContact?: ContactValues;
}

/**
 * Confirm that the customer accepted the MCA: the person who accepted and the date. Posts `intent=attest`
 * to the route's action; what was typed stays when the call fails.
 */
export function AttestationForm({
  today,
  submitLabel,
  submitting,
  fieldErrors: refusal,
  error,
  onCancel,
  initialContact = emptyContact,
}: AttestationFormProps) {
  const { t } = useTranslation();
  const [contact, setContact] = useState(initialContact);
  const [dateAgreed, setDateAgreed] = useState(today);
  const fieldErrors = useFieldErrors(refusal, { ...contact, dateAgreed }, (values) =>
    checkAttestationForm(values, today),
  );
  return (
    <SingleSubmitForm method="post" noValidate>
      <input type="hidden" name="intent" value="attest" />
      {error ? <ApiErrorAlert error={error} /> : null}
      <Box sx={{ display: 'grid', gap: 2 }}>
        <ContactFields values={contact} onChange={setContact} errors={fieldErrors} />
        <AgreementDateField
          value={dateAgreed}
          onChange={setDateAgreed}
          today={today}
          error={fieldErrors.dateAgreed}
        />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained" disabled={submitting}>
            {submitting ? t('common.saving') : submitLabel}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
        </Box>
      </Box>
    </SingleSubmitForm>
  );
}
