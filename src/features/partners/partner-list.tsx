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
          <Table size="small" aria-labelledby="other-partners-title">
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
                  <TableRow key={partner.id} selected={partner.id === selectedId}>
                    <TableCell sx={{ minWidth: 140 }}>
                      <Link
                        component={RouterLink}
                        to={`${paths.partner.href(partner.id)}${query}`}
                        aria-current={partner.id === selectedId ? 'page' : undefined}
                      >
                        {partner.name}
                      </Link>
                    </TableCell>
                    <TableCell sx={{ minWidth: 120 }}>
                      {types.length
                        ? types.map((type) => t(`relationship.${type}`)).join(', ')
                        : t('relationship.none')}
                    </TableCell>
                    <TableCell sx={{ minWidth: 100 }}>
                      {holdsDap(partner) ? t('partners.other.dap') : t('partners.other.none')}
                    </TableCell>
                    <TableCell sx={{ minWidth: 160 }}>
                      {partner.roles.length
                        ? partner.roles.map((role) => t(`roles.${role}`)).join(', ')
                        : t('roles.noAdminRoles')}
                    </TableCell>
                  </TableRow>
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
