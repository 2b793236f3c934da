import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { PartnerSummary } from '../../api/types';
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';
import { AddressText } from '../../components/address-text';
import { TableScroller } from '../../components/table-scroller';

export interface PartnerListProps {
  partners: PartnerSummary[];
  totalCount: number;
  filter: string;
  page: number;
  pageSize: number;
  selectedId: string | null;
  /** Details are open beside the list: contact columns give way to them. */
  compact: boolean;
  /** Asks for another filter or page; the route turns it into a URL. */
  onQueryChange: (query: { filter: string; page: number }) => void;
}

export function PartnerList({
  partners,
  totalCount,
  filter,
  page,
  pageSize,
  selectedId,
  compact,
  onQueryChange,
}: PartnerListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [typed, setTyped] = useState(filter);
  // Every keystroke asks for the filtered page; the router drops answers a newer keystroke made stale.
  const changeFilter = (value: string) => {
    setTyped(value);
    onQueryChange({ filter: value, page: 1 });
  };
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  const first = totalCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(totalCount, page * pageSize);
  const query = (n: number) => `?${new URLSearchParams({ ...(filter ? { filter } : {}), page: String(n) })}`;

  if (totalCount === 0 && !filter) {
    return (
      <Paper sx={{ p: 3 }}>
        <Typography>{t('partners.empty')}</Typography>
      </Paper>
    );
  }

  return (
    <Paper sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <TextField
          size="small"
          type="search"
          label={t('partners.filter')}
          value={typed}
          onChange={(event) => changeFilter(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 100 } }}
          sx={{ minWidth: 260 }}
        />
        <Typography role="status" variant="body2" color="text.secondary">
          {totalCount === 0
            ? t('partners.noMatch', { filter })
            : t('partners.showing', {
                first: format.number(first),
                last: format.number(last),
                total: format.number(totalCount),
                count: totalCount,
              })}
        </Typography>
      </Box>
      {totalCount > 0 ? (
        <TableScroller label={t('partners.tableLabel')}>
          <Table size="small" aria-label={t('partners.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('partners.name')}</TableCell>
                <TableCell>{t('partners.relationship')}</TableCell>
                <TableCell>{t('partners.roles')}</TableCell>
                {compact ? null : <TableCell>{t('partner.email')}</TableCell>}
                {compact ? null : <TableCell>{t('partner.phone')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {partners.map((partner) => (
                <TableRow key={partner.id} selected={partner.id === selectedId}>
                  <TableCell>
                    <Link
                      component={RouterLink}
                      to={`${paths.partner.href(partner.id)}${query(page)}`}
                      aria-current={partner.id === selectedId ? 'page' : undefined}
                    >
                      {partner.name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {partner.relationshipTypes.map((type) => t(`relationship.${type}`)).join(', ')}
                  </TableCell>
                  <TableCell>
                    {partner.roles.length
                      ? partner.roles.map((role) => t(`roles.${role}`)).join(', ')
                      : t('roles.noAdminRoles')}
                  </TableCell>
                  {compact ? null : (
                    <TableCell>
                      <AddressText>{partner.email}</AddressText>
                    </TableCell>
                  )}
                  {compact ? null : <TableCell sx={{ whiteSpace: 'nowrap' }}>{partner.phone}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      ) : null}
      {pages > 1 ? (
        <Box
          component="nav"
          aria-label={t('partners.pages')}
          sx={{ display: 'flex', gap: 2, alignItems: 'center', mt: 2 }}
        >
          <Button disabled={page <= 1} onClick={() => onQueryChange({ filter, page: page - 1 })}>
            {t('partners.previous')}
          </Button>
          <Typography variant="body2">{t('partners.pageOf', { page, pages })}</Typography>
          <Button disabled={page >= pages} onClick={() => onQueryChange({ filter, page: page + 1 })}>
            {t('partners.next')}
          </Button>
        </Box>
      ) : null}
    </Paper>
  );
}
