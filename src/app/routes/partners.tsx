import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
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
import { PARTNER_PAGE_SIZE, getPartners } from '../../api/partners';
import { PageHeader } from '../../components/page-header';
import { RELATIONSHIP_TYPES } from '../../domain/contract';
import { paths } from '../../domain/paths';
import { PartnerList, partnerQueryString } from '../../features/partners/partner-list';
import { withSession } from '../session';

/** `page`, `filter` and `type` from the URL; anything odd falls back to the first page, no filter. */
function readQuery(url: URL) {
  const filter = (url.searchParams.get('filter') ?? '').slice(0, 100);
  const page = Number(url.searchParams.get('page') ?? '1');
  const named = (url.searchParams.get('type') ?? '').split(',');
  return {
    filter,
    types: RELATIONSHIP_TYPES.filter((type) => named.includes(type)),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const query = readQuery(new URL(request.url));
  return withSession(request, async () => {
    const result = await getPartners(
      { filter: query.filter, types: query.types, skip: (query.page - 1) * PARTNER_PAGE_SIZE },
      request.signal,
    );
    return { ...query, partners: result.items, totalCount: result.totalCount };
  });
}

export function Component() {
  const { t } = useTranslation();
  const { partners, totalCount, filter, types, page } = useLoaderData<typeof loader>();
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
      <Paper sx={{ px: 2, pb: 2 }}>
        <PartnerList
          partners={partners}
          totalCount={totalCount}
          filter={filter}
          types={types}
          page={page}
          pageSize={PARTNER_PAGE_SIZE}
          selectedId={partnerId?.toLowerCase() ?? null}
          onRefresh={() => void revalidator.revalidate()}
          refreshing={revalidator.state === 'loading'}
          onQueryChange={(next) => {
            const list = partnerId ? paths.partner.href(partnerId) : paths.partners.href();
            void navigate(`${list}${partnerQueryString(next)}`, { replace: true });
          }}
        />
      </Paper>
      {/* The selected partner's details: a side panel over the list (routes/partner-details). */}
      <Outlet />
    </>
  );
}
