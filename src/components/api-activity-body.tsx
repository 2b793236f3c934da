import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { activitySnapshot, subscribeToActivity, type ApiActivity } from '../api/activity';
import { getWebhookEvents } from '../api/sim-events';
import { apiReferenceFor } from '../domain/api-reference';
import { API_SERVER_ORIGIN, curlCommand } from '../domain/curl';
import type { WebhookEvent } from '../domain/webhook-events';
import { useTranslation } from '../i18n/i18n';
import { useDockStore } from '../stores/dock-store';

// The API activity panel's body, loaded when the panel first opens (api-activity-panel.tsx).

const statusColor = (status: number) =>
  status === 0 || status >= 500 ? 'error.main' : status >= 400 ? 'warning.dark' : 'success.dark';

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD';
const isSimulatorCall = (path: string) => path.startsWith('/api/sim/');

/** Date and time to the second, in UTC: the simulated clock is kept in UTC. */
function useTimeFormat() {
  const { language } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'UTC',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}

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

function Reference({ entry }: { entry: ApiActivity }) {
  const { t } = useTranslation();
  const reference = apiReferenceFor(entry.method, entry.path);
  switch (reference.kind) {
    case 'partnerCenter':
    case 'graph':
      return (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t(reference.kind === 'graph' ? 'activity.referenceGraph' : 'activity.referencePartnerCenter')}{' '}
          <Link href={reference.url} target="_blank" rel="noopener noreferrer">
            {reference.title}
          </Link>
        </Typography>
      );
    case 'adminCenter':
      return (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('activity.referenceAdminCenter')}{' '}
          <Box component="code" sx={{ wordBreak: 'break-all' }}>
            {reference.operation}
          </Box>
        </Typography>
      );
    default:
      return (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('activity.referenceSimulator')}
        </Typography>
      );
  }
}

function ActivityEntry({ entry, onCopied }: { entry: ApiActivity; onCopied: (message: string) => void }) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const copy = () => {
    const command = curlCommand({
      method: entry.method,
      path: entry.path,
      body: entry.sentBody,
      headers: entry.requestHeaders,
    });
    // No clipboard outside a secure context: say so rather than fail silently.
    const written = navigator.clipboard?.writeText(command) ?? Promise.reject(new Error('no clipboard'));
    written.then(
      () => onCopied(t('activity.copied', { call: `${entry.method} ${entry.path}` })),
      () => onCopied(t('activity.copyFailed')),
    );
  };
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
          {t(entry.simulatedClock ? 'activity.at' : 'activity.atMachine', { time: time(entry.at) })}
        </Typography>
        <Reference entry={entry} />
        <Button size="small" variant="outlined" onClick={copy} sx={{ mt: 1 }}>
          {t('activity.copyCurl')}
        </Button>
        <Body label={t('activity.request')} text={entry.requestBody} />
        <Body label={t('activity.response')} text={entry.responseBody} />
      </details>
    </Box>
  );
}

function Calls() {
  const { t } = useTranslation();
  const entries = useSyncExternalStore(subscribeToActivity, activitySnapshot);
  const filters = useDockStore((state) => state.activityFilters);
  const setFilters = useDockStore((state) => state.setActivityFilters);
  const [copied, setCopied] = useState('');
  const shown = entries.filter(
    (entry) =>
      (!filters.writesOnly || isWrite(entry.method)) &&
      !(filters.hideSimulator && isSimulatorCall(entry.path)),
  );
  return (
    <>
      <Typography color="text.secondary" variant="body2">
        {t('activity.explanation')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
        <FormControlLabel
          control={
            <Checkbox
              size="small"
              checked={filters.writesOnly}
              onChange={(event) => setFilters({ writesOnly: event.target.checked })}
            />
          }
          label={t('activity.writesOnly')}
        />
        <FormControlLabel
          control={
            <Checkbox
              size="small"
              checked={filters.hideSimulator}
              onChange={(event) => setFilters({ hideSimulator: event.target.checked })}
            />
          }
          label={t('activity.hideSimulator')}
        />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('activity.curlOrigin', { origin: API_SERVER_ORIGIN })}
      </Typography>
      <Typography role="status" variant="body2" sx={{ minHeight: '1.5em', fontWeight: 600 }}>
        {copied}
      </Typography>
      {shown.length === 0 ? (
        <Typography sx={{ py: 1 }}>
          {entries.length === 0 ? t('activity.empty') : t('activity.emptyFiltered')}
        </Typography>
      ) : (
        <Box component="ol" aria-label={t('activity.title')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {shown.map((entry) => (
            <ActivityEntry key={entry.id} entry={entry} onCopied={setCopied} />
          ))}
        </Box>
      )}
    </>
  );
}

const FOLLOW_EVERY_MS = 4000;

/** The webhook events raised so far; read again after every call of this tab, and every few seconds. */
function useWebhookEvents(): WebhookEvent[] | 'failed' | null {
  const [events, setEvents] = useState<WebhookEvent[] | 'failed' | null>(null);
  const entries = useSyncExternalStore(subscribeToActivity, activitySnapshot);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), FOLLOW_EVERY_MS);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    getWebhookEvents(controller.signal).then(
      (page) => setEvents(page.items),
      () => {
        if (!controller.signal.aborted) setEvents('failed');
      },
    );
    return () => controller.abort();
  }, [entries, tick]);
  return events;
}

function Events() {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const events = useWebhookEvents();
  return (
    <>
      <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
        {t('activity.eventsExplanation')}
      </Typography>
      {events === null ? (
        <Typography>{t('common.loading')}</Typography>
      ) : events === 'failed' ? (
        <Typography role="alert">{t('activity.eventsFailed')}</Typography>
      ) : events.length === 0 ? (
        <Typography>{t('activity.eventsEmpty')}</Typography>
      ) : (
        <Box component="ol" aria-label={t('activity.events')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {events.map((event) => (
            <Box
              component="li"
              key={event.id}
              sx={{ borderBottom: '1px solid', borderColor: 'divider', py: 1 }}
            >
              <details>
                <Box component="summary" sx={{ cursor: 'pointer' }}>
                  <Box component="span" sx={{ fontWeight: 600, fontFamily: 'monospace', mr: 1 }}>
                    {event.payload.EventName}
                  </Box>
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {t('activity.at', { time: time(event.payload.ResourceChangeUtcDate) })}
                  </Box>
                </Box>
                <Body label={t('activity.payload')} text={JSON.stringify(event.payload, null, 2)} />
              </details>
            </Box>
          ))}
        </Box>
      )}
    </>
  );
}

export function ApiActivityBody() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'calls' | 'events'>('calls');
  return (
    <>
      <Tabs
        value={tab}
        onChange={(_event, value: 'calls' | 'events') => setTab(value)}
        aria-label={t('activity.title')}
        sx={{ mb: 1, borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab
          value="calls"
          label={t('activity.calls')}
          id="api-activity-tab-calls"
          aria-controls="api-activity-tabpanel"
        />
        <Tab
          value="events"
          label={t('activity.events')}
          id="api-activity-tab-events"
          aria-controls="api-activity-tabpanel"
        />
      </Tabs>
      <Box role="tabpanel" id="api-activity-tabpanel" aria-labelledby={`api-activity-tab-${tab}`}>
        {tab === 'calls' ? <Calls /> : <Events />}
      </Box>
    </>
  );
}
