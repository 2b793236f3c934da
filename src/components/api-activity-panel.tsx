import { lazy, Suspense, useId, useSyncExternalStore } from 'react';
import ActivityIcon from '@mui/icons-material/ListAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';
import { activitySnapshot, clearActivity, subscribeToActivity } from '../api/activity';
import { useDockStore } from '../stores/dock-store';
import { TopBarIconButton } from './shell/top-bar-icon-button';

// The body (calls, filters, Copy as curl, reference pages, webhook events) loads when the panel first opens.
const ApiActivityBody = lazy(() =>
  import('./api-activity-body').then((module) => ({ default: module.ApiActivityBody })),
);

const BUTTON_ID = 'api-activity-button';

/** The top bar's "API activity" button: opens and closes the panel in the dock beside the page. */
export function ApiActivityPanel() {
  const { t } = useTranslation();
  const open = useDockStore((state) => state.open.includes('activity'));
  const toggle = useDockStore((state) => state.toggle);
  return (
    <TopBarIconButton
      label={t('activity.title')}
      icon={<ActivityIcon />}
      aria-expanded={open ? 'true' : 'false'}
      id={BUTTON_ID}
      aria-controls={open ? 'api-activity-panel' : undefined}
      onClick={() => toggle('activity')}
    />
  );
}

/** The API activity panel in the dock: every call this tab made, and the webhook events they raised. */
export function ApiActivityDockPanel() {
  const { t } = useTranslation();
  const close = useDockStore((state) => state.close);
  const titleId = useId();
  const entries = useSyncExternalStore(subscribeToActivity, activitySnapshot);
  const onClose = () => {
    close('activity');
    // The panel and its Close button are gone: focus goes back to the button that opens it.
    document.getElementById(BUTTON_ID)?.focus();
  };
  return (
    <Box component="section" id="api-activity-panel" aria-labelledby={titleId} sx={{ px: 2, pb: 2 }}>
      <Box sx={{ pt: 1.5, pb: 1, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id={titleId} variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          {t('activity.title')}
        </Typography>
        <Button onClick={clearActivity} disabled={entries.length === 0}>
          {t('activity.clear')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {t('activity.close')}
        </Button>
      </Box>
      <Suspense fallback={<Typography color="text.secondary">{t('common.loading')}</Typography>}>
        <ApiActivityBody />
      </Suspense>
    </Box>
  );
}
