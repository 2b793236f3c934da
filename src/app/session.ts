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

/** What an action returns when its call failed: enough for the form to say why and offer a retry. */
export interface ActionFailure {
  error: { status: number; code: number | string; description: string; data: unknown[] };
}

export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof ApiError) {
    return {
      error: { status: error.status, code: error.code, description: error.description, data: error.data },
    };
  }
  throw error;
}

/**
 * Field messages (validation keys) the backend returned with a 400, by form field: the last part of the
 * body path (`primaryContact.email` → `email`, `lineItems.0.quantity` → `quantity`), as the forms name them.
 */
export function fieldErrorsFrom(failure: ActionFailure): Record<string, string> | null {
  const result: Record<string, string> = {};
  for (const item of failure.error.data) {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string' && message.startsWith('validation.')) {
      result[field.split('.').pop() ?? field] ??= message;
    }
  }
  return Object.keys(result).length ? result : null;
}
