import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { getPartnerMe } from '../../../api/partner-center';
import { PageHeader } from '../../../components/page-header';
import { loadRelationshipRequest } from '../../../features/partner-center/relationship-request';
import { RelationshipRequestForm } from '../../../features/partner-center/relationship-request-form';
import { withPartnerSession } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

// Customers › Request a reseller relationship: the invitation link (GET /v1/customers/relationshiprequests)
// in an email the partner can edit, copy or open in their mail program. An indirect provider may name one of
// its indirect resellers, an indirect reseller names its provider: the link is then the indirect form.

export async function loader({ request }: LoaderFunctionArgs) {
  return withPartnerSession(request, async () => {
    const me = await getPartnerMe(request.signal);
    return { options: await loadRelationshipRequest(me.partner, request.signal) };
  });
}

export function Component() {
  const { t } = useTranslation();
  const { options } = useLoaderData<typeof loader>();
  const { me } = usePartnerShellData();
  return (
    <>
      <PageHeader title={t('pc.request.title')} description={t('pc.request.description')} />
      <RelationshipRequestForm options={options} me={me} />
    </>
  );
}
