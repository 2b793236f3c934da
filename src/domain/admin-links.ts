import { paths } from './paths';
import { safeReturnPath } from './return-url';

/** Parameters of the simulator itself, read once at start-up and never carried into the app's routes. */
export const SIMULATOR_PARAMS = ['scenario', 'now', 'faults', 'latency', 'view'] as const;

export interface EntryLocation {
  pathname: string;
  search: string;
  hash: string;
}

/**
 * Maps the URL the browser opened (a Partner Center link with the simulator's origin, or the app root) to the
 * in-app hash route to show. Returns null when the URL is already a plain in-app URL.
 *
 * - `/AdminPortal/Home?ref=/BillingAccounts/agreement` → `/BillingAccounts/agreement`
 * - `/Adminportal/Home?invType=…&partnerId=…#/BillingAccounts/partner-invitation` → the invitation route with
 *   the link's parameters
 * - the root → Home
 */
export function entryRoute(location: EntryLocation, basePath: string): string | null {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const relative = location.pathname.startsWith(base)
    ? location.pathname.slice(base.length)
    : location.pathname.replace(/^\//, '');
  const isRoot = relative === '' || relative === 'index.html';
  const isPortal = /^adminportal\/home\/?(index\.html)?$/i.test(relative);

  const params = new URLSearchParams(location.search);
  for (const name of SIMULATOR_PARAMS) params.delete(name);
  const hashRoute = location.hash.replace(/^#/, '');

  if (isRoot && params.size === 0) return null;
  if (!isRoot && !isPortal) return paths.home.path;

  if (hashRoute && hashRoute !== '/') {
    const target = safeReturnPath(hashRoute);
    const [targetPath = paths.home.path, targetQuery = ''] = target.split('?');
    const merged = new URLSearchParams(targetQuery);
    params.forEach((value, name) => {
      if (name !== 'ref') merged.append(name, value);
    });
    return merged.size > 0 ? `${targetPath}?${merged}` : targetPath;
  }
  if (params.has('ref')) return safeReturnPath(params.get('ref'));
  return paths.home.path;
}

/** The GDAP approval link keeps its route in the hash, as the admin center's own link does. */
const GDAP_APPROVAL_ROUTE = /^\/partners\/invitation\/granularAdminRelationships\/[^/]+$/;

/**
 * The link Partner Center would hand out for an in-app route, with this simulator's origin and base path:
 * the invitation keeps its parameters before the hash, a page without parameters uses `ref`.
 */
export function adminPortalLink(route: string, origin: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const [path = '', query = ''] = route.split('?');
  if (GDAP_APPROVAL_ROUTE.test(path)) return `${origin}${base}AdminPortal/Home#${route}`;
  if (path === paths.invitation.path) return `${origin}${base}Adminportal/Home?${query}#${path}`;
  if (!query) return `${origin}${base}AdminPortal/Home?ref=${path}`;
  return `${origin}${base}AdminPortal/Home#${route}`;
}
