import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';

/** On every page: this is a simulator, not the real admin center. */
export function SimulationBanner() {
  const { t } = useTranslation();
  return (
    <Box
      component="aside"
      aria-label={t('simulation.label')}
      sx={{
        bgcolor: '#FFF4CE',
        color: '#3B2E00',
        px: 2,
        py: 0.75,
        borderBottom: '1px solid #F2D674',
        textAlign: 'center',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('simulation.marker')}
      </Typography>
    </Box>
  );
}
