import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { useFieldErrors } from '../../components/use-field-errors';
import { checkSignIn } from './sign-in';

export interface SignInFormProps {
  userPrincipalName: string;
  password: string;
  onChange: (values: { userPrincipalName: string; password: string }) => void;
  returnTo: string;
  submitting: boolean;
  fieldErrors?: Record<string, string>;
  error?: ApiErrorLike;
  /** Shown under the user name: an example account of this side. */
  userNameHint?: string;
}

export function SignInForm({
  userPrincipalName,
  password,
  onChange,
  returnTo,
  submitting,
  fieldErrors: refusal,
  error,
  userNameHint,
}: SignInFormProps) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors(refusal, { userPrincipalName, password }, checkSignIn);
  return (
    <SingleSubmitForm method="post" noValidate>
      <input type="hidden" name="intent" value="signIn" />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('signIn.demoOnly')}
      </Alert>
      {error ? <ApiErrorAlert error={error} /> : null}
      <Box sx={{ display: 'grid', gap: 2 }}>
        <TextField
          label={t('signIn.userName')}
          name="userPrincipalName"
          type="email"
          autoComplete="username"
          value={userPrincipalName}
          onChange={(event) => onChange({ userPrincipalName: event.target.value, password })}
          error={!!fieldErrors.userPrincipalName}
          helperText={
            fieldErrors.userPrincipalName
              ? t.dynamic(fieldErrors.userPrincipalName)
              : (userNameHint ?? t('signIn.userNameHint'))
          }
          required
          fullWidth
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => onChange({ userPrincipalName, password: event.target.value })}
          error={!!fieldErrors.password}
          helperText={fieldErrors.password ? t.dynamic(fieldErrors.password) : undefined}
          required
          fullWidth
        />
        <Box>
          <Button type="submit" variant="contained" disabled={submitting}>
            {submitting ? t('signIn.signingIn') : t('signIn.submit')}
          </Button>
        </Box>
      </Box>
    </SingleSubmitForm>
  );
}
