import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { useTranslation, type MessageKey } from '../i18n/i18n';
import { NETWORK_ERROR_CODE } from '../api/client';
import { REACH_OUT_MESSAGE } from '../domain/acceptance';

export interface ApiErrorLike {
  status: number;
  code: number | string;
  description: string;
}

const MESSAGE_KEYS: Partial<Record<string, MessageKey>> = {
  AccountNotFound: 'errors.accountNotFound',
  PartnerAccount: 'errors.partnerAccount',
  InvalidPassword: 'errors.wrongPassword',
  InsufficientRole: 'errors.insufficientRole',
  AlreadyAccepted: 'errors.alreadyAccepted',
  '13605': 'errors.mcaNotConfirmed',
  '600061': 'errors.alreadyConfirmed',
  NotFound: 'errors.notFound',
  InvalidInput: 'errors.invalidInput',
  [NETWORK_ERROR_CODE]: 'errors.network',
};

/** The user's words for a failed call. The real product's own message is shown as it is. */
export function useApiErrorMessage(): (error: ApiErrorLike) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error.code === 'PartnerAttestationRequired') return REACH_OUT_MESSAGE;
    const key = MESSAGE_KEYS[String(error.code)];
    if (key) return t(key);
    if (error.status >= 500 || error.status === 0) return t('errors.unavailable');
    return t('errors.generic', { description: error.description });
  };
}

export function ApiErrorAlert({ error, action }: { error: ApiErrorLike; action?: ReactNode }) {
  const message = useApiErrorMessage();
  return (
    <Alert severity="error" role="alert" action={action} sx={{ mb: 2 }}>
      {message(error)}
    </Alert>
  );
}
