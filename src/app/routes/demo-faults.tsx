import { redirect, type ActionFunctionArgs } from 'react-router';
import { runAction, type ActionResult } from '../../api/action-result';
import { setFaults } from '../../api/simulator';
import { paths } from '../../domain/paths';

// Demo › Simulated faults: sets the faults of this tab's simulated backend (unreadable ones change nothing).

export async function action({ request }: ActionFunctionArgs): Promise<ActionResult<{ faults: string }>> {
  const form = await request.formData();
  return runAction(() => setFaults(String(form.get('faults') ?? '')));
}

export const loader = () => redirect(paths.home.href());
