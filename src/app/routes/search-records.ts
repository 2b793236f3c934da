import { ApiError } from '../../api/client';
import type { SearchResults } from '../../components/shell/shell-search';

/** How many records the search box lists: a few to choose from, not a results page. */
export const SEARCH_RESULT_LIMIT = 5;

export const searchQuery = (request: Request) =>
  (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 100);

/**
 * Runs a search and shapes its answer for the search box. A failed call says so in the box instead of
 * replacing the page; only an expired session (401) goes on, to send the user to sign-in.
 */
export async function searchRecords(
  query: string,
  find: (query: string) => Promise<SearchResults['items']>,
): Promise<SearchResults> {
  if (!query) return { query, ok: true, items: [] };
  try {
    return { query, ok: true, items: (await find(query)).slice(0, SEARCH_RESULT_LIMIT) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw error;
    return { query, ok: false, items: [] };
  }
}
