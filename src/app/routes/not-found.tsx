import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../domain/paths';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} />
      <Typography sx={{ mb: 2 }}>{t('errors.pageNotFound')}</Typography>
      <Link component={RouterLink} to={paths.home.href()}>
        {t('errors.goHome')}
      </Link>
    </>
  );
}
