import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';
import { REACH_OUT_MESSAGE } from '../domain/acceptance';

/**
 * The two "existing purchase" scenarios: the customer cannot accept here. The real product's message is
 * reproduced exactly, then explained.
 */
export function ReachOutNotice() {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" sx={{ mb: 3 }}>
      <ReachOutHeadline />
      <Typography variant="body2">{t('reachOut.explanation')}</Typography>
    </Alert>
  );
}

/**
 * The documented sentence. It is documented in English only: another language says it in its own words
 * and keeps the English original under it, marked as English for screen readers.
 */
function ReachOutHeadline() {
  const { t, language } = useTranslation();
  if (language === 'en-US')
    return (
      <AlertTitle component="p" sx={{ fontWeight: 600 }}>
        {REACH_OUT_MESSAGE}
      </AlertTitle>
    );
  return (
    <>
      <AlertTitle component="p" sx={{ fontWeight: 600 }}>
        {t('reachOut.headline')}
      </AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('reachOut.original')} <q lang="en-US">{REACH_OUT_MESSAGE}</q>
      </Typography>
    </>
  );
}
