import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';

/**
 * New order as an indirect reseller sees it: there, but unavailable, and why (its indirect provider orders
 * for its customers). The reason is the button's description, so a screen reader hears it with the button.
 */
export function OrderUnavailable({ provider }: { provider: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <Button variant="contained" disabled aria-describedby="order-unavailable-reason">
        {t('pc.order.add')}
      </Button>
      <Typography
        id="order-unavailable-reason"
        variant="body2"
        color="text.secondary"
        sx={{ flex: '1 1 16rem' }}
      >
        {t('pc.order.resellerCannot', { provider: provider ?? t('pc.attest.yourProvider') })}
      </Typography>
    </Box>
  );
}
