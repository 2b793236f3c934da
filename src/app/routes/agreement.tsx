import {
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { acceptAgreement, getAgreementStatus } from '../../api/agreements';
import { getMe } from '../../api/auth';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../domain/paths';
import { canAcceptAgreement } from '../../domain/roles';
import { acceptAgreementSchema } from '../../domain/validation';
import { AcceptAgreementPanel } from '../../features/agreements/accept-agreement-panel';
import { loadMcaDocument } from '../agreement-document';
import { useDocumentLanguage } from '../use-document-language';
import { toActionFailure, withSession } from '../session';
import { useShellData } from '../use-shell-data';

export async function loader({ request }: LoaderFunctionArgs) {
  return withSession(request, async () => {
    const [me, status] = await Promise.all([getMe(request.signal), getAgreementStatus(request.signal)]);
    const mca = await loadMcaDocument(me.tenant.country, request.signal);
    return { status, mca };
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = acceptAgreementSchema.safeParse(form);
  if (!parsed.success) {
    return { error: { status: 400, code: 'InvalidInput', description: 'Invalid template', data: [] } };
  }
  return withSession(request, async () => {
    try {
      await acceptAgreement(parsed.data.templateId);
    } catch (error) {
      return toActionFailure(error);
    }
    return redirect(`${paths.partners.href()}?accepted=agreement`);
  });
}

export function Component() {
  const { t } = useTranslation();
  const { me } = useShellData();
  const { status, mca } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  useDocumentLanguage(mca.requestedLanguage);

  return (
    <>
      <PageHeader title={t('agreement.title')} description={t('agreement.description')} />
      <AcceptAgreementPanel
        tenantName={me.tenant.displayName}
        status={status}
        templateId={mca.templateId}
        document={mca.document}
        canAccept={canAcceptAgreement(me.user.roles)}
        submitting={navigation.state === 'submitting'}
        error={failure && 'error' in failure ? failure.error : undefined}
      />
    </>
  );
}
