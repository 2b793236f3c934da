import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import {
  isRouteErrorResponse,
  Link as RouterLink,
  useLocation,
  useRevalidator,
  useRouteError,
} from 'react-router';
import { useTranslation } from '../i18n/i18n';
import { ApiError } from '../api/client';
import { paths } from '../domain/paths';
import { useApiErrorMessage } from './api-error-alert';
import { PageHeader } from './page-header';

/** A page that could not load: what went wrong, a retry, and the way home. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const revalidator = useRevalidator();
  const message = useApiErrorMessage();
  const partnerArea = useLocation().pathname.startsWith('/partner-center');
  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && error.status === 404);
  let text = t('errors.unexpected');
  if (error instanceof ApiError) text = message(error);
  else if (notFound) text = t('errors.pageNotFound');
  else console.error(error);

  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <PageHeader title={notFound ? t('errors.notFoundTitle') : t('errors.title')} />
      <Alert severity="error" sx={{ mb: 2 }}>
        {text}
      </Alert>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        {notFound ? null : (
          <Button
            variant="contained"
            onClick={() => void revalidator.revalidate()}
            disabled={revalidator.state !== 'idle'}
          >
            {t('common.retry')}
          </Button>
        )}
        <Link
          component={RouterLink}
          to={partnerArea ? paths.partnerCenter.customers.href() : paths.home.href()}
        >
          {partnerArea ? t('pc.customers.back') : t('errors.goHome')}
        </Link>
      </Box>
    </Box>
  );
}
