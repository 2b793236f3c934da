import { redirect } from 'react-router';
import { signOut } from '../../api/auth';
import { paths } from '../../domain/paths';
import { useSessionStore } from '../../stores/session-store';

// Sign out ends the session on the backend (the token stops working) and here.
export async function action() {
  try {
    await signOut();
  } catch {
    // The local session ends whatever the backend said: a dead token is no reason to stay signed in.
  }
  useSessionStore.getState().endSession();
  return redirect(paths.signIn.href());
}

export const loader = () => redirect(paths.home.href());
