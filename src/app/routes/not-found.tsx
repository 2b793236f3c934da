import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../domain/paths';

export function Component() {
  const { t } = useTranslation();
  const partnerArea = useLocation().pathname.startsWith('/partner-center');
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} />
      <Typography sx={{ mb: 2 }}>{t('errors.pageNotFound')}</Typography>
      <Link
        component={RouterLink}
        to={partnerArea ? paths.partnerCenter.customers.href() : paths.home.href()}
      >
        {partnerArea ? t('pc.customers.back') : t('errors.goHome')}
      </Link>
    </>
  );
}
