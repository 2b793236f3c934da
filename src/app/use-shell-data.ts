import { useRouteLoaderData } from 'react-router';
import type { PartnerShellData } from './routes/partner-center/shell';
import type { ShellData } from './routes/shell';

/** The signed-in user and tenant, loaded once by the shell route for every page inside it. */
export function useShellData(): ShellData {
  const data = useRouteLoaderData('shell') as ShellData | undefined;
  if (!data) throw new Error('useShellData is only for pages inside the shell route');
  return data;
}

/** The signed-in partner agent and its organization, for every Partner Center (simulated) page. */
export function usePartnerShellData(): PartnerShellData {
  const data = useRouteLoaderData('partner-shell') as PartnerShellData | undefined;
  if (!data) throw new Error('usePartnerShellData is only for pages inside the partner shell route');
  return data;
}
