import { Outlet, redirect, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { RouteError } from '../components/route-error';
import { SimulationBanner } from '../components/simulation-banner';
import { paths } from '../domain/paths';

function Root() {
  return (
    <>
      <SimulationBanner />
      <Outlet />
    </>
  );
}

/** When even the root fails, the page still says it is a simulation. */
function RootError() {
  return (
    <>
      <SimulationBanner />
      <RouteError />
    </>
  );
}

const pc = paths.partnerCenter;

// The route table, shared by the app (hash router) and the tests (memory router). Each page is its own
// chunk: `lazy` loads its loader, action and component when it is first visited.
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: Root,
    ErrorBoundary: RootError,
    HydrateFallback: PageLoading,
    children: [
      { index: true, loader: () => redirect(paths.home.path), Component: PageLoading },
      { path: paths.signIn.path, lazy: () => import('./routes/sign-in') },
      { path: paths.signOut.path, lazy: () => import('./routes/sign-out') },
      { path: paths.resetDemo.path, lazy: () => import('./routes/reset-demo') },
      { path: paths.demoFaults.path, lazy: () => import('./routes/demo-faults') },
      {
        path: '/partner-center',
        children: [
          { index: true, loader: () => redirect(paths.partnerCenter.customers.path), Component: PageLoading },
          { path: paths.partnerCenter.signIn.path, lazy: () => import('./routes/partner-center/sign-in') },
          { path: paths.partnerCenter.signOut.path, lazy: () => import('./routes/partner-center/sign-out') },
          {
            id: 'partner-shell',
            lazy: () => import('./routes/partner-center/shell'),
            children: [
              {
                ErrorBoundary: RouteError,
                children: [
                  { path: pc.customers.path, lazy: () => import('./routes/partner-center/customers') },
                  { path: pc.newCustomer.path, lazy: () => import('./routes/partner-center/new-customer') },
                  { path: pc.customer.path, lazy: () => import('./routes/partner-center/customer') },
                  { path: pc.newOrder.path, lazy: () => import('./routes/partner-center/new-order') },
                  {
                    path: pc.relationshipRequest.path,
                    lazy: () => import('./routes/partner-center/relationship-request'),
                  },
                  { path: '*', lazy: () => import('./routes/not-found') },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'shell',
        lazy: () => import('./routes/shell'),
        children: [
          {
            ErrorBoundary: RouteError,
            children: [
              { path: paths.home.path, lazy: () => import('./routes/home') },
              { path: paths.billingAccounts.path, lazy: () => import('./routes/billing-accounts') },
              { path: paths.agreement.path, lazy: () => import('./routes/agreement') },
              { path: paths.agreementDocument.path, lazy: () => import('./routes/agreement-document') },
              { path: paths.invitation.path, lazy: () => import('./routes/invitation') },
              {
                path: paths.partners.path,
                lazy: () => import('./routes/partners'),
                children: [{ path: ':partnerId', lazy: () => import('./routes/partner-details') }],
              },
              { path: paths.purchase.path, lazy: () => import('./routes/purchase') },
              { path: '*', lazy: () => import('./routes/not-found') },
            ],
          },
        ],
      },
    ],
  },
];
