import { redirect, type ActionFunctionArgs } from 'react-router';
import { resetDemo } from '../../api/simulator';
import { paths } from '../../domain/paths';
import { usePartnerSessionStore, useSessionStore } from '../../stores/session-store';

// Reset demo: the backend goes back to the scenario's seed (every session ends with it); sign in again,
// on the side of the simulator the trainer was on.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  await resetDemo();
  useSessionStore.getState().endSession();
  usePartnerSessionStore.getState().endSession();
  return redirect(form.get('area') === 'partner' ? paths.partnerCenter.signIn.href() : paths.signIn.href());
}

export const loader = () => redirect(paths.home.href());
