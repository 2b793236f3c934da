import { memo, useMemo, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MemoTextField } from '../../components/memo-text-field';
import { useStableCallback } from '../../components/use-stable-callback';
import { useTranslation } from '../../i18n/i18n';
import { AGREEMENT_COUNTRIES } from '../../domain/agreement-countries';
import { ONMICROSOFT_SUFFIX } from '../../domain/partner-center';
import { formatCountry } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { AgreementDateField, ContactFields, type ContactValues } from './contact-fields';
import type { NewCustomerDraft } from './new-customer-draft';

type TextKey = 'companyName' | 'addressLine1' | 'city' | 'postalCode';

export interface DomainCheck {
  domain: string;
  available: boolean;
}

export interface NewCustomerFormProps {
  draft: NewCustomerDraft;
  onChange: (draft: NewCustomerDraft) => void;
  errors: Record<string, string>;
  today: string;
  language: Language;
  /** Why this partner cannot attest (an indirect reseller), or null. */
  attestBlocked: string | null;
  domainCheck: DomainCheck | null;
  checkingDomain: boolean;
  onCheckDomain: () => void;
  onNext: () => void;
}

/** New customer, first step: Account info and Microsoft agreement, then Next: Review. */
export function NewCustomerForm({
  draft,
  onChange,
  errors,
  today,
  language,
  attestBlocked,
  domainCheck,
  checkingDomain,
  onCheckDomain,
  onNext,
}: NewCustomerFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof NewCustomerDraft>(key: K, value: NewCustomerDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const countries = useMemo(
    () =>
      AGREEMENT_COUNTRIES.map((code) => ({ code, name: formatCountry(code, language) })).sort((a, b) =>
        a.name.localeCompare(b.name, language),
      ),
    [language],
  );
  // The form renders on every keystroke; with stable handlers only the field that changed renders again (the
  // country menu, which clones its hundred options each time, above all).
  const onText = useStableCallback((event: ChangeEvent<HTMLInputElement>) =>
    set(event.target.name as TextKey, event.target.value),
  );
  const onCountry = useStableCallback((code: string) => set('country', code));
  const onContact = useStableCallback((contact: ContactValues) => set('contact', contact));
  const text = (key: TextKey, label: string) => (
    <MemoTextField
      name={key}
      label={label}
      value={draft[key]}
      onChange={onText}
      error={!!errors[key]}
      helperText={errors[key] ? t(errors[key]) : undefined}
      required
      fullWidth
      autoComplete="off"
    />
  );
  const checkedThisDomain =
    domainCheck && domainCheck.domain === `${draft.domain.trim().toLowerCase()}${ONMICROSOFT_SUFFIX}`;
  const domainHelp = errors.domain
    ? t(errors.domain)
    : checkedThisDomain
      ? domainCheck.available
        ? t('pc.newCustomer.domainAvailable', { domain: domainCheck.domain })
        : t('pc.newCustomer.domainTaken', { domain: domainCheck.domain })
      : t('pc.newCustomer.domainHint');

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      {Object.keys(errors).length > 0 ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {t('pc.newCustomer.fixErrors')}
        </Alert>
      ) : null}
      <Paper component="section" aria-labelledby="account-info-title" sx={{ p: 3, mb: 3 }}>
        <Typography variant="h2" component="h2" id="account-info-title" sx={{ mb: 2 }}>
          {t('pc.account.title')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 2 }}>
          {text('companyName', t('pc.customers.companyName'))}
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <TextField
              name="domain"
              label={t('pc.newCustomer.domain')}
              value={draft.domain}
              onChange={(event) => set('domain', event.target.value)}
              error={!!errors.domain || (!!checkedThisDomain && !domainCheck.available)}
              helperText={domainHelp}
              required
              autoComplete="off"
              sx={{ flex: '1 1 18rem' }}
              slotProps={{
                input: { endAdornment: <InputAdornment position="end">{ONMICROSOFT_SUFFIX}</InputAdornment> },
              }}
            />
            <Button
              variant="outlined"
              onClick={onCheckDomain}
              disabled={checkingDomain || !draft.domain.trim()}
              sx={{ mt: 1 }}
            >
              {checkingDomain ? t('pc.newCustomer.checking') : t('pc.newCustomer.checkDomain')}
            </Button>
          </Box>
          <CountryField
            value={draft.country}
            countries={countries}
            label={t('pc.customers.country')}
            error={!!errors.country}
            helperText={errors.country ? t(errors.country) : t('pc.newCustomer.countryHint')}
            onChange={onCountry}
          />
          {text('addressLine1', t('pc.newCustomer.addressLine1'))}
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' } }}>
            {text('city', t('pc.newCustomer.city'))}
            {text('postalCode', t('pc.newCustomer.postalCode'))}
          </Box>
          <Typography variant="h3" component="h3">
            {t('pc.account.primaryContact')}
          </Typography>
          <ContactFields values={draft.contact} onChange={onContact} errors={errors} />
        </Box>
      </Paper>

      <Paper component="section" aria-labelledby="agreement-title" sx={{ p: 3, mb: 3 }}>
        <Typography variant="h2" component="h2" id="agreement-title" sx={{ mb: 2 }}>
          {t('pc.newCustomer.agreementTitle')}
        </Typography>
        <FormControl error={!!errors.agreement} sx={{ mb: 2 }}>
          <FormLabel id="agreement-choice">{t('pc.newCustomer.agreementChoice')}</FormLabel>
          <RadioGroup
            aria-labelledby="agreement-choice"
            name="agreement"
            value={draft.agreement}
            onChange={(event) => set('agreement', event.target.value as NewCustomerDraft['agreement'])}
          >
            <FormControlLabel
              value="attest"
              control={<Radio />}
              label={t('pc.newCustomer.attest')}
              disabled={!!attestBlocked}
            />
            <FormControlLabel value="invite" control={<Radio />} label={t('pc.newCustomer.invite')} />
          </RadioGroup>
          {errors.agreement ? <FormHelperText>{t(errors.agreement)}</FormHelperText> : null}
        </FormControl>
        {attestBlocked ? <Alert severity="info">{attestBlocked}</Alert> : null}
        {draft.agreement === 'attest' ? (
          <Box sx={{ display: 'grid', gap: 2 }}>
            <AgreementDateField
              value={draft.dateAgreed}
              onChange={(value) => set('dateAgreed', value)}
              today={today}
              error={errors.dateAgreed}
            />
            <Typography variant="h3" component="h3">
              {t('pc.newCustomer.acceptedBy')}
            </Typography>
            {draft.signerIsContact ? (
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography>
                  {draft.contact.firstName || draft.contact.lastName
                    ? `${draft.contact.firstName} ${draft.contact.lastName}, ${draft.contact.email}`
                    : t('pc.newCustomer.sameAsContact')}
                </Typography>
                <Button
                  variant="outlined"
                  onClick={() => onChange({ ...draft, signerIsContact: false, signer: { ...draft.contact } })}
                >
                  {t('pc.attest.update')}
                </Button>
              </Box>
            ) : (
              <>
                <ContactFields
                  values={draft.signer}
                  onChange={(signer) => set('signer', signer)}
                  errors={errors}
                  prefix="signer."
                />
                <FormControlLabel
                  control={<Checkbox checked={false} onChange={() => set('signerIsContact', true)} />}
                  label={t('pc.newCustomer.useContact')}
                />
              </>
            )}
          </Box>
        ) : null}
        {draft.agreement === 'invite' ? (
          <Typography color="text.secondary">{t('pc.newCustomer.inviteHint')}</Typography>
        ) : null}
      </Paper>
      <Button type="submit" variant="contained">
        {t('pc.newCustomer.next')}
      </Button>
    </Box>
  );
}

interface CountryFieldProps {
  value: string;
  countries: { code: string; name: string }[];
  label: string;
  error: boolean;
  helperText: string;
  onChange: (code: string) => void;
}

const CountryField = memo(function CountryField({
  value,
  countries,
  label,
  error,
  helperText,
  onChange,
}: CountryFieldProps) {
  return (
    <TextField
      select
      name="country"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      helperText={helperText}
      required
    >
      {countries.map((country) => (
        <MenuItem key={country.code} value={country.code}>
          {country.name}
        </MenuItem>
      ))}
    </TextField>
  );
});
