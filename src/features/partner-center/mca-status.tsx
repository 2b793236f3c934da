import Box from '@mui/material/Box';
import { useTranslation } from '../../i18n/i18n';
import { isMcaSettled, type McaStatus } from '../../domain/mca-standing';

/** A customer's MCA standing in words: accepted directly, confirmed by attestation, or not confirmed. */
export function McaStatusText({ status }: { status: McaStatus }) {
  const { t } = useTranslation();
  if (!isMcaSettled(status)) {
    return (
      <Box component="span" sx={{ color: 'warning.dark', fontWeight: 600 }}>
        {t('pc.mca.notConfirmed')}
      </Box>
    );
  }
  return (
    <Box component="span" sx={{ display: 'grid', color: 'success.dark', fontWeight: 600 }}>
      {status.acceptedDirectly ? <span>{t('pc.mca.acceptedDirectly')}</span> : null}
      {status.attested ? <span>{t('pc.mca.attested')}</span> : null}
    </Box>
  );
}
