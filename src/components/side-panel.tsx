import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from '../i18n/i18n';

/**
 * The details of a list item, over the right side of the list as in the admin center: a modal dialog named
 * by its title, focus inside while open and back where it was on close (MUI's modal focus trap). On a
 * phone it takes the whole width.
 */
export function SidePanel({
  title,
  titleId,
  onClose,
  children,
}: {
  title: string;
  titleId: string;
  /** Escape, the backdrop and the Close button: the route decides where that leads. */
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: 560 }, maxWidth: '100%', p: 3 },
        },
      }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, mb: 3 }}>
        <Typography variant="h2" component="h2" id={titleId} sx={{ overflowWrap: 'break-word', minWidth: 0 }}>
          {title}
        </Typography>
        <IconButton aria-label={t('layout.close')} onClick={onClose} edge="end" sx={{ mt: -0.5 }}>
          <CloseIcon />
        </IconButton>
      </Box>
      {children}
    </Drawer>
  );
}
