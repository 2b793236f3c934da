import { Navigate, type LoaderFunctionArgs } from 'react-router';
import { getPartnerCustomers } from '../../../api/partner-center';
import type { SearchResults } from '../../../components/shell/shell-search';
import { paths } from '../../../domain/paths';
import { withPartnerSession } from '../../session';
import { searchQuery, searchRecords } from '../search-records';

// Partner Center (simulated)'s top bar search for customers by name: a loader for the search box only.

export async function loader({ request }: LoaderFunctionArgs): Promise<SearchResults> {
  return withPartnerSession(request, () =>
    searchRecords(searchQuery(request), async (query) => {
      const wanted = query.toLocaleLowerCase();
      const customers = await getPartnerCustomers(request.signal);
      return customers.items
        .filter((customer) => customer.companyName.toLocaleLowerCase().includes(wanted))
        .map((customer) => ({
          id: customer.id,
          label: customer.companyName,
          to: paths.partnerCenter.customer.href(customer.id),
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
  return <Navigate to={paths.partnerCenter.customers.href()} replace />;
}
