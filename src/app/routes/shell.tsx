import { Outlet, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getMe } from '../../api/auth';
import { getSimulatorState } from '../../api/simulator';
import { AppShell } from '../../components/app-shell';
import { usePreferencesStore } from '../../stores/preferences-store';
import { withSession } from '../session';

export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, async () => {
    const [me, simulator] = await Promise.all([getMe(request.signal), getSimulatorState(request.signal)]);
    return { me, simulator };
  });
}

export type ShellData = Awaited<ReturnType<typeof loader>>;

export function Component() {
  const { me, simulator } = useLoaderData<typeof loader>();
  const language = usePreferencesStore((state) => state.language);
  return (
    <AppShell
      tenantName={me.tenant.displayName}
      userName={me.user.displayName}
      scenarioTitle={simulator.scenarioTitle[language]}
    >
      <Outlet />
    </AppShell>
  );
}
