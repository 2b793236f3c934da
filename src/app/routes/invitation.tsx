import {
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { getMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { runAction, type ActionFailure } from '../../api/action-result';
import { acceptInvitation, getInvitation } from '../../api/invitations';
import { PageHeader } from '../../components/page-header';
import type { Invitation } from '../../api/types';
import { parseInvitationLink, type InvitationLink } from '../../domain/invitation-link';
import { paths } from '../../domain/paths';
import { canAcceptInvitation } from '../../domain/roles';
import {
  InvitationLinkProblemView,
  indirectMismatchOf,
  type InvitationProblem,
} from '../../features/invitations/invitation-link-problem';
import { loadMcaDocument, type McaDocumentLink } from '../../features/agreements/mca-document';
import { InvitationPanel } from '../../features/invitations/invitation-panel';
import { withSession } from '../session';
import { useDocumentLanguage } from '../use-document-language';
import { useShellData } from '../use-shell-data';

type LoaderData =
  | { problem: InvitationProblem }
  | {
      problem: null;
      link: InvitationLink;
      invitation: Invitation;
      mca: McaDocumentLink;
    };

export async function loader({ request }: LoaderFunctionArgs): Promise<LoaderData> {
  const parsed = parseInvitationLink(new URL(request.url).searchParams);
  if (!parsed.ok) return { problem: parsed.problem };
  const { link } = parsed;
  return withSession(request, async () => {
    try {
      const [me, invitation] = await Promise.all([
        getMe(request.signal),
        getInvitation(link, request.signal),
      ]);
      const mca = await loadMcaDocument(me.tenant.country, request.signal);
      return { problem: null, link, invitation, mca };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && error.code === 'NotFound') {
        return { problem: { kind: 'unknownPartner', value: link.partnerId } };
      }
      const mismatch = indirectMismatchOf(error);
      if (mismatch) return { problem: mismatch };
      throw error;
    }
  });
}

export async function action({ request }: ActionFunctionArgs): Promise<ActionFailure> {
  const parsed = parseInvitationLink(new URL(request.url).searchParams);
  if (!parsed.ok) throw redirect(paths.home.href());
  const { link } = parsed;
  return withSession(request, () =>
    runAction(async () => {
      const accepted = await acceptInvitation(link);
      // Accept & Authorize may do two things (authorize the partner, accept the MCA): the next page says which.
      const what = accepted.indirectProvider
        ? accepted.mcaRecorded
          ? 'indirectInvitationAndAgreement'
          : 'indirectInvitation'
        : accepted.mcaRecorded
          ? 'invitationAndAgreement'
          : 'invitation';
      throw redirect(`${paths.partner.href(link.partnerId)}?accepted=${what}`);
    }),
  );
}

export function Component() {
  const { t } = useTranslation();
  const { me } = useShellData();
  const loaded = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const navigation = useNavigation();
  useDocumentLanguage(loaded.problem ? null : loaded.mca.requestedLanguage);
  return (
    <>
      <PageHeader title={t('invitation.title')} />
      {loaded.problem ? (
        <InvitationLinkProblemView problem={loaded.problem} />
      ) : (
        <InvitationPanel
          tenantName={me.tenant.displayName}
          invitation={loaded.invitation}
          mca={loaded.mca}
          canAccept={canAcceptInvitation(me.user.roles)}
          submitting={navigation.state === 'submitting'}
          error={failed?.error}
        />
      )}
    </>
  );
}
