import { Outlet, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { getPartnerMe } from '../../../api/partner-center';
import { getSimulatorState } from '../../../api/simulator';
import { AppShell } from '../../../components/app-shell';
import { paths } from '../../../domain/paths';
import { withPartnerSession } from '../../session';
import { shellRevalidation } from '../../revalidation';

// Partner Center (simulated): the partner side's frame, a separate area of the same app.

export async function loader({ request }: LoaderFunctionArgs) {
  return withPartnerSession(request, async () => {
    const [me, simulator] = await Promise.all([
      getPartnerMe(request.signal),
      getSimulatorState(request.signal),
    ]);
    return { me, simulator };
  });
}

export const shouldRevalidate = shellRevalidation;

export type PartnerShellData = Awaited<ReturnType<typeof loader>>;

export function Component() {
  const { t, language } = useTranslation();
  const { me, simulator } = useLoaderData<typeof loader>();
  const pc = paths.partnerCenter;
  return (
    <AppShell
      area="partner"
      productName={t('pc.productName')}
      organizationName={`${me.partner.name} · ${t(`partnerKinds.${me.partner.kind}`)}`}
      userName={me.agent.displayName}
      scenarioTitle={simulator.scenarioTitle[language]}
      faults={simulator.faults}
      signOutAction={pc.signOut.href()}
      navigation={[
        {
          items: [
            { to: pc.customers.href(), label: t('pc.nav.customers') },
            { to: pc.relationshipRequest.href(), label: t('pc.nav.relationshipRequest') },
          ],
        },
      ]}
    >
      <Outlet />
    </AppShell>
  );
}
