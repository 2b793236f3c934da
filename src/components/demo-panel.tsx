import { useEffect, useRef, useState } from 'react';
import CopyIcon from '@mui/icons-material/ContentCopy';
import OpenIcon from '@mui/icons-material/OpenInNew';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLocation, useNavigation, useSubmit } from 'react-router';
import { exportDemo, getScenarios, getSimulatorState, type ImportProblem } from '../api/simulator';
import type { ScenarioSummary } from '../api/types';
import { paths } from '../domain/paths';
import { useTranslation, type MessageKey } from '../i18n/i18n';
import { setDemoProblem, useDemoProblemStore } from '../stores/demo-notice';
import { useViewStore, withView } from '../stores/view-store';
import { AddressText } from './address-text';
import { ApiErrorAlert, type ApiErrorLike } from './api-error-alert';

// The trainer's part of the Demo panel, loaded when the panel first opens (the top bar and sign-in only
// need its button): the scenario (switch, reset), its accounts, the customer view, export and import.

export interface DemoPanelProps {
  scenarioTitle: string;
  area: 'customer' | 'partner';
}

/** How many accounts of each kind the panel lists; the sign-in page lists them all. */
const SHOWN_ACCOUNTS = 8;

/** A sign-in page of this simulator, in a new tab, with the user name filled in (`login_hint`). */
function signInLink(route: string, loginHint: string): string {
  const url = new URL(import.meta.env.BASE_URL, window.location.origin);
  url.hash = `${route}?${new URLSearchParams({ login_hint: loginHint })}`;
  return url.toString();
}

interface Change {
  intent: 'reset' | 'switch' | 'import';
  title: string;
  confirm: string;
  fields: Record<string, string>;
}

/** Asks before the demo is replaced (reset, another scenario, a file), saying what will be lost. */
function ConfirmChange({
  change,
  busy,
  onCancel,
  onConfirm,
}: {
  change: Change | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (change: Change) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={change !== null} onClose={onCancel} aria-labelledby="demo-confirm-title">
      <DialogTitle id="demo-confirm-title">{change?.title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('demo.confirmLoses')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('demo.cancel')}</Button>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => {
            if (change) onConfirm(change);
          }}
        >
          {busy ? t('demo.working') : change?.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function importProblemText(
  t: ReturnType<typeof useTranslation>['t'],
  problem: ImportProblem,
  file: string,
): string {
  const keys: Record<string, MessageKey> = {
    notJson: 'demo.importProblem.notJson',
    wrongFormat: 'demo.importProblem.wrongFormat',
    oldVersion: 'demo.importProblem.oldVersion',
    newVersion: 'demo.importProblem.newVersion',
    badClock: 'demo.importProblem.badClock',
    unknownScenario: 'demo.importProblem.unknownScenario',
  };
  if (problem.problem === 'corruptTable') {
    return problem.row
      ? t('demo.importProblem.corruptRow', {
          file,
          table: problem.table ?? '',
          row: problem.row,
          field: problem.field || '—',
        })
      : t('demo.importProblem.corruptTable', { file, table: problem.table ?? '' });
  }
  const key = keys[problem.problem] ?? 'demo.importProblem.unreadable';
  return t.dynamic(key, {
    file,
    version: problem.version ?? 0,
    current: problem.current ?? 0,
    scenario: problem.scenarioId ?? '',
  });
}

interface PanelAccount {
  userPrincipalName: string;
  password: string;
  detail: string;
  open: { href: string; label: string; text: string };
}

function AccountList({
  title,
  accounts,
  onCopy,
}: {
  title: string;
  accounts: PanelAccount[];
  onCopy: (text: string, message: string) => void;
}) {
  const { t } = useTranslation();
  if (!accounts.length) return null;
  const shown = accounts.slice(0, SHOWN_ACCOUNTS);
  return (
    <>
      <Typography variant="h4" component="h4" sx={{ mt: 2, mb: 1, fontSize: '0.875rem', fontWeight: 600 }}>
        {title}
      </Typography>
      <Box
        component="ul"
        aria-label={title}
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}
      >
        {shown.map((account) => (
          <Box
            component="li"
            key={account.userPrincipalName}
            sx={{ borderLeft: 2, borderColor: 'divider', pl: 1.5 }}
          >
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
              <Typography component="span" sx={{ fontWeight: 600, minWidth: 0 }}>
                <AddressText>{account.userPrincipalName}</AddressText>
              </Typography>
              <IconButton
                size="small"
                aria-label={t('demo.copyUserName', { user: account.userPrincipalName })}
                onClick={() =>
                  onCopy(
                    account.userPrincipalName,
                    t('demo.copiedUserName', { user: account.userPrincipalName }),
                  )
                }
              >
                <CopyIcon fontSize="inherit" />
              </IconButton>
            </Box>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <code>{account.password}</code>
              <IconButton
                size="small"
                aria-label={t('demo.copyPassword', { user: account.userPrincipalName })}
                onClick={() =>
                  onCopy(account.password, t('demo.copiedPassword', { user: account.userPrincipalName }))
                }
              >
                <CopyIcon fontSize="inherit" />
              </IconButton>
            </Box>
            <Typography variant="body2" color="text.secondary">
              {account.detail}
            </Typography>
            <Button
              size="small"
              href={account.open.href}
              target="_blank"
              rel="noopener"
              endIcon={<OpenIcon fontSize="inherit" />}
              aria-label={account.open.label}
              sx={{ px: 0.5, ml: -0.5 }}
            >
              {account.open.text}
            </Button>
          </Box>
        ))}
      </Box>
      {accounts.length > shown.length ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('demo.moreAccounts', { count: accounts.length - shown.length })}
        </Typography>
      ) : null}
    </>
  );
}

