import { Suspense, lazy, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFetcher } from 'react-router';
import type { ActionResult } from '../api/action-result';
import { useTranslation } from '../i18n/i18n';
import { paths } from '../domain/paths';
import { ApiErrorAlert } from './api-error-alert';
import { DemoClock } from './demo-clock';
import { PageLoading } from './page-loading';
import { setDemoProblem, useDemoProblemStore } from '../stores/demo-notice';

// The trainer's console (scenario, accounts, customer view, export and import) is its own chunk, loaded
// when the panel first opens: sign-in, on the first visit, shows this dialog only when faults are on.
const DemoPanel = lazy(() => import('./demo-panel').then((module) => ({ default: module.DemoPanel })));

const PRESETS = [
  ['demo.presetSlow', 'latency:2000'],
  ['demo.presetUnreliable', 'error:0.3'],
  ['demo.presetBoth', 'latency:2000,error:0.3'],
  ['demo.presetOffline', 'offline'],
  ['demo.presetNone', ''],
] as const;

type FaultsAnswer = ActionResult<{ faults: string }>;

/** Simulated faults of this tab: a text like `latency:2000,error:0.3`, presets, Apply. */
function FaultsForm({ faults }: { faults: string }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<FaultsAnswer>();
  const [text, setText] = useState(faults);
  const answer = fetcher.data;
  const failed = answer?.ok === false ? answer : undefined;
  const fieldError = failed?.fieldErrors?.faults;
  return (
    <fetcher.Form method="post" action={paths.demoFaults.href()}>
      <Typography variant="h3" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('demo.faultsTitle')}
      </Typography>
      <DialogContentText sx={{ mb: 2 }}>{t('demo.faultsExplanation')}</DialogContentText>
      {failed?.error && !fieldError ? <ApiErrorAlert error={failed.error} /> : null}
      <TextField
        name="faults"
        label={t('demo.faults')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={!!fieldError}
        helperText={fieldError ? t.dynamic(fieldError) : t('demo.faultsHint')}
        fullWidth
        autoComplete="off"
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 1 }}>
        {PRESETS.map(([label, value]) => (
          <Button key={label} size="small" variant="outlined" onClick={() => setText(value)}>
            {t(label)}
          </Button>
        ))}
      </Box>
      <Button type="submit" variant="contained" disabled={fetcher.state !== 'idle'}>
        {t('demo.applyFaults')}
      </Button>
      <Box aria-live="polite" sx={{ mt: 1 }}>
        {answer?.ok && fetcher.state === 'idle' ? (
          <Typography variant="body2">
            {answer.faults ? t('demo.faultsApplied', { faults: answer.faults }) : t('demo.faultsCleared')}
          </Typography>
        ) : null}
      </Box>
    </fetcher.Form>
  );
}

/**
 * The Demo button: the trainer's console. The current scenario (switch, reset), its accounts, the customer
 * view, export and import, the simulated clock (Time), and the simulated faults of this tab. The top bar
 * gives its own button (`trigger`); on a page without one (sign-in, an error page) it is an outlined button.
 * The top bar's button is not imported here: sign-in shows this dialog, and must not load the shell's
 * controls.
 */
export function DemoDialog({
  scenarioTitle,
  area,
  faults,
  now,
  trigger,
}: {
  scenarioTitle: string;
  area: 'customer' | 'partner';
  faults: string;
  /** The simulated now (ISO), for Demo › Time. */
  now: string;
  trigger?: (open: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, setOpen] = useState(false);
  // Open (again) when a change it asked for was refused and brought the trainer back here.
  const refused = useDemoProblemStore((state) => state.problem !== null);
  const open = opened || refused;
  const close = () => {
    setOpen(false);
    setDemoProblem(null);
  };
  return (
    <>
      {trigger ? (
        trigger(() => setOpen(true))
      ) : (
        <Button variant="outlined" onClick={() => setOpen(true)}>
          {t('demo.button')}
        </Button>
      )}
      <Dialog open={open} onClose={close} aria-labelledby="demo-dialog-title">
        <DialogTitle id="demo-dialog-title">{t('demo.title')}</DialogTitle>
        <DialogContent>
          {open ? (
            <Suspense fallback={<PageLoading />}>
              <DemoPanel scenarioTitle={scenarioTitle} area={area} />
            </Suspense>
          ) : null}
          <DemoClock now={now} />
          <FaultsForm faults={faults} />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('demo.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
