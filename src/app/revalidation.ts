import type { ShouldRevalidateFunctionArgs } from 'react-router';
import type { ActionResult } from '../api/action-result';

// When loaders run again. React Router's default is after every form, on every query change and on
// `revalidate()` (another tab changed the data); two cases need less.

/** A form whose action failed (`ok: false`, see ActionResult) changed nothing. */
function formFailed({ formMethod, actionResult }: ShouldRevalidateFunctionArgs): boolean {
  if (!formMethod || typeof actionResult !== 'object' || actionResult === null) return false;
  return (actionResult as Partial<ActionResult>).ok === false;
}

/**
 * Every page's default: after a form that failed, the data stays as it is. Nothing changed, and a reload
 * that failed too would replace the page (and what was typed in its form) with an error.
 */
export function unlessAFormFailed(args: ShouldRevalidateFunctionArgs): boolean {
  return formFailed(args) ? false : args.defaultShouldRevalidate;
}

/**
 * The shells' loaders (who is signed in, the simulator's state): as above, and a page's own query changing
 * (a filter keystroke, the next page) does not fetch them again either.
 */
export function shellRevalidation(args: ShouldRevalidateFunctionArgs): boolean {
  const { currentUrl, nextUrl, formMethod } = args;
  const onlyQuery =
    !formMethod && currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search;
  return onlyQuery ? false : unlessAFormFailed(args);
}
