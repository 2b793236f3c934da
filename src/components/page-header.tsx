import { useEffect, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../i18n/i18n';

/** The browser tab names the page too, and always says it is the simulator. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('shell.productName');
  useEffect(() => {
    document.title = `${title} — ${product}`;
  }, [title, product]);
}

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** A link back up, above the title (Back to Customers, Back to a customer). */
  back?: { to: string; label: string };
}

export function PageHeader({ title, description, back }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <Box sx={{ mb: 3 }}>
      {back ? (
        <Link component={RouterLink} to={back.to} sx={{ display: 'inline-block', mb: 2 }}>
          {back.label}
        </Link>
      ) : null}
      <Typography variant="h1" component="h1" sx={{ mb: description ? 1 : 0 }}>
        {title}
      </Typography>
      {description ? (
        <Typography color="text.secondary" component="div">
          {description}
        </Typography>
      ) : null}
    </Box>
  );
}
