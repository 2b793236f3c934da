import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { LanguagePicker } from './language-picker';
import { useDocumentTitle } from './page-header';
import { useDock } from './shell/dock-context';

export interface SignInLayoutProps {
  title: string;
  /** The link to the other side's sign-in (admin center ↔ Partner Center). */
  otherSide: { to: string; label: string };
  /** The sign-in form, on the left. */
  form: ReactNode;
  /** The demo scenarios panel, on the right. */
  demo: ReactNode;
  /**
   * The customer view: the page as a customer arriving from a partner's link sees it. One column, the
   * demo accounts under the form, and no way to the partner's side.
   */
  customerView?: boolean;
}

/** The frame both sign-in pages share: the title, the way to the other side, the language, two panels. */
export function SignInLayout({ title, otherSide, form, demo, customerView = false }: SignInLayoutProps) {
  useDocumentTitle(title);
  const dock = useDock();
  return (
    <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' } }}>
      <Container maxWidth={customerView ? 'sm' : 'lg'} component="main" sx={{ py: 4, minWidth: 0 }}>
        <Box
          sx={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            mb: 3,
            gap: 2,
            flexWrap: 'wrap',
          }}
        >
          <Typography variant="h1" component="h1">
            {title}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            {customerView ? null : (
              <Link component={RouterLink} to={otherSide.to}>
                {otherSide.label}
              </Link>
            )}
            <LanguagePicker />
          </Box>
        </Box>
        {customerView ? (
          <Paper sx={{ p: 3 }}>
            {form}
            <Box sx={{ mt: 3 }}>{demo}</Box>
          </Paper>
        ) : (
          <Box
            sx={{
              display: 'grid',
              gap: 3,
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 5fr) minmax(0, 7fr)' },
              alignItems: 'start',
            }}
          >
            <Paper sx={{ p: 3 }}>{form}</Paper>
            <Paper sx={{ p: 3 }}>{demo}</Paper>
          </Box>
        )}
      </Container>
      {dock}
    </Box>
  );
}
