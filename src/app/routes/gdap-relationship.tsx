import {
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { runAction } from '../../api/action-result';
import {
  getGranularAdminRelationship,
  terminateGranularAdminRelationship,
} from '../../api/granular-admin-relationships';
import { Breadcrumb } from '../../components/breadcrumb';
import { PageHeader } from '../../components/page-header';
import { RouteError } from '../../components/route-error';
import { paths } from '../../domain/paths';
import { canManagePartnerRoles } from '../../domain/roles';
import { GdapRelationshipDetails } from '../../features/partners/gdap-relationship-details';
import { withSession } from '../session';
import { useShellData } from '../use-shell-data';

// A GDAP relationship's page under Partner relationships (a page of its own, not a panel): Remove roles.

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withSession(request, () =>
    getGranularAdminRelationship(params.relationshipId ?? '', request.signal),
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  return withSession(request, () =>
    runAction(async () => {
      await terminateGranularAdminRelationship(params.relationshipId ?? '');
      return {};
    }),
  );
}

export function Component() {
  const { t } = useTranslation();
  const relationship = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { me } = useShellData();
  return (
    <>
      <Breadcrumb
        trail={[{ to: paths.partners.href(), label: t('partners.title') }]}
        current={relationship.partner.name}
      />
      <PageHeader title={relationship.partner.name} description={t('partner.lead')} />
      <GdapRelationshipDetails
        relationship={relationship}
        canRemoveRoles={canManagePartnerRoles(me.user.roles)}
        submitting={navigation.state === 'submitting'}
        removed={result?.ok === true}
        error={result?.ok === false ? result.error : undefined}
      />
    </>
  );
}

export const ErrorBoundary = RouteError;
