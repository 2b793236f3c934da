import { useEffect, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';

/** The browser tab names the page too, and always says it is the simulator. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('shell.productName');
  useEffect(() => {
    document.title = `${title} — ${product}`;
  }, [title, product]);
}

export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Box sx={{ mb: 3 }}>
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
