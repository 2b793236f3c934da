import {
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { runAction } from '../../api/action-result';
import { getPartner, removePartnerRoles } from '../../api/partners';
import { RouteError } from '../../components/route-error';
import { paths } from '../../domain/paths';
import { canManagePartnerRoles } from '../../domain/roles';
import { PartnerDetailsPanel } from '../../features/partners/partner-details-panel';
import { withSession } from '../session';
import { useShellData } from '../use-shell-data';

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withSession(request, () => getPartner(params.partnerId ?? '', request.signal));
}

export async function action({ request, params }: ActionFunctionArgs) {
  return withSession(request, () =>
    runAction(async () => {
      await removePartnerRoles(params.partnerId ?? '');
      return {};
    }),
  );
}

export function Component() {
  const partner = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { me } = useShellData();
  const [searchParams] = useSearchParams();
  searchParams.delete('accepted');
  const query = searchParams.size ? `?${searchParams}` : '';
  return (
    <PartnerDetailsPanel
      partner={partner}
      closeHref={`${paths.partners.href()}${query}`}
      canRemoveRoles={canManagePartnerRoles(me.user.roles)}
      mcaAcceptedDirectly={me.mca.acceptedDirectly}
      submitting={navigation.state === 'submitting'}
      removed={result?.ok === true}
      error={result?.ok === false ? result.error : undefined}
    />
  );
}

export const ErrorBoundary = RouteError;
