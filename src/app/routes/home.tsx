import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { getAgreementStatus } from '../../api/agreements';
import { PageHeader } from '../../components/page-header';
import { HomeOverview } from '../../features/home/home-overview';
import { withSession } from '../session';
import { useShellData } from '../use-shell-data';

// Home needs the agreement status: a customer who cannot accept itself (Scenario 1 or 2) is told whom to
// contact instead of being sent to Accept agreement.
export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, () => getAgreementStatus(request.signal));
}

export function Component() {
  const { t } = useTranslation();
  const { me } = useShellData();
  const agreement = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={me.tenant.displayName}
        description={t('home.welcome', { name: me.user.displayName })}
      />
      <HomeOverview me={me} agreement={agreement} />
    </>
  );
}