interface Catalog {
  scenarios: ScenarioSummary[];
  /** The scenario loaded now. */
  scenarioId: string;
}

function useScenarioCatalog(): { catalog: Catalog | null; error: ApiErrorLike | null } {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<ApiErrorLike | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    Promise.all([getScenarios(controller.signal), getSimulatorState(controller.signal)]).then(
      ([answer, state]) => setCatalog({ scenarios: answer.items, scenarioId: state.scenarioId }),
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure as ApiErrorLike);
      },
    );
    return () => controller.abort();
  }, []);
  return { catalog, error };
}

/** A chosen file's text (FileReader: every browser has it, and so does jsdom, which has no Blob.text). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** Saves the file the browser was given, under a name that says which demo it is and when. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DemoPanel({ scenarioTitle, area }: DemoPanelProps) {
  const { t, language } = useTranslation();
  const { catalog, error: catalogError } = useScenarioCatalog();
  const scenarios = catalog?.scenarios ?? null;
  const scenarioId = catalog?.scenarioId ?? '';
  const view = useViewStore((state) => state.view);
  const setView = useViewStore((state) => state.setView);
  const submitForm = useSubmit();
  const navigation = useNavigation();
  const location = useLocation();
  // What a refused change said (it came back to this page); forgotten when the panel closes.
  const answer = useDemoProblemStore((state) => state.problem);
  const [chosen, setSelected] = useState<string | null>(null);
  const selected = chosen ?? scenarioId;
  const [change, setChange] = useState<Change | null>(null);
  const [copied, setCopied] = useState('');
  const [saved, setSaved] = useState('');
  const [exportError, setExportError] = useState<ApiErrorLike | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = navigation.state !== 'idle' && navigation.formAction === paths.resetDemo.href();
  const current = scenarios?.find((scenario) => scenario.id === scenarioId);
  const titleOf = (id: string) => scenarios?.find((scenario) => scenario.id === id)?.title[language] ?? id;

  // The question closes once answered: a refused change is said beside the control that asked for it.
  const submit = (next: Change) => {
    setChange(null);
    setDemoProblem(null);
    const form = new FormData();
    form.set('intent', next.intent);
    form.set('area', area);
    form.set('from', `${location.pathname}${location.search}`);
    for (const [name, value] of Object.entries(next.fields)) form.set(name, value);
    // A navigation, not a fetcher: while it runs, nothing on this page loads again (the change ends every
    // session, and a reload of this page would send the trainer to sign in with a way back to it).
    void submitForm(form, {
      method: 'post',
      action: paths.resetDemo.href(),
      encType: 'multipart/form-data',
    });
  };

  const copy = (text: string, message: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(message),
      () => setCopied(t('demo.copyFailed')),
    );
  };

  const exportFile = async () => {
    setSaved('');
    setExportError(null);
    try {
      const file = await exportDemo();
      const name = `demo-${file.state.scenarioId}-${file.exportedAt.slice(0, 16).replace(/[:T]/g, '-')}.json`;
      download(JSON.stringify(file), name);
      setSaved(t('demo.exported', { file: name }));
    } catch (failure) {
      setExportError(failure as ApiErrorLike);
    }
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await readText(file);
    } catch {
      // Sent as it is, the backend names what it is not: not JSON.
      text = '';
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
    setChange({
      intent: 'import',
      title: t('demo.confirmImportTitle', { file: file.name }),
      confirm: t('demo.import'),
      fields: { file: text, fileName: file.name },
    });
  };

  const customerAccounts: PanelAccount[] = (current?.accounts ?? []).map((account) => ({
    userPrincipalName: account.userPrincipalName,
    password: account.temporaryPassword
      ? `${account.password} (${t('scenarios.temporary')})`
      : account.password,
    detail: account.roles.length
      ? account.roles.map((role) => t(`roles.${role}`)).join(', ')
      : t('roles.none'),
    open: {
      href: withView(signInLink(paths.signIn.path, account.userPrincipalName), 'customer'),
      label: t('demo.openAsCustomerLabel', { user: account.userPrincipalName }),
      text: t('demo.openAsCustomer'),
    },
  }));
  const partnerAccounts: PanelAccount[] = (current?.partnerAccounts ?? []).map((account) => ({
    userPrincipalName: account.userPrincipalName,
    password: account.password,
    detail: `${account.partnerName} (${t(`partnerKinds.${account.partnerKind}`)}) · ${
      account.roles.length
        ? account.roles.map((role) => t(`agentRoles.${role}`)).join(', ')
        : t('agentRoles.none')
    }`,
    open: {
      href: withView(signInLink(paths.partnerCenter.signIn.path, account.userPrincipalName), view),
      label: t('demo.openPartnerCenterLabel', { user: account.userPrincipalName }),
      text: t('demo.openPartnerCenter'),
    },
  }));

  return (
    <>
      <Box component="section" aria-labelledby="demo-scenario-title">
        <Typography variant="h3" component="h3" id="demo-scenario-title" sx={{ mb: 1 }}>
          {t('demo.scenarioTitle')}
        </Typography>
        <DialogContentText sx={{ mb: 1 }}>{t('demo.current', { scenario: scenarioTitle })}</DialogContentText>
        <DialogContentText sx={{ mb: 2 }}>{t('demo.resetExplanation')}</DialogContentText>
        {answer?.error ? <ApiErrorAlert error={answer.error} /> : null}
        {catalogError ? <ApiErrorAlert error={catalogError} /> : null}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            select
            size="small"
            label={t('demo.switchTo')}
            value={selected}
            onChange={(event) => setSelected(event.target.value)}
            disabled={!scenarios}
            sx={{ minWidth: 220, flex: '1 1 220px' }}
          >
            {(scenarios ?? []).map((scenario) => (
              <MenuItem key={scenario.id} value={scenario.id}>
                {scenario.title[language]}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={!scenarios || selected === scenarioId || busy}
            onClick={() =>
              setChange({
                intent: 'switch',
                title: t('demo.confirmSwitchTitle', { scenario: titleOf(selected) }),
                confirm: t('demo.switch'),
                fields: { scenarioId: selected },
              })
            }
          >
            {t('demo.switch')}
          </Button>
          <Button
            variant="contained"
            disabled={busy}
            onClick={() =>
              setChange({
                intent: 'reset',
                title: t('demo.confirmResetTitle'),
                confirm: t('demo.reset'),
                fields: {},
              })
            }
          >
            {t('demo.reset')}
          </Button>
        </Box>
      </Box>

      <Box component="section" aria-labelledby="demo-accounts-title">
        <Typography variant="h3" component="h3" id="demo-accounts-title" sx={{ mt: 3, mb: 1 }}>
          {t('demo.accountsTitle')}
        </Typography>
        {scenarios ? null : <DialogContentText>{t('demo.loadingAccounts')}</DialogContentText>}
        <AccountList title={t('demo.customerAccounts')} accounts={customerAccounts} onCopy={copy} />
        <AccountList title={t('demo.partnerAccounts')} accounts={partnerAccounts} onCopy={copy} />
        <Box role="status" aria-live="polite" sx={{ mt: 1, minHeight: '1.5em' }}>
          <Typography variant="body2">{copied}</Typography>
        </Box>
      </Box>

      <Box component="section" aria-labelledby="demo-view-title">
        <Typography variant="h3" component="h3" id="demo-view-title" sx={{ mt: 2, mb: 1 }}>
          {t('demo.viewTitle')}
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={view === 'customer'}
              onChange={(event) => setView(event.target.checked ? 'customer' : 'trainer')}
              slotProps={{ input: { 'aria-describedby': 'demo-view-explanation' } }}
            />
          }
          label={t('demo.customerView')}
        />
        <DialogContentText id="demo-view-explanation" variant="body2">
          {t('demo.customerViewExplanation')}
        </DialogContentText>
      </Box>

      <Box component="section" aria-labelledby="demo-share-title">
        <Typography variant="h3" component="h3" id="demo-share-title" sx={{ mt: 3, mb: 1 }}>
          {t('demo.shareTitle')}
        </Typography>
        <DialogContentText sx={{ mb: 2 }}>{t('demo.shareExplanation')}</DialogContentText>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button variant="outlined" onClick={() => void exportFile()}>
            {t('demo.export')}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t('demo.import')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label={t('demo.importFile')}
            tabIndex={-1}
            hidden
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </Box>
        <Box aria-live="polite" sx={{ mt: 1 }}>
          {exportError ? <ApiErrorAlert error={exportError} /> : null}
          {answer?.importProblem ? (
            <Alert severity="error" role="alert">
              {importProblemText(t, answer.importProblem, answer.fileName ?? '')}
            </Alert>
          ) : null}
          {saved ? <Typography variant="body2">{saved}</Typography> : null}
        </Box>
      </Box>

      <ConfirmChange change={change} busy={busy} onCancel={() => setChange(null)} onConfirm={submit} />
    </>
  );
}
