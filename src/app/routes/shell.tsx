import BillingIcon from '@mui/icons-material/CreditCardOutlined';
import HealthIcon from '@mui/icons-material/MonitorHeartOutlined';
import HomeIcon from '@mui/icons-material/HomeOutlined';
import ReportsIcon from '@mui/icons-material/ShowChartOutlined';
import RolesIcon from '@mui/icons-material/ManageAccountsOutlined';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import SetupIcon from '@mui/icons-material/BuildOutlined';
import SupportIcon from '@mui/icons-material/HeadsetMicOutlined';
import TeamsIcon from '@mui/icons-material/GroupsOutlined';
import UsersIcon from '@mui/icons-material/PersonOutlined';
import { Outlet, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation, type Translate } from '../../i18n/i18n';
import { getMe } from '../../api/auth';
import { getSimulatorState } from '../../api/simulator';
import { AppShell } from '../../components/app-shell';
import { simulatorApps } from '../../components/shell/app-launcher';
import type { SearchPage } from '../../components/shell/shell-search';
import type { NavEntry } from '../../components/shell/side-nav';
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

/** The admin center's navigation, in its order; what the simulator does not have is shown unavailable. */
const navigation = (t: Translate): NavEntry[] => [
  { kind: 'link', to: paths.home.href(), label: t('nav.home'), icon: <HomeIcon /> },
  { kind: 'unavailable', label: t('nav.users'), icon: <UsersIcon /> },
  { kind: 'unavailable', label: t('nav.teamsGroups'), icon: <TeamsIcon /> },
  { kind: 'unavailable', label: t('nav.roles'), icon: <RolesIcon /> },
  {
    kind: 'group',
    label: t('nav.billing'),
    icon: <BillingIcon />,
    items: [
      { kind: 'link', to: paths.purchase.href(), label: t('nav.purchaseServices') },
      { kind: 'link', to: paths.billingAccounts.href(), label: t('nav.billingAccounts'), end: true },
    ],
  },
  { kind: 'unavailable', label: t('nav.support'), icon: <SupportIcon /> },
  {
    kind: 'group',
    label: t('nav.settings'),
    icon: <SettingsIcon />,
    items: [
      { kind: 'unavailable', label: t('nav.domains') },
      { kind: 'unavailable', label: t('nav.searchIntelligence') },
      { kind: 'unavailable', label: t('nav.orgSettings') },
      { kind: 'unavailable', label: t('nav.integratedApps') },
      { kind: 'link', to: paths.partners.href(), label: t('nav.partnerRelationships') },
    ],
  },
  { kind: 'unavailable', label: t('nav.setup'), icon: <SetupIcon /> },
  { kind: 'unavailable', label: t('nav.reports'), icon: <ReportsIcon /> },
  { kind: 'unavailable', label: t('nav.health'), icon: <HealthIcon /> },
];

/** The pages the top bar's search finds by title. */
const SEARCH_PAGES: SearchPage[] = [
  { to: paths.home.href(), title: 'nav.home' },
  { to: paths.billingAccounts.href(), title: 'nav.billingAccounts' },
  { to: paths.agreement.href(), title: 'agreement.title' },
  { to: paths.purchase.href(), title: 'nav.purchaseServices' },
  { to: paths.partners.href(), title: 'nav.partnerRelationships' },
];

export function Component() {
  const { t, language } = useTranslation();
  const { me, simulator } = useLoaderData<typeof loader>();
  return (
    <AppShell
      area="customer"
      productName={t('shell.productName')}
      homeHref={paths.home.href()}
      organizationName={me.tenant.displayName}
      user={{ name: me.user.displayName, userPrincipalName: me.user.userPrincipalName }}
      scenarioTitle={simulator.scenarioTitle[language]}
      faults={simulator.faults}
      now={simulator.now}
      signOutAction={paths.signOut.href()}
      navigation={navigation(t)}
      apps={simulatorApps(t, 'customer')}
      search={{
        pages: SEARCH_PAGES,
        resultsHref: paths.search.href,
        resultsTitle: t('shell.search.partners'),
        placeholder: t('shell.search.placeholder'),
      }}
    >
      <Outlet />
    </AppShell>
  );
}
