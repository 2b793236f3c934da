import type { ShouldRevalidateFunctionArgs } from 'react-router';

/**
 * For the shells' loaders (who is signed in, the simulator's state): a page's own query changing (a filter
 * keystroke, the next page) does not fetch them again. Sending a form, another tab's change and moving to
 * another page revalidate as usual.
 */
export function unlessOnlyTheQueryChanged({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  const onlyQuery =
    !formMethod && currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search;
  return onlyQuery ? false : defaultShouldRevalidate;
}
