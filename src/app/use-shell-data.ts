import { useRouteLoaderData } from 'react-router';
import type { ShellData } from './routes/shell';

/** The signed-in user and tenant, loaded once by the shell route for every page inside it. */
export function useShellData(): ShellData {
  const data = useRouteLoaderData('shell') as ShellData | undefined;
  if (!data) throw new Error('useShellData is only for pages inside the shell route');
  return data;
}
