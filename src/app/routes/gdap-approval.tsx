import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import {
  Link as RouterLink,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { runAction } from '../../api/action-result';
import { ApiError } from '../../api/client';
import {
  approveGranularAdminRelationship,
  getGranularAdminRelationship,
} from '../../api/granular-admin-relationships';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../domain/paths';
import { canApproveGdap } from '../../domain/roles';
import { ApprovePartnerRoles } from '../../features/gdap-approval/approve-partner-roles';
import { useTranslation } from '../../i18n/i18n';
import { withSession } from '../session';
import { useShellData } from '../use-shell-data';

// The GDAP approval link a partner sends: Approve partner roles, for the relationship the link names.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.relationshipId ?? '';
  return withSession(request, async () => {
    try {
      return { id, relationship: await getGranularAdminRelationship(id, request.signal) };
    } catch (error) {
      // Unknown, cut off, or another organization's: the page says so rather than an error page.
      if (error instanceof ApiError && error.status === 404) return { id, relationship: null };
      throw error;
    }
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.relationshipId ?? '';
  const result = await withSession(request, () =>
    runAction(async () => ({ approved: await approveGranularAdminRelationship(id) })),
  );
  // No longer waiting for approval (lapsed, approved in another tab, ended): the page shows it as it is now,
  // which says what became of the request better than "the request failed".
  if (!result.ok && result.error?.status === 409) throw redirect(paths.gdapApproval.href(id));
  return result;
}

export function Component() {
  const { t } = useTranslation();
  const { me } = useShellData();
  const { id, relationship } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <>
      <PageHeader title={t('gdapApproval.title')} />
      {relationship ? (
        <ApprovePartnerRoles
          tenantName={me.tenant.displayName}
          relationship={relationship}
          canApprove={canApproveGdap(me.user.roles)}
          submitting={navigation.state === 'submitting'}
          justApproved={result?.ok === true}
          error={result?.ok === false ? result.error : undefined}
        />
      ) : (
        <Alert severity="error" sx={{ maxWidth: 720 }}>
          {t('gdapApproval.notFound', { id, tenant: me.tenant.displayName })}{' '}
          <Link component={RouterLink} to={paths.partners.href()}>
            {t('gdapApproval.goToPartnerRelationships')}
          </Link>
        </Alert>
      )}
    </>
  );
}
