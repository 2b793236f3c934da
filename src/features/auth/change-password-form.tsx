import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { useFieldErrors } from '../../components/use-field-errors';
import { checkChangePassword } from './sign-in';

export interface ChangePasswordFormProps {
  userPrincipalName: string;
  changeToken: string;
  returnTo: string;
  submitting: boolean;
  fieldErrors?: Record<string, string>;
  error?: ApiErrorLike;
}

/** First sign-in with a temporary password: the user must choose a new one. */
export function ChangePasswordForm({
  userPrincipalName,
  changeToken,
  returnTo,
  submitting,
  fieldErrors: refusal,
  error,
}: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [passwords, setPasswords] = useState({ newPassword: '', confirmPassword: '' });
  const fieldErrors = useFieldErrors(refusal, { changeToken, ...passwords }, checkChangePassword);
  return (
    <SingleSubmitForm method="post" noValidate>
      <input type="hidden" name="intent" value="changePassword" />
      <input type="hidden" name="changeToken" value={changeToken} />
      <input type="hidden" name="userPrincipalName" value={userPrincipalName} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        {t('changePassword.title')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('changePassword.explanation', { user: userPrincipalName })}
      </Alert>
      {error ? <ApiErrorAlert error={error} /> : null}
      <Box sx={{ display: 'grid', gap: 2 }}>
        <TextField
          label={t('changePassword.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={passwords.newPassword}
          onChange={(event) => setPasswords({ ...passwords, newPassword: event.target.value })}
          error={!!fieldErrors.newPassword}
          helperText={t.dynamic(fieldErrors.newPassword ?? 'changePassword.rules')}
          required
          fullWidth
        />
        <TextField
          label={t('changePassword.confirmPassword')}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          value={passwords.confirmPassword}
          onChange={(event) => setPasswords({ ...passwords, confirmPassword: event.target.value })}
          error={!!fieldErrors.confirmPassword}
          helperText={fieldErrors.confirmPassword ? t.dynamic(fieldErrors.confirmPassword) : undefined}
          required
          fullWidth
        />
        <Box>
          <Button type="submit" variant="contained" disabled={submitting}>
            {t('changePassword.submit')}
          </Button>
        </Box>
      </Box>
    </SingleSubmitForm>
  );
}
