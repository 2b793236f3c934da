import { useTranslation } from '../../i18n/i18n';
import { PageHeader } from '../../components/page-header';
import { HomeOverview } from '../../features/home/home-overview';
import { useShellData } from '../use-shell-data';

export function Component() {
  const { t } = useTranslation();
  const { me } = useShellData();
  return (
    <>
      <PageHeader
        title={me.tenant.displayName}
        description={t('home.welcome', { name: me.user.displayName })}
      />
      <HomeOverview me={me} />
    </>
  );
}
