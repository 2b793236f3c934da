import Box from '@mui/material/Box';
import { useTranslation } from '../../i18n/i18n';
import { mcaStage, type McaStatus } from '../../domain/mca-standing';

/**
 * A customer's MCA standing in words: accepted directly and/or confirmed by attestation; invited to accept in
 * the admin center and waiting; or not confirmed.
 */
export function McaStatusText({ status }: { status: McaStatus }) {
  const { t } = useTranslation();
  const stage = mcaStage(status);
  if (stage !== 'accepted') {
    return (
      <Box
        component="span"
        sx={{ color: stage === 'invited' ? 'info.dark' : 'warning.dark', fontWeight: 600 }}
      >
        {stage === 'invited' ? t('pc.mca.invited') : t('pc.mca.notConfirmed')}
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
