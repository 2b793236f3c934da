import { redirect } from 'react-router';
import type { ActionFailure } from '../api/action-result';
import { ApiError } from '../api/client';
import { paths } from '../domain/paths';
import { usePartnerSessionStore, useSessionStore } from '../stores/session-store';

/** Where the user was going, so that sign-in can bring them back (checked again by safeReturnPath). */
function returnTo(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/** A loader's 401 is thrown; an action's comes back as its failure (runAction caught it). */
function unauthorized(outcome: unknown): boolean {
  if (outcome instanceof ApiError) return outcome.status === 401;
  const result = (typeof outcome === 'object' && outcome !== null ? outcome : {}) as Partial<ActionFailure>;
  return result.ok === false && result.error?.status === 401;
}

function sessionGuard(store: typeof useSessionStore, signInHref: (returnTo: string) => string) {
  return async <T>(request: Request, run: () => Promise<T>): Promise<T> => {
    const signInAgain = () => {
      store.getState().endSession();
      return redirect(signInHref(returnTo(request)));
    };
    if (!store.getState().session) throw redirect(signInHref(returnTo(request)));
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (unauthorized(error)) throw signInAgain();
      throw error;
    }
    if (unauthorized(result)) throw signInAgain();
    return result;
  };
}

/**
 * Runs a loader's or action's calls for a signed-in customer. Without a session, or when the backend says
 * the token is no longer valid (401), the user goes to sign-in and comes back here afterwards.
 */
export const withSession = sessionGuard(useSessionStore, paths.signIn.href);

/** The same for a partner agent in Partner Center (simulated). */
export const withPartnerSession = sessionGuard(usePartnerSessionStore, paths.partnerCenter.signIn.href);
