import { redirect, type ActionFunctionArgs } from 'react-router';
import { setFaults } from '../../api/simulator';
import { paths } from '../../domain/paths';
import { fieldErrorsFrom, toActionFailure, type ActionFailure } from '../session';

// Demo › Simulated faults: sets the faults of this tab's simulated backend (unreadable ones change nothing).

export type FaultsResult =
  { faults: string } | (ActionFailure & { fieldErrors: Record<string, string> | null });

export async function action({ request }: ActionFunctionArgs): Promise<FaultsResult> {
  const form = await request.formData();
  try {
    return await setFaults(String(form.get('faults') ?? ''));
  } catch (error) {
    const failure = toActionFailure(error);
    return { ...failure, fieldErrors: fieldErrorsFrom(failure) };
  }
}

export const loader = () => redirect(paths.home.href());
