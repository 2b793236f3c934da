import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';
import { REACH_OUT_MESSAGE } from '../domain/acceptance';

/**
 * The two "existing purchase" scenarios: the customer cannot accept here. The real product's message is
 * documented in English only: other languages say it in their words and keep that original under it.
 */
export function ReachOutNotice() {
  const { t, language } = useTranslation();
  return (
    <Alert severity="warning" sx={{ mb: 3 }}>
      <AlertTitle component="p" sx={{ fontWeight: 600 }}>
        {language === 'en-US' ? REACH_OUT_MESSAGE : t('reachOut.headline')}
      </AlertTitle>
      {language === 'en-US' ? null : (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('reachOut.original')} <q lang="en-US">{REACH_OUT_MESSAGE}</q>
        </Typography>
      )}
      <Typography variant="body2">{t('reachOut.explanation')}</Typography>
    </Alert>
  );
}
