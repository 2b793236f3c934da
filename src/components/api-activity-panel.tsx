import { useState, useSyncExternalStore } from 'react';
import ActivityIcon from '@mui/icons-material/ListAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../i18n/i18n';
import { activitySnapshot, clearActivity, subscribeToActivity, type ApiActivity } from '../api/activity';
import { TopBarIconButton } from './shell/top-bar-icon-button';

const statusColor = (status: number) =>
  status === 0 || status >= 500 ? 'error.main' : status >= 400 ? 'warning.dark' : 'success.dark';

function Body({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600, mt: 1 }}>
        {label}
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        sx={{
          m: 0,
          p: 1,
          bgcolor: 'grey.100',
          fontSize: '0.8rem',
          overflow: 'auto',
          maxHeight: 240,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
        }}
      >
        {text}
      </Box>
    </>
  );
}

function ActivityEntry({ entry }: { entry: ApiActivity }) {
  const { t } = useTranslation();
  return (
    <Box component="li" sx={{ borderBottom: '1px solid', borderColor: 'divider', py: 1 }}>
      <details>
        <Box component="summary" sx={{ cursor: 'pointer', '& > span': { mr: 1 } }}>
          <Box component="span" sx={{ fontWeight: 600, fontFamily: 'monospace' }}>
            {entry.method}
          </Box>
          <Box component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {entry.path}
          </Box>
          <Box component="span" sx={{ color: statusColor(entry.status), fontWeight: 600 }}>
            {entry.status === 0 ? t('activity.noAnswer') : entry.status}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('activity.duration', { ms: entry.durationMs })}
          </Box>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('activity.at', { time: entry.at.slice(11, 23) })}
        </Typography>
        <Body label={t('activity.request')} text={entry.requestBody} />
        <Body label={t('activity.response')} text={entry.responseBody} />
      </details>
    </Box>
  );
}

/** The top bar's "API activity" button and the panel it opens: every call this tab made. */
export function ApiActivityPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const entries = useSyncExternalStore(subscribeToActivity, activitySnapshot);
  return (
    <>
      <TopBarIconButton
        label={t('activity.title')}
        icon={<ActivityIcon />}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      />
      <Drawer
        anchor="right"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{
          paper: { 'aria-labelledby': 'api-activity-title', sx: { width: { xs: '100%', sm: 520 } } },
        }}
      >
        <Box sx={{ p: 2, display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography id="api-activity-title" variant="h2" component="h2" sx={{ flexGrow: 1 }}>
            {t('activity.title')}
          </Typography>
          <Button onClick={clearActivity} disabled={entries.length === 0}>
            {t('activity.clear')}
          </Button>
          <Button variant="contained" onClick={() => setOpen(false)}>
            {t('activity.close')}
          </Button>
        </Box>
        <Typography sx={{ px: 2 }} color="text.secondary">
          {t('activity.explanation')}
        </Typography>
        {entries.length === 0 ? (
          <Typography sx={{ p: 2 }}>{t('activity.empty')}</Typography>
        ) : (
          <Box component="ol" aria-label={t('activity.title')} sx={{ listStyle: 'none', m: 0, px: 2 }}>
            {entries.map((entry) => (
              <ActivityEntry key={entry.id} entry={entry} />
            ))}
          </Box>
        )}
      </Drawer>
    </>
  );
}
