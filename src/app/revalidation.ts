import type { ShouldRevalidateFunctionArgs } from 'react-router';

// When loaders run again. React Router's default is after every form, on every query change and on
// `revalidate()` (another tab changed the data); two cases need less.

/** A form whose action failed (an error, or field errors) changed nothing. */
function formFailed({ formMethod, actionResult }: ShouldRevalidateFunctionArgs): boolean {
  if (!formMethod || typeof actionResult !== 'object' || actionResult === null) return false;
  const result = actionResult as { error?: unknown; fieldErrors?: unknown };
  return Boolean(result.error) || Boolean(result.fieldErrors);
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
