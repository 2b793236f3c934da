import { redirect } from 'react-router';
import { resetDemo } from '../../api/simulator';
import { paths } from '../../domain/paths';
import { useSessionStore } from '../../stores/session-store';

// Reset demo: the backend goes back to the scenario's seed (every session ends with it); sign in again.
export async function action() {
  await resetDemo();
  useSessionStore.getState().endSession();
  return redirect(paths.signIn.href());
}

export const loader = () => redirect(paths.home.href());
