import { Outlet, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { getMe } from '../../api/auth';
import { getSimulatorState } from '../../api/simulator';
import { AppShell } from '../../components/app-shell';
import { paths } from '../../domain/paths';
import { withSession } from '../session';
import { shellRevalidation } from '../revalidation';

export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, async () => {
    const [me, simulator] = await Promise.all([getMe(request.signal), getSimulatorState(request.signal)]);
    return { me, simulator };
  });
}

export const shouldRevalidate = shellRevalidation;

export type ShellData = Awaited<ReturnType<typeof loader>>;

export function Component() {
  const { t, language } = useTranslation();
  const { me, simulator } = useLoaderData<typeof loader>();
  return (
    <AppShell
      area="customer"
      productName={t('shell.productName')}
      organizationName={me.tenant.displayName}
      userName={me.user.displayName}
      scenarioTitle={simulator.scenarioTitle[language]}
      faults={simulator.faults}
      signOutAction={paths.signOut.href()}
      navigation={[
        { items: [{ to: paths.home.href(), label: t('nav.home') }] },
        {
          title: t('nav.billing'),
          items: [
            { to: paths.billingAccounts.href(), label: t('nav.billingAccounts'), end: true },
            { to: paths.purchase.href(), label: t('nav.purchaseServices') },
          ],
        },
        {
          title: t('nav.settings'),
          items: [{ to: paths.partners.href(), label: t('nav.partnerRelationships') }],
        },
      ]}
    >
      <Outlet />
    </AppShell>
  );
}
