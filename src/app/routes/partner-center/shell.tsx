import CustomersIcon from '@mui/icons-material/GroupsOutlined';
import RequestIcon from '@mui/icons-material/ForwardToInboxOutlined';
import { Outlet, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { getPartnerMe } from '../../../api/partner-center';
import { getSimulatorState } from '../../../api/simulator';
import { AppShell } from '../../../components/app-shell';
import { simulatorApps } from '../../../components/shell/app-launcher';
import type { SearchPage } from '../../../components/shell/shell-search';
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

const pc = paths.partnerCenter;

/** The pages the top bar's search finds by title. */
const SEARCH_PAGES: SearchPage[] = [
  { to: pc.customers.href(), title: 'pc.nav.customers' },
  { to: pc.newCustomer.href(), title: 'pc.customers.add' },
  { to: pc.relationshipRequest.href(), title: 'pc.nav.relationshipRequest' },
];

export function Component() {
  const { t, language } = useTranslation();
  const { me, simulator } = useLoaderData<typeof loader>();
  return (
    <AppShell
      area="partner"
      productName={t('pc.productName')}
      homeHref={pc.customers.href()}
      organizationName={`${me.partner.name} · ${t(`partnerKinds.${me.partner.kind}`)}`}
      user={{ name: me.agent.displayName, userPrincipalName: me.agent.userPrincipalName }}
      scenarioTitle={simulator.scenarioTitle[language]}
      faults={simulator.faults}
      now={simulator.now}
      signOutAction={pc.signOut.href()}
      navigation={[
        { kind: 'link', to: pc.customers.href(), label: t('pc.nav.customers'), icon: <CustomersIcon /> },
        {
          kind: 'link',
          to: pc.relationshipRequest.href(),
          label: t('pc.nav.relationshipRequest'),
          icon: <RequestIcon />,
        },
      ]}
      apps={simulatorApps(t, 'partner')}
      search={{
        pages: SEARCH_PAGES,
        resultsHref: pc.search.href,
        resultsTitle: t('shell.search.customers'),
        placeholder: t('shell.search.placeholderPartner'),
      }}
    >
      <Outlet />
    </AppShell>
  );
}
