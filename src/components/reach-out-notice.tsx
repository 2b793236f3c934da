import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';
import { REACH_OUT_MESSAGE } from '../domain/acceptance';

/**
 * The two "existing purchase" scenarios: the customer cannot accept here. The real product's message is
 * reproduced exactly (in English, the text the real product is documented to show), then explained.
 */
export function ReachOutNotice() {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" sx={{ mb: 3 }}>
      <AlertTitle component="p" lang="en-US" sx={{ fontWeight: 600 }}>
        {REACH_OUT_MESSAGE}
      </AlertTitle>
      <Typography variant="body2">{t('reachOut.explanation')}</Typography>
    </Alert>
  );
}
