import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Form } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import type { ScenarioSummary, SimulatorState } from '../../api/types';
import { AddressText } from '../../components/address-text';
import { TableScroller } from '../../components/table-scroller';
import type { DemoNotice } from '../../stores/demo-notice';
import { useViewStore } from '../../stores/view-store';

export interface DemoScenariosProps {
  scenarios: ScenarioSummary[];
  state: SimulatorState;
  submitting: boolean;
  /** A scenario was just loaded (or reset). */
  loaded: boolean;
  error?: ApiErrorLike;
  /** The Partner Center form of an in-app route, with this simulator's origin. */
  linkFor: (route: string) => string;
  onUseAccount: (account: { userPrincipalName: string; password: string }) => void;
  /** Whose accounts to list: the customer's (admin center) or the partner agents' (Partner Center). */
  side?: 'customer' | 'partner';
  /** What the Demo panel just did (reset, switched, imported), said once. */
  notice?: DemoNotice | null;
  /**
   * The customer view: no scenario picker, no links and no passwords in sight, only the accounts behind a
   * closed "Demo accounts" disclosure, as a customer arriving from a partner's link should see the page.
   */
  customerView?: boolean;
}

interface AccountRow {
  userPrincipalName: string;
  password: string;
  temporaryPassword: boolean;
  roles: string;
  partner?: string;
}

/** For trainers and testers: pick a scenario, see its demo accounts and the links a partner would send. */
export function DemoScenarios({
  scenarios,
  state,
  submitting,
  loaded,
  error,
  linkFor,
  onUseAccount,
  side = 'customer',
  notice = null,
  customerView = false,
}: DemoScenariosProps) {
  const { t, language } = useTranslation();
  const [selected, setSelected] = useState(state.scenarioId);
  const [disclosed, setDisclosed] = useState(false);
  const setView = useViewStore((store) => store.setView);
  const current = scenarios.find((scenario) => scenario.id === state.scenarioId);
  const rows: AccountRow[] =
    side === 'partner'
      ? (current?.partnerAccounts ?? []).map((account) => ({
          userPrincipalName: account.userPrincipalName,
          password: account.password,
          temporaryPassword: false,
          roles: account.roles.length
            ? account.roles.map((role) => t(`agentRoles.${role}`)).join(', ')
            : t('agentRoles.none'),
          partner: `${account.partnerName} (${t(`partnerKinds.${account.partnerKind}`)})`,
        }))
      : (current?.accounts ?? []).map((account) => ({
          ...account,
          roles: account.roles.length
            ? account.roles.map((role) => t(`roles.${role}`)).join(', ')
            : t('roles.none'),
        }));
  const accountsTable = (
    <>
      <TableScroller label={t('scenarios.accounts')}>
        <Table size="small" aria-label={t('scenarios.accounts')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('scenarios.userName')}</TableCell>
              {side === 'partner' ? <TableCell>{t('scenarios.partner')}</TableCell> : null}
              <TableCell>{t('scenarios.password')}</TableCell>
              <TableCell>{t('scenarios.roles')}</TableCell>
              <TableCell>
                <Box
                  component="span"
                  sx={{
                    position: 'absolute',
                    width: '1px',
                    height: '1px',
                    whiteSpace: 'nowrap',
                    overflow: 'hidden',
                    clip: 'rect(0 0 0 0)',
                  }}
                >
                  {t('scenarios.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((account) => (
              <TableRow key={account.userPrincipalName}>
                <TableCell>
                  <AddressText>{account.userPrincipalName}</AddressText>
                </TableCell>
                {side === 'partner' ? <TableCell>{account.partner}</TableCell> : null}
                <TableCell>
                  <code>{account.password}</code>
                  {account.temporaryPassword ? ` (${t('scenarios.temporary')})` : ''}
                </TableCell>
                <TableCell>{account.roles}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    onClick={() => onUseAccount(account)}
                    aria-label={t('scenarios.useAccount', { user: account.userPrincipalName })}
                  >
                    {t('scenarios.use')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroller>
      {rows.length === 0 ? <Typography>{t('scenarios.noAccounts')}</Typography> : null}
    </>
  );
  const done =
    notice && current ? (
      <Alert severity="success" sx={{ mb: 2 }}>
        {t(`demo.done.${notice}`, { scenario: current.title[language] })}
      </Alert>
    ) : null;

  if (customerView) {
    return (
      <Box component="section" aria-label={t('scenarios.accounts')}>
        {done}
        {error ? <ApiErrorAlert error={error} /> : null}
        <Button
          size="small"
          aria-expanded={disclosed}
          aria-controls="demo-accounts-disclosure"
          startIcon={disclosed ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          onClick={() => setDisclosed(!disclosed)}
        >
          {t('scenarios.accounts')}
        </Button>
        {disclosed ? (
          <Box id="demo-accounts-disclosure" sx={{ mt: 1 }}>
            {accountsTable}
            <Button size="small" sx={{ mt: 1 }} onClick={() => setView('trainer')}>
              {t('demo.leaveCustomerView')}
            </Button>
          </Box>
        ) : null}
      </Box>
    );
  }

  return (
    <Box component="section" aria-labelledby="demo-scenarios-title">
      <Typography variant="h2" component="h2" id="demo-scenarios-title" sx={{ mb: 2 }}>
        {t('scenarios.title')}
      </Typography>
      {error ? <ApiErrorAlert error={error} /> : null}
      {done}
      {loaded && current ? (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('scenarios.loaded', { scenario: current.title[language] })}
        </Alert>
      ) : null}
      {state.notices.map((notice) => (
        <Alert key={notice} severity="warning" sx={{ mb: 2 }}>
          {t(`scenarios.notice.${notice}`)}
        </Alert>
      ))}
      <Form method="post" style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <input type="hidden" name="intent" value="loadScenario" />
        <TextField
          select
          size="small"
          name="scenarioId"
          label={t('scenarios.pick')}
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
          sx={{ minWidth: 280, flexGrow: 1 }}
        >
          {scenarios.map((scenario) => (
            <MenuItem key={scenario.id} value={scenario.id}>
              {scenario.title[language]}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="outlined" disabled={submitting}>
          {selected === state.scenarioId ? t('demo.reset') : t('scenarios.load')}
        </Button>
      </Form>
      {current ? (
        <Box sx={{ mt: 2 }}>
          <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
            {current.title[language]}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {current.description[language]}
          </Typography>
          <Typography variant="h3" component="h4" sx={{ mb: 1 }}>
            {t('scenarios.accounts')}
          </Typography>
          {accountsTable}
          {side === 'customer' && current.links.length ? (
            <Box sx={{ mt: 2 }}>
              <Typography variant="h3" component="h4" sx={{ mb: 1 }}>
                {t('scenarios.links')}
              </Typography>
              <Box component="ul" sx={{ pl: 2, m: 0 }}>
                {current.links.map((link) => (
                  <li key={link.route}>
                    <Link href={linkFor(link.route)} sx={{ overflowWrap: 'break-word' }}>
                      {link.label[language]}
                    </Link>
                  </li>
                ))}
              </Box>
            </Box>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}
