import { memo, type ChangeEvent } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { MemoTextField } from '../../components/memo-text-field';
import { useStableCallback } from '../../components/use-stable-callback';
import { useTranslation } from '../../i18n/i18n';

export interface ContactValues {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
}

export const emptyContact: ContactValues = { firstName: '', lastName: '', email: '', phoneNumber: '' };

export interface ContactFieldsProps {
  values: ContactValues;
  onChange: (values: ContactValues) => void;
  /** Validation keys by field name (with the prefix). */
  errors?: Record<string, string>;
  /** Prefixes the field names, when a form holds two contacts. */
  prefix?: string;
}

const noErrors: Record<string, string> = {};

/**
 * First name, last name, email address and an optional phone number, as Partner Center asks for them.
 * Memoized, like each of its fields: the form around it renders on every keystroke.
 */
export const ContactFields = memo(function ContactFields({
  values,
  onChange,
  errors = noErrors,
  prefix = '',
}: ContactFieldsProps) {
  const { t } = useTranslation();
  const onField = useStableCallback((event: ChangeEvent<HTMLInputElement>) =>
    onChange({ ...values, [event.target.name.slice(prefix.length)]: event.target.value }),
  );
  const field = (name: keyof ContactValues, label: string, extra: object = {}) => {
    const key = `${prefix}${name}`;
    return (
      <MemoTextField
        name={key}
        label={label}
        value={values[name]}
        onChange={onField}
        error={!!errors[key]}
        helperText={errors[key] ? t(errors[key]) : undefined}
        fullWidth
        {...extra}
      />
    );
  };
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      {field('firstName', t('pc.contact.firstName'), { required: true, autoComplete: 'off' })}
      {field('lastName', t('pc.contact.lastName'), { required: true, autoComplete: 'off' })}
      {field('email', t('pc.contact.email'), { required: true, type: 'email', autoComplete: 'off' })}
      {field('phoneNumber', t('pc.contact.phone'), { type: 'tel', autoComplete: 'off' })}
    </Box>
  );
});

/** The Agreement acceptance date: a calendar date, never after today (the simulator's clock, UTC). */
export function AgreementDateField({
  value,
  onChange,
  today,
  error,
  name = 'dateAgreed',
}: {
  value: string;
  onChange: (value: string) => void;
  today: string;
  error?: string;
  name?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      name={name}
      label={t('pc.attest.date')}
      type="date"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={!!error}
      helperText={error ? t(error) : t('pc.attest.dateHint')}
      required
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      sx={{ maxWidth: 280 }}
    />
  );
}
