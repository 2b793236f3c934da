import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import {
  isRouteErrorResponse,
  Link as RouterLink,
  useLocation,
  useRevalidator,
  useRouteError,
} from 'react-router';
import { useTranslation } from '../i18n/i18n';
import { ApiError } from '../api/client';
import { getSimulatorState } from '../api/simulator';
import type { SimulatorState } from '../api/types';
import { paths } from '../domain/paths';
import { useApiErrorMessage } from './api-error-alert';
import { DemoDialog } from './demo-dialog';
import { PageHeader } from './page-header';

/**
 * The simulator's state (scenario, faults in force), read again for each new error. An error page has no
 * loader, and the simulator's own endpoints are never faulted, so this answers even when the page could not.
 */
function useSimulatorState(error: unknown): SimulatorState | null {
  const [state, setState] = useState<SimulatorState | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getSimulatorState(controller.signal).then(setState, () => undefined);
    return () => controller.abort();
  }, [error]);
  return state;
}

/** A failure a simulated fault may have caused: no answer at all, or a 5xx. */
const mayBeFaulted = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

/**
 * A page that could not load: what went wrong, a retry, and the way home. When simulated faults are on, it
 * says so and how to end them. The root's error page (when a shell itself could not load) has no top bar:
 * it shows the Demo control itself, so that a fault such as Offline never locks the tab.
 */
export function RouteError({ demoControl = false }: { demoControl?: boolean }) {
  const { t, language } = useTranslation();
  const error = useRouteError();
  const revalidator = useRevalidator();
  const message = useApiErrorMessage();
  const partnerArea = useLocation().pathname.startsWith('/partner-center');
  const simulator = useSimulatorState(error);
  const faultCause = simulator?.faults && mayBeFaulted(error) ? simulator.faults : null;
  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && error.status === 404);
  let text = t('errors.unexpected');
  if (error instanceof ApiError) text = message(error);
  else if (notFound) text = t('errors.pageNotFound');
  else console.error(error);

  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <PageHeader title={notFound ? t('errors.notFoundTitle') : t('errors.title')} />
      <Alert severity="error" sx={{ mb: 2 }}>
        {text}
        {faultCause ? (
          <Box component="p" sx={{ mt: 1, mb: 0 }}>
            {t('demo.faultCause', { faults: faultCause })}
          </Box>
        ) : null}
      </Alert>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        {notFound ? null : (
          <Button
            variant="contained"
            onClick={() => void revalidator.revalidate()}
            disabled={revalidator.state !== 'idle'}
          >
            {t('common.retry')}
          </Button>
        )}
        <Link
          component={RouterLink}
          to={partnerArea ? paths.partnerCenter.customers.href() : paths.home.href()}
        >
          {partnerArea ? t('pc.customers.back') : t('errors.goHome')}
        </Link>
        {simulator && demoControl ? (
          <DemoDialog
            scenarioTitle={simulator.scenarioTitle[language]}
            area={partnerArea ? 'partner' : 'customer'}
            faults={simulator.faults}
            now={simulator.now}
          />
        ) : null}
      </Box>
    </Box>
  );
}
