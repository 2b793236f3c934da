import { redirect } from 'react-router';
import { ApiError } from '../api/client';
import { paths } from '../domain/paths';
import { usePartnerSessionStore, useSessionStore } from '../stores/session-store';

/** Where the user was going, so that sign-in can bring them back (checked again by safeReturnPath). */
function returnTo(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

function sessionGuard(store: typeof useSessionStore, signInHref: (returnTo: string) => string) {
  return async <T>(request: Request, run: () => Promise<T>): Promise<T> => {
    if (!store.getState().session) throw redirect(signInHref(returnTo(request)));
    try {
      return await run();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        store.getState().endSession();
        throw redirect(signInHref(returnTo(request)));
      }
      throw error;
    }
  };
}

/**
 * Runs a loader's or action's calls for a signed-in customer. Without a session, or when the backend says
 * the token is no longer valid (401), the user goes to sign-in and comes back here afterwards.
 */
export const withSession = sessionGuard(useSessionStore, paths.signIn.href);

/** The same for a partner agent in Partner Center (simulated). */
export const withPartnerSession = sessionGuard(usePartnerSessionStore, paths.partnerCenter.signIn.href);
