import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { Form } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { TopBarIconButton } from './top-bar-icon-button';

/** "Adele Vance" → "AV"; one word gives one letter. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toLocaleUpperCase())
    .join('');
}

export interface UserMenuProps {
  name: string;
  userPrincipalName: string;
  signOutAction: string;
}

/** The avatar at the top right: who is signed in, and Sign out. */
export function UserMenu({ name, userPrincipalName, signOutAction }: UserMenuProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const panelId = useId();
  const nameId = useId();
  return (
    <>
      <TopBarIconButton
        label={t('shell.userMenu', { name })}
        aria-haspopup="dialog"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? panelId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        icon={
          <Box
            component="span"
            aria-hidden
            sx={{
              width: 32,
              height: 32,
              borderRadius: '50%',
              border: '1px solid rgba(255,255,255,0.7)',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: '0.8rem',
              fontWeight: 600,
            }}
          >
            {initialsOf(name)}
          </Box>
        }
      />
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            id: panelId,
            role: 'dialog',
            'aria-labelledby': nameId,
            sx: { p: 2, minWidth: 260, maxWidth: 360 },
          },
        }}
      >
        <Typography id={nameId} sx={{ fontWeight: 600 }}>
          {name}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere', mb: 2 }}>
          {userPrincipalName}
        </Typography>
        <Form method="post" action={signOutAction}>
          <Button type="submit" variant="outlined">
            {t('shell.signOut')}
          </Button>
        </Form>
      </Popover>
    </>
  );
}
