import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import type { GranularAdminRelationshipPage, PartnerSummary, RelationshipType } from '../../api/types';
import { RELATIONSHIP_TYPES } from '../../domain/contract';
import { CUSTOMER_STATUS_FILTER } from '../../domain/gdap';
import { CommandBar } from '../../components/command-bar';
import { useStableCallback } from '../../components/use-stable-callback';
import { GdapRelationshipList } from './gdap-relationship-list';
import { PartnerList } from './partner-list';

export type CustomerStatusFilter = (typeof CUSTOMER_STATUS_FILTER)[number];

/** What the page shows: the search, the two filters and each section's page; the route keeps it in the URL. */
export interface PartnerRelationshipsQuery {
  filter: string;
  /** The Status filter: narrows the GDAP section. */
  statuses: CustomerStatusFilter[];
  /** The relationship-type filter: narrows Other partner types. */
  types: RelationshipType[];
  /** Other partner types' page. */
  page: number;
  gdapPage: number;
}

/** The URL query of a state of the page (also kept on a partner's details link, to come back to it). */
export function partnerRelationshipsQueryString(query: PartnerRelationshipsQuery): string {
  const params = new URLSearchParams();
  if (query.filter) params.set('filter', query.filter);
  if (query.statuses.length) params.set('status', query.statuses.join(','));
  if (query.types.length) params.set('type', query.types.join(','));
  if (query.page > 1) params.set('page', String(query.page));
  if (query.gdapPage > 1) params.set('gdapPage', String(query.gdapPage));
  return params.size ? `?${params}` : '';
}

/** A state of the page from a URL: anything odd falls back to no search, no filter, the first pages. */
export function readPartnerRelationshipsQuery(url: URL): PartnerRelationshipsQuery {
  const param = (name: string) => url.searchParams.get(name) ?? '';
  const pageNumber = (name: string) => {
    const page = Number(param(name) || '1');
    return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
  };
  const named = (name: string) => param(name).split(',');
  return {
    filter: param('filter').slice(0, 100),
    statuses: CUSTOMER_STATUS_FILTER.filter((status) => named('status').includes(status)),
    types: RELATIONSHIP_TYPES.filter((type) => named('type').includes(type)),
    page: pageNumber('page'),
    gdapPage: pageNumber('gdapPage'),
  };
}

export interface PartnerRelationshipsProps {
  query: PartnerRelationshipsQuery;
  gdap: GranularAdminRelationshipPage;
  partners: PartnerSummary[];
  partnerCount: number;
  pageSize: { partners: number; gdap: number };
  /** Some partner still holds DAP roles in the tenant (not only on this page). */
  dapHeld: boolean;
  selectedPartnerId: string | null;
  onQueryChange: (query: PartnerRelationshipsQuery) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

/**
 * Partner relationships as the admin center shows it since 2023: the DAP review bar, one command bar, the
 * GDAP relationships grouped per partner, then the other partner types.
 */
export function PartnerRelationships({
  query,
  gdap,
  partners,
  partnerCount,
  pageSize,
  dapHeld,
  selectedPartnerId,
  onQueryChange,
  onRefresh,
  refreshing,
}: PartnerRelationshipsProps) {
  const { t } = useTranslation();
  // What was typed and picked, ahead of the URL: a second pick (or keystroke) made before the first one's
  // lists arrived builds on the first, instead of on the query the page last loaded.
  const [draft, setDraft] = useState({ filter: query.filter, statuses: query.statuses, types: query.types });
  const [dapBarClosed, setDapBarClosed] = useState(false);
  const change = (next: Partial<typeof draft>) => {
    const merged = { ...draft, ...next };
    setDraft(merged);
    // Every change asks for the filtered lists; the router drops answers a newer change made stale.
    onQueryChange({ ...query, ...merged, page: 1, gdapPage: 1 });
  };
  const changeFilter = (value: string) => change({ filter: value });
  const changeGdapPage = useStableCallback((gdapPage: number) => onQueryChange({ ...query, gdapPage }));
  const changePage = useStableCallback((page: number) => onQueryChange({ ...query, page }));
  const narrowed = !!query.filter || query.statuses.length > 0 || query.types.length > 0;

  if (gdap.totalCount === 0 && partnerCount === 0 && !narrowed) {
    return <Typography sx={{ py: 2 }}>{t('partners.empty')}</Typography>;
  }

  return (
    <>
      {dapHeld && !dapBarClosed ? (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          onClose={() => setDapBarClosed(true)}
          slotProps={{ closeButton: { title: t('layout.close') } }}
        >
          {t('partners.dapReview')}
        </Alert>
      ) : null}
      <Paper sx={{ px: 2, pb: 2 }}>
        <CommandBar
          onRefresh={onRefresh}
          refreshing={refreshing}
          count={gdap.totalCount + partnerCount}
          search={{ label: t('partners.search'), value: draft.filter, onChange: changeFilter }}
          filters={[
            {
              label: t('partners.filterByStatus'),
              options: CUSTOMER_STATUS_FILTER.map((status) => ({
                value: status,
                label: t(`gdapStatus.${status}`),
              })),
            },
            {
              label: t('partners.filterByType'),
              options: RELATIONSHIP_TYPES.map((type) => ({ value: type, label: t(`relationship.${type}`) })),
            },
          ]}
          selected={[...draft.statuses, ...draft.types]}
          onFilterChange={(selected) =>
            change({
              statuses: CUSTOMER_STATUS_FILTER.filter((status) => selected.includes(status)),
              types: RELATIONSHIP_TYPES.filter((type) => selected.includes(type)),
            })
          }
        />
        <GdapRelationshipList
          relationships={gdap}
          page={query.gdapPage}
          pageSize={pageSize.gdap}
          narrowed={narrowed}
          onPageChange={changeGdapPage}
        />
        <PartnerList
          partners={partners}
          totalCount={partnerCount}
          page={query.page}
          pageSize={pageSize.partners}
          selectedId={selectedPartnerId}
          narrowed={narrowed}
          query={partnerRelationshipsQueryString(query)}
          onPageChange={changePage}
        />
      </Paper>
    </>
  );
}
