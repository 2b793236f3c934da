import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { PartnerSummary, RelationshipType } from '../../api/types';
import { RELATIONSHIP_TYPES } from '../../domain/contract';
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';
import { CommandBar } from '../../components/command-bar';
import { TableScroller } from '../../components/table-scroller';

export interface PartnerQuery {
  filter: string;
  types: RelationshipType[];
  page: number;
}

export interface PartnerListProps extends PartnerQuery {
  partners: PartnerSummary[];
  totalCount: number;
  pageSize: number;
  selectedId: string | null;
  /** Asks for another search, filter or page; the route turns it into a URL. */
  onQueryChange: (query: PartnerQuery) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

/** The URL query of a list state, kept on the details link so that closing the panel restores the list. */
export function partnerQueryString({ filter, types, page }: PartnerQuery): string {
  const params = new URLSearchParams();
  if (filter) params.set('filter', filter);
  if (types.length) params.set('type', types.join(','));
  if (page > 1) params.set('page', String(page));
  return params.size ? `?${params}` : '';
}

export function PartnerList({
  partners,
  totalCount,
  filter,
  types,
  page,
  pageSize,
  selectedId,
  onQueryChange,
  onRefresh,
  refreshing,
}: PartnerListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [typed, setTyped] = useState(filter);
  // Every keystroke asks for the filtered page; the router drops answers a newer keystroke made stale.
  const changeFilter = (value: string) => {
    setTyped(value);
    onQueryChange({ filter: value, types, page: 1 });
  };
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  const first = totalCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(totalCount, page * pageSize);
  const narrowed = !!filter || types.length > 0;

  if (totalCount === 0 && !narrowed) {
    return <Typography sx={{ py: 2 }}>{t('partners.empty')}</Typography>;
  }

  return (
    <>
      <CommandBar
        onRefresh={onRefresh}
        refreshing={refreshing}
        count={totalCount}
        search={{ label: t('partners.search'), value: typed, onChange: changeFilter }}
        filters={[
          {
            label: t('partners.filterByType'),
            options: RELATIONSHIP_TYPES.map((type) => ({ value: type, label: t(`relationship.${type}`) })),
          },
        ]}
        selected={types}
        onFilterChange={(selected) =>
          onQueryChange({
            filter,
            types: RELATIONSHIP_TYPES.filter((type) => selected.includes(type)),
            page: 1,
          })
        }
      />
      {totalCount === 0 ? (
        <Typography sx={{ py: 2 }}>
          {filter ? t('partners.noMatch', { filter }) : t('partners.noMatchFilters')}
        </Typography>
      ) : (
        <TableScroller label={t('partners.tableLabel')}>
          <Table size="small" aria-label={t('partners.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('partners.name')}</TableCell>
                <TableCell>{t('partners.relationship')}</TableCell>
                <TableCell>{t('partners.roles')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {partners.map((partner) => (
                <TableRow key={partner.id} selected={partner.id === selectedId}>
                  <TableCell sx={{ minWidth: 140 }}>
                    <Link
                      component={RouterLink}
                      to={`${paths.partner.href(partner.id)}${partnerQueryString({ filter, types, page })}`}
                      aria-current={partner.id === selectedId ? 'page' : undefined}
                    >
                      {partner.name}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ minWidth: 120 }}>
                    {partner.relationshipTypes.map((type) => t(`relationship.${type}`)).join(', ')}
                  </TableCell>
                  <TableCell sx={{ minWidth: 160 }}>
                    {partner.roles.length
                      ? partner.roles.map((role) => t(`roles.${role}`)).join(', ')
                      : t('roles.noAdminRoles')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      )}
      {pages > 1 ? (
        <Box
          component="nav"
          aria-label={t('partners.pages')}
          sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 2 }}
        >
          <Button disabled={page <= 1} onClick={() => onQueryChange({ filter, types, page: page - 1 })}>
            {t('partners.previous')}
          </Button>
          <Typography variant="body2">
            {t('partners.showing', {
              first: format.number(first),
              last: format.number(last),
              total: format.number(totalCount),
              count: totalCount,
            })}
          </Typography>
          <Button disabled={page >= pages} onClick={() => onQueryChange({ filter, types, page: page + 1 })}>
            {t('partners.next')}
          </Button>
        </Box>
      ) : null}
    </>
  );
}
