import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../i18n/i18n';

/** The way up from a detail page (Customers › Relecloud): each level a link, the page itself last. */
export function Breadcrumb({ trail, current }: { trail: { to: string; label: string }[]; current: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs aria-label={t('layout.breadcrumb')} sx={{ mb: 2, '& ol': { flexWrap: 'wrap' } }}>
      {trail.map((level) => (
        <Link key={level.to} component={RouterLink} to={level.to} underline="hover">
          {level.label}
        </Link>
      ))}
      <Typography color="text.primary" aria-current="page" sx={{ overflowWrap: 'break-word' }}>
        {current}
      </Typography>
    </Breadcrumbs>
  );
}
