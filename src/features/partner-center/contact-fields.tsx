import { memo, useState, type ChangeEvent } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { MemoTextField } from '../../components/memo-text-field';
import { useStableCallback } from '../../components/use-stable-callback';
import { useTranslation } from '../../i18n/i18n';
import { formatDayFirstDate, parseDayFirstDate, typesDayFirst } from '../../i18n/format';

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
        helperText={errors[key] ? t.dynamic(errors[key]) : undefined}
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
  const { t, language } = useTranslation();
  if (typesDayFirst(language))
    return <DayFirstDateField value={value} onChange={onChange} error={error} name={name} />;
  return (
    <TextField
      name={name}
      label={t('pc.attest.date')}
      type="date"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={!!error}
      helperText={error ? t.dynamic(error) : t('pc.attest.dateHint')}
      required
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      sx={{ maxWidth: 280 }}
    />
  );
}

/**
 * The same field where dates are typed day first (Italian, 25/11/2026): the text as typed stays on screen,
 * the form gets `2026-11-25` once the text reads as a date, and the text itself otherwise, for the schema to
 * refuse with its message.
 */
function DayFirstDateField({
  value,
  onChange,
  error,
  name,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  name: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => formatDayFirstDate(value));
  return (
    <>
      <TextField
        label={t('pc.attest.date')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseDayFirstDate(event.target.value) ?? event.target.value);
        }}
        error={!!error}
        helperText={error ? t.dynamic(error) : t('pc.attest.dateHint')}
        required
        placeholder={t('pc.attest.datePlaceholder')}
        autoComplete="off"
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
        sx={{ maxWidth: 280 }}
      />
      <input type="hidden" name={name} value={value} />
    </>
  );
}
