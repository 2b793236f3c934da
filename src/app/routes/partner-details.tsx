import Alert from '@mui/material/Alert';
import {
  useActionData,
  useLoaderData,
  useNavigate,
  useNavigation,
  useSearchParams,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { runAction } from '../../api/action-result';
import { getPartner, removePartnerRoles } from '../../api/partners';
import { RouteError } from '../../components/route-error';
import { SidePanel } from '../../components/side-panel';
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

/** The `accepted` values that the acceptance pages hand over, each with its success message. */
const ACCEPTED_MESSAGES = [
  'agreement',
  'invitation',
  'invitationAndAgreement',
  'indirectInvitation',
  'indirectInvitationAndAgreement',
] as const;
const isAccepted = (value: string | null): value is (typeof ACCEPTED_MESSAGES)[number] =>
  ACCEPTED_MESSAGES.some((known) => known === value);

// The partner's details in a side panel over Partner relationships; the URL names the partner, so a link
// to it opens the panel and Back closes it.
export function Component() {
  const partner = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const { me } = useShellData();
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const accepted = searchParams.get('accepted');
  searchParams.delete('accepted');
  const query = searchParams.size ? `?${searchParams}` : '';
  return (
    <SidePanel
      title={partner.name}
      titleId="partner-details-title"
      onClose={() => void navigate(`${paths.partners.href()}${query}`)}
    >
      {isAccepted(accepted) ? (
        <Alert severity="success" sx={{ mb: 2 }} role="status">
          {t(`partners.accepted.${accepted}`)}
        </Alert>
      ) : null}
      <PartnerDetailsPanel
        partner={partner}
        canRemoveRoles={canManagePartnerRoles(me.user.roles)}
        mcaAcceptedDirectly={me.mca.acceptedDirectly}
        submitting={navigation.state === 'submitting'}
        removed={result?.ok === true}
        error={result?.ok === false ? result.error : undefined}
      />
    </SidePanel>
  );
}

export const ErrorBoundary = RouteError;
