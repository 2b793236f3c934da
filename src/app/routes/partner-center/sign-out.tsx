import { redirect } from 'react-router';
import { partnerSignOut } from '../../../api/partner-center';
import { paths } from '../../../domain/paths';
import { usePartnerSessionStore } from '../../../stores/session-store';

// Sign out of Partner Center (simulated): the token is revoked when the backend answers; the session
// ends here either way.
export async function action() {
  try {
    await partnerSignOut();
  } catch {
    // An expired token or an unreachable backend still signs the agent out of this browser.
  }
  usePartnerSessionStore.getState().endSession();
  return redirect(paths.partnerCenter.signIn.href());
}

export const loader = () => redirect(paths.partnerCenter.customers.href());
