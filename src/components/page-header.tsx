import { useEffect, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../i18n/i18n';
import { useShellInfo } from './shell/shell-context';

/** The browser tab names the page too, and always says it is the simulator (which side, inside a shell). */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const product = useShellInfo()?.productName ?? t('shell.productName');
  useEffect(() => {
    document.title = `${title} — ${product}`;
  }, [title, product]);
}

export interface PageHeaderProps {
  title: string;
  /** One line under the title: what the page is for. */
  description?: ReactNode;
  /** A link back up, above the title (Back to Customers, Back to a customer). */
  back?: { to: string; label: string };
}

/**
 * The top of a page, as in the admin center: the organization's name (inside a shell, unless the title is that
 * name already), the title, and a line saying what the page is for.
 */
export function PageHeader({ title, description, back }: PageHeaderProps) {
  useDocumentTitle(title);
  const organization = useShellInfo()?.organizationName;
  return (
    <Box sx={{ mb: 3 }}>
      {organization && organization !== title ? (
        <Typography sx={{ mb: 1.5, fontWeight: 600, fontSize: '0.875rem' }}>{organization}</Typography>
      ) : null}
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
