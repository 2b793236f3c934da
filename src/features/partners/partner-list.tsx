import { memo } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { PartnerSummary } from '../../api/types';
import { paths } from '../../domain/paths';
import { TableScroller } from '../../components/table-scroller';
import { Pager } from './pager';

export interface PartnerListProps {
  partners: PartnerSummary[];
  totalCount: number;
  page: number;
  pageSize: number;
  selectedId: string | null;
  /** A search or filter is on (the empty message says no match rather than none). */
  narrowed: boolean;
  /** The list's URL query, kept on the details link so that closing the panel restores the list. */
  query: string;
  onPageChange: (page: number) => void;
}

// The body's cells are plain elements styled from the table, as MUI's small cells look: with thousands of
// partners a search keystroke renders a full page of rows, and a MUI cell costs a styled component each.
const bodySx = {
  '& tbody td': {
    px: 2,
    py: '6px',
    borderBottom: 1,
    borderColor: 'divider',
    typography: 'body2',
  },
  '& tbody tr.selected': { bgcolor: 'action.selected' },
  '& tbody td.name': { minWidth: 140 },
  '& tbody td.type': { minWidth: 120 },
  '& tbody td.authorization': { minWidth: 100 },
  '& tbody td.roles': { minWidth: 160 },
} as const;

/** A partner holds DAP when it has delegated admin roles in the tenant. */
export const holdsDap = (partner: PartnerSummary) =>
  partner.relationshipTypes.includes('delegatedAdmin') && partner.roles.length > 0;

/**
 * Partner relationships' Other partner types: resellers, advisors, indirect providers… with the DAP roles
 * some still hold. A partner's name opens its details in a side panel.
 */
export const PartnerList = memo(function PartnerList({
  partners,
  totalCount,
  page,
  pageSize,
  selectedId,
  narrowed,
  query,
  onPageChange,
}: PartnerListProps) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="other-partners-title">
      <Typography id="other-partners-title" component="h2" variant="h2" sx={{ mb: 1 }}>
        {t('partners.other.title')}
      </Typography>
      {totalCount === 0 ? (
        <Typography sx={{ py: 1 }}>
          {t(narrowed ? 'partners.other.noMatch' : 'partners.other.empty')}
        </Typography>
      ) : (
        <TableScroller label={t('partners.other.title')}>
          <Table size="small" aria-labelledby="other-partners-title" sx={bodySx}>
            <TableHead>
              <TableRow>
                <TableCell>{t('partners.name')}</TableCell>
                <TableCell>{t('partners.other.partnerType')}</TableCell>
                <TableCell>{t('partners.other.roleAuthorization')}</TableCell>
                <TableCell>{t('partners.roles')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {partners.map((partner) => {
                const types = partner.relationshipTypes.filter((type) => type !== 'delegatedAdmin');
                return (
                  <tr key={partner.id} className={partner.id === selectedId ? 'selected' : undefined}>
                    <td className="name">
                      <Link
                        component={RouterLink}
                        to={`${paths.partner.href(partner.id)}${query}`}
                        aria-current={partner.id === selectedId ? 'page' : undefined}
                      >
                        {partner.name}
                      </Link>
                    </td>
                    <td className="type">
                      {types.length
                        ? types.map((type) => t(`relationship.${type}`)).join(', ')
                        : t('relationship.none')}
                    </td>
                    <td className="authorization">
                      {holdsDap(partner) ? t('partners.other.dap') : t('partners.other.none')}
                    </td>
                    <td className="roles">
                      {partner.roles.length
                        ? partner.roles.map((role) => t(`roles.${role}`)).join(', ')
                        : t('roles.noAdminRoles')}
                    </td>
                  </tr>
                );
              })}
            </TableBody>
          </Table>
        </TableScroller>
      )}
      <Pager
        label={t('partners.other.pages')}
        page={page}
        pageSize={pageSize}
        totalCount={totalCount}
        showing={(range) => t('partners.showing', range)}
        onPageChange={onPageChange}
      />
    </Box>
  );
});
