import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import {
  Outlet,
  useLoaderData,
  useNavigate,
  useParams,
  useSearchParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { PARTNER_PAGE_SIZE, getPartners } from '../../api/partners';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../domain/paths';
import { PartnerList } from '../../features/partners/partner-list';
import { withSession } from '../session';

/** `page` and `filter` from the URL; anything odd falls back to the first page and no filter. */
function readQuery(url: URL) {
  const filter = (url.searchParams.get('filter') ?? '').slice(0, 100);
  const page = Number(url.searchParams.get('page') ?? '1');
  return { filter, page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1 };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const query = readQuery(new URL(request.url));
  return withSession(request, async () => {
    const result = await getPartners(
      { filter: query.filter, skip: (query.page - 1) * PARTNER_PAGE_SIZE },
      request.signal,
    );
    return { ...query, partners: result.items, totalCount: result.totalCount };
  });
}

export function Component() {
  const { t } = useTranslation();
  const { partners, totalCount, filter, page } = useLoaderData<typeof loader>();
  const { partnerId } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const accepted = searchParams.get('accepted');

  return (
    <>
      <PageHeader title={t('partners.title')} description={t('partners.description')} />
      {accepted === 'agreement' || accepted === 'invitation' || accepted === 'invitationAndAgreement' ? (
        <Alert severity="success" sx={{ mb: 2 }} role="status">
          {t(`partners.accepted.${accepted}`)}
        </Alert>
      ) : null}
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: {
            xs: 'minmax(0, 1fr)',
            lg: partnerId ? 'minmax(0, 3fr) minmax(0, 2fr)' : 'minmax(0, 1fr)',
          },
          alignItems: 'start',
        }}
      >
        <PartnerList
          partners={partners}
          totalCount={totalCount}
          filter={filter}
          page={page}
          pageSize={PARTNER_PAGE_SIZE}
          selectedId={partnerId?.toLowerCase() ?? null}
          compact={!!partnerId}
          onQueryChange={(next) => {
            const params = new URLSearchParams();
            if (next.filter) params.set('filter', next.filter);
            if (next.page > 1) params.set('page', String(next.page));
            const query = params.size ? `?${params}` : '';
            void navigate(`${partnerId ? paths.partner.href(partnerId) : paths.partners.href()}${query}`, {
              replace: true,
            });
          }}
        />
        <Outlet />
      </Box>
    </>
  );
}
