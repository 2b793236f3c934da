import { useLayoutEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';

/** The height of the marker, for the panels that open from the side to start under it (theme.ts). */
export const BANNER_HEIGHT_VARIABLE = '--simulation-banner-height';

/**
 * On every page: this is a simulator, not the real admin center. It stays at the top while the page
 * scrolls and above dialogs and side panels, so that no screen (or screenshot of one) is without it.
 */
export function SimulationBanner() {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const banner = ref.current;
    // jsdom has no ResizeObserver, and lays nothing out: there is no height to give.
    if (!banner || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty(BANNER_HEIGHT_VARIABLE, `${banner.getBoundingClientRect().height}px`),
    );
    observer.observe(banner);
    return () => {
      observer.disconnect();
      root.style.removeProperty(BANNER_HEIGHT_VARIABLE);
    };
  }, []);
  return (
    <Box
      ref={ref}
      component="aside"
      aria-label={t('simulation.label')}
      sx={{
        position: 'sticky',
        top: 0,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
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
