import Alert from '@mui/material/Alert';
import {
  Outlet,
  useLoaderData,
  useNavigate,
  useParams,
  useRevalidator,
  useSearchParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { GDAP_PAGE_SIZE, getGranularAdminRelationships } from '../../api/granular-admin-relationships';
import { PARTNER_PAGE_SIZE, getPartners } from '../../api/partners';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../domain/paths';
import {
  PartnerRelationships,
  partnerRelationshipsQueryString,
  readPartnerRelationshipsQuery,
} from '../../features/partners/partner-relationships';
import { withSession } from '../session';

export async function loader({ request }: LoaderFunctionArgs) {
  const query = readPartnerRelationshipsQuery(new URL(request.url));
  return withSession(request, async () => {
    const [partners, gdap] = await Promise.all([
      getPartners(
        { filter: query.filter, types: query.types, skip: (query.page - 1) * PARTNER_PAGE_SIZE },
        request.signal,
      ),
      getGranularAdminRelationships(
        { filter: query.filter, statuses: query.statuses, skip: (query.gdapPage - 1) * GDAP_PAGE_SIZE },
        request.signal,
      ),
    ]);
    return {
      query,
      partners: partners.items,
      partnerCount: partners.totalCount,
      gdap,
      dapHeld: gdap.dapPartnerCount > 0,
    };
  });
}

const PAGE_SIZE = { partners: PARTNER_PAGE_SIZE, gdap: GDAP_PAGE_SIZE };

export function Component() {
  const { t } = useTranslation();
  const { query, partners, partnerCount, gdap, dapHeld } = useLoaderData<typeof loader>();
  const { partnerId } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const accepted = searchParams.get('accepted');

  return (
    <>
      <PageHeader title={t('partners.title')} description={t('partners.description')} />
      {/* With a partner's panel open, the panel says it (routes/partner-details). */}
      {!partnerId && accepted === 'agreement' ? (
        <Alert severity="success" sx={{ mb: 2 }} role="status">
          {t(`partners.accepted.${accepted}`)}
        </Alert>
      ) : null}
      <PartnerRelationships
        query={query}
        gdap={gdap}
        partners={partners}
        partnerCount={partnerCount}
        pageSize={PAGE_SIZE}
        dapHeld={dapHeld}
        selectedPartnerId={partnerId?.toLowerCase() ?? null}
        onRefresh={() => void revalidator.revalidate()}
        refreshing={revalidator.state === 'loading'}
        onQueryChange={(next) => {
          const list = partnerId ? paths.partner.href(partnerId) : paths.partners.href();
          void navigate(`${list}${partnerRelationshipsQueryString(next)}`, { replace: true });
        }}
      />
      {/* The selected partner's details: a side panel over the list (routes/partner-details). */}
      <Outlet />
    </>
  );
}
