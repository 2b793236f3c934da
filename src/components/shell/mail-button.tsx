import MailIcon from '@mui/icons-material/MailOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../domain/paths';
import { useTranslation } from '../../i18n/i18n';

/** Mail in the top bar: the signed-in persona's simulated mailbox, on the side they are on. */
export function MailButton({ area, address }: { area: 'customer' | 'partner'; address: string }) {
  const { t } = useTranslation();
  const to = area === 'partner' ? paths.partnerCenter.mailbox.href(address) : paths.mailbox.href(address);
  return (
    <Tooltip title={t('mail.button')} slotProps={{ popper: { disablePortal: true } }}>
      <IconButton
        component={RouterLink}
        to={to}
        aria-label={t('mail.button')}
        color="inherit"
        sx={{
          borderRadius: 0,
          width: 44,
          height: 48,
          '&:hover, &.Mui-focusVisible': { bgcolor: 'rgba(255,255,255,0.16)' },
          '&.Mui-focusVisible': { outline: '2px solid #FFFFFF', outlineOffset: -3 },
        }}
      >
        <MailIcon />
      </IconButton>
    </Tooltip>
  );
}
