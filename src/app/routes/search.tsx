import { Navigate, type LoaderFunctionArgs } from 'react-router';
import { getPartners } from '../../api/partners';
import type { SearchResults } from '../../components/shell/shell-search';
import { paths } from '../../domain/paths';
import { withSession } from '../session';
import { searchQuery, searchRecords } from './search-records';

// The top bar's search for partners by name: a loader for the search box's fetcher, no page of its own.

export async function loader({ request }: LoaderFunctionArgs): Promise<SearchResults> {
  return withSession(request, () =>
    searchRecords(searchQuery(request), async (query) => {
      const partners = await getPartners({ filter: query, types: [], skip: 0 }, request.signal);
      return partners.items.map((partner) => ({
        id: partner.id,
        label: partner.name,
        to: paths.partner.href(partner.id),
      }));
    }),
  );
}

/** Results are for the words typed: an action elsewhere does not call the search again. */
export const shouldRevalidate = () => false;

/**
 * The search has no page of its own: the box in the top bar shows what it finds. An address typed or
 * bookmarked by hand goes to the start page rather than showing an empty one.
 */
export function Component() {
  return <Navigate to={paths.home.href()} replace />;
}
