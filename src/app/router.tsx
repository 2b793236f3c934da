import { Outlet, redirect, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { RouteError } from '../components/route-error';
import { SimulationBanner } from '../components/simulation-banner';
import { DockContext } from '../components/shell/dock-context';
import { paths } from '../domain/paths';
import { unlessAFormFailed } from './revalidation';
import { TrainingDock } from './training-dock';

/** The training checklist, which the shells and sign-in pages show in their dock. */
const dock = <TrainingDock />;

function Root() {
  return (
    <DockContext.Provider value={dock}>
      <SimulationBanner />
      <Outlet />
    </DockContext.Provider>
  );
}

/** When even the root fails, the page still says it is a simulation. */
function RootError() {
  return (
    <>
      <SimulationBanner />
      <RouteError demoControl />
    </>
  );
}

const pc = paths.partnerCenter;

/**
 * A page module, loaded when first visited. Its loader runs again as `unlessAFormFailed` says, unless the
 * module has its own `shouldRevalidate`.
 */
const page =
  <Module extends object>(load: () => Promise<Module>) =>
  async () => ({ shouldRevalidate: unlessAFormFailed, ...(await load()) });

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
      { path: paths.signIn.path, lazy: page(() => import('./routes/sign-in')) },
      { path: paths.signOut.path, lazy: page(() => import('./routes/sign-out')) },
      { path: paths.resetDemo.path, lazy: page(() => import('./routes/reset-demo')) },
      { path: paths.demoFaults.path, lazy: page(() => import('./routes/demo-faults')) },
      { path: paths.demoClock.path, lazy: page(() => import('./routes/demo-clock')) },
      {
        path: '/partner-center',
        children: [
          { index: true, loader: () => redirect(paths.partnerCenter.customers.path), Component: PageLoading },
          {
            path: paths.partnerCenter.signIn.path,
            lazy: page(() => import('./routes/partner-center/sign-in')),
          },
          {
            path: paths.partnerCenter.signOut.path,
            lazy: page(() => import('./routes/partner-center/sign-out')),
          },
          {
            id: 'partner-shell',
            lazy: page(() => import('./routes/partner-center/shell')),
            children: [
              {
                ErrorBoundary: RouteError,
                children: [
                  { path: pc.customers.path, lazy: page(() => import('./routes/partner-center/customers')) },
                  {
                    path: pc.newCustomer.path,
                    lazy: page(() => import('./routes/partner-center/new-customer')),
                  },
                  { path: pc.customer.path, lazy: page(() => import('./routes/partner-center/customer')) },
                  { path: pc.newOrder.path, lazy: page(() => import('./routes/partner-center/new-order')) },
                  {
                    path: pc.newAdminRelationship.path,
                    lazy: page(() => import('./routes/partner-center/admin-relationship-new')),
                  },
                  {
                    path: pc.adminRelationship.path,
                    lazy: page(() => import('./routes/partner-center/admin-relationship')),
                  },
                  {
                    path: pc.relationshipRequest.path,
                    lazy: page(() => import('./routes/partner-center/relationship-request')),
                  },
                  { path: pc.mailbox.path, lazy: page(() => import('./routes/mailbox')) },
                  { path: pc.training.path, lazy: page(() => import('./routes/training')) },
                  { path: '*', lazy: page(() => import('./routes/not-found')) },
                ],
              },
              { path: pc.search.path, lazy: page(() => import('./routes/partner-center/search')) },
            ],
          },
        ],
      },
      {
        id: 'shell',
        lazy: page(() => import('./routes/shell')),
        children: [
          {
            ErrorBoundary: RouteError,
            children: [
              { path: paths.home.path, lazy: page(() => import('./routes/home')) },
              { path: paths.billingAccounts.path, lazy: page(() => import('./routes/billing-accounts')) },
              { path: paths.agreement.path, lazy: page(() => import('./routes/agreement')) },
              { path: paths.agreementDocument.path, lazy: page(() => import('./routes/agreement-document')) },
              { path: paths.invitation.path, lazy: page(() => import('./routes/invitation')) },
              { path: paths.gdapApproval.path, lazy: page(() => import('./routes/gdap-approval')) },
              {
                path: paths.partners.path,
                lazy: page(() => import('./routes/partners')),
                children: [{ path: ':partnerId', lazy: page(() => import('./routes/partner-details')) }],
              },
              { path: paths.gdapRelationship.path, lazy: page(() => import('./routes/gdap-relationship')) },
              { path: paths.purchase.path, lazy: page(() => import('./routes/purchase')) },
              { path: paths.mailbox.path, lazy: page(() => import('./routes/mailbox')) },
              { path: paths.training.path, lazy: page(() => import('./routes/training')) },
              { path: '*', lazy: page(() => import('./routes/not-found')) },
            ],
          },
          { path: paths.search.path, lazy: page(() => import('./routes/search')) },
        ],
      },
    ],
  },
];
