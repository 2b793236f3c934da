import { Suspense, lazy, memo } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Await, useAsyncError, useRevalidator } from 'react-router';
import { useTranslation } from '../i18n/i18n';
import { runAction, type ActionResult } from '../api/action-result';
import { getScenarios, getSimulatorState, resetDemo } from '../api/simulator';
import type { ScenarioSummary, SimulatorState } from '../api/types';
import { ApiErrorAlert, type ApiErrorLike } from '../components/api-error-alert';
import { DemoDialog } from '../components/demo-dialog';
import { PageLoading } from '../components/page-loading';
import { adminPortalLink } from '../domain/admin-links';
import type { DemoScenariosProps } from '../features/auth/demo-scenarios';

// What both sign-in pages (admin center and Partner Center) offer trainers: the scenario catalog, the
// current state, and loading a scenario. The sign-in form does not wait for any of it.

export interface DemoControls {
  scenarios: ScenarioSummary[];
  state: SimulatorState;
}

/** Resolves once the browser has painted what is on its way (the sign-in form comes first). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });

export async function loadDemoControls(signal: AbortSignal): Promise<DemoControls> {
  await afterPaint();
  const [scenarios, state] = await Promise.all([getScenarios(signal), getSimulatorState(signal)]);
  return { scenarios: scenarios.items, state };
}

export function loadScenario(scenarioId: string | undefined): Promise<ActionResult> {
  return runAction(async () => {
    await resetDemo(scenarioId);
    return {};
  });
}

const DemoScenarios = lazy(() =>
  import('../features/auth/demo-scenarios').then((module) => ({ default: module.DemoScenarios })),
);

function DemoControlsError() {
  const { t } = useTranslation();
  const error = useAsyncError() as ApiErrorLike;
  const revalidator = useRevalidator();
  return (
    <ApiErrorAlert
      error={error}
      action={
        <Button color="inherit" size="small" onClick={() => void revalidator.revalidate()}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/**
 * Simulated faults left on in this tab (Offline, say) would make sign-in fail with no way to end them from
 * here: say they are on, and offer the Demo control that changes them.
 */
function FaultsNotice({ state, side }: { state: SimulatorState } & Pick<DemoScenariosProps, 'side'>) {
  const { t, language } = useTranslation();
  if (!state.faults) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      action={
        <DemoDialog
          scenarioTitle={state.scenarioTitle[language]}
          area={side === 'partner' ? 'partner' : 'customer'}
          faults={state.faults}
          now={state.now}
        />
      }
    >
      {t('demo.faultsOn', { faults: state.faults })}
    </Alert>
  );
}

/** The links a partner would send, on this simulator's origin and base path. */
export const demoLinkFor = (route: string) =>
  adminPortalLink(route, window.location.origin, import.meta.env.BASE_URL);

/**
 * The demo scenarios panel, shown when the catalog arrives (the form beside it is usable before). Memoized:
 * the sign-in form beside it renders on every keystroke, and the panel with its tables need not.
 */
export const DeferredDemoScenarios = memo(function DeferredDemoScenarios({
  controls,
  ...props
}: { controls: Promise<DemoControls> } & Omit<DemoScenariosProps, 'scenarios' | 'state'>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Await resolve={controls} errorElement={<DemoControlsError />}>
        {(loaded: DemoControls) => (
          <>
            <FaultsNotice state={loaded.state} side={props.side} />
            <DemoScenarios {...props} scenarios={loaded.scenarios} state={loaded.state} />
          </>
        )}
      </Await>
    </Suspense>
  );
});
