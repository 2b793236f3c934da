import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import type { GranularAdminRelationship, GranularAdminRelationshipPage } from '../../api/types';
import { paths } from '../../domain/paths';
import { TableScroller } from '../../components/table-scroller';
import { GdapStatusText, useRoleName } from './gdap-text';
import { Pager } from './pager';

/** Roles shown in a row before "+ N more", as in the admin center's grid. */
const ROLES_SHOWN = 3;

export interface GdapRelationshipListProps {
  relationships: GranularAdminRelationshipPage;
  page: number;
  pageSize: number;
  /** A search or filter is on (the empty message says no match rather than none). */
  narrowed: boolean;
  onPageChange: (page: number) => void;
}

/**
 * Partner relationships' GDAP section: the relationships grouped per partner, each group headed by the
 * partner's name and how many relationships it has; each relationship opens its page.
 */
export const GdapRelationshipList = memo(function GdapRelationshipList({
  relationships,
  page,
  pageSize,
  narrowed,
  onPageChange,
}: GdapRelationshipListProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const { items, groups, totalCount } = relationships;
  const toggle = (partnerId: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(partnerId)) next.add(partnerId);
      return next;
    });

  return (
    <Box component="section" aria-labelledby="gdap-title" sx={{ mb: 4 }}>
      <Typography id="gdap-title" component="h2" variant="h2" sx={{ mb: 1 }}>
        {t('partners.gdap.title')}
      </Typography>
      {totalCount === 0 ? (
        <Typography sx={{ py: 1 }}>
          {t(narrowed ? 'partners.gdap.noMatch' : 'partners.gdap.empty')}
        </Typography>
      ) : (
        <TableScroller label={t('partners.gdap.title')}>
          <Table size="small" aria-labelledby="gdap-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('partners.gdap.partner')}</TableCell>
                <TableCell>{t('partners.gdap.roles')}</TableCell>
                <TableCell>{t('partners.gdap.expiration')}</TableCell>
                <TableCell>{t('partners.gdap.status')}</TableCell>
              </TableRow>
            </TableHead>
            {groups.map((group) => {
              const open = !collapsed.has(group.partnerId);
              const label = t('partners.gdap.group', { partner: group.partnerName, count: group.count });
              return (
                <TableBody key={group.partnerId}>
                  <TableRow>
                    <TableCell component="th" scope="rowgroup" colSpan={4} sx={{ py: 0.5 }}>
                      <Button
                        color="inherit"
                        aria-expanded={open}
                        startIcon={open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
                        onClick={() => toggle(group.partnerId)}
                        sx={{ fontWeight: 600, textTransform: 'none', textAlign: 'left' }}
                      >
                        {label}
                      </Button>
                    </TableCell>
                  </TableRow>
                  {open
                    ? items
                        .filter((item) => item.partner.id === group.partnerId)
                        .map((item) => <RelationshipRow key={item.id} relationship={item} />)
                    : null}
                </TableBody>
              );
            })}
          </Table>
        </TableScroller>
      )}
      <Pager
        label={t('partners.gdap.pages')}
        page={page}
        pageSize={pageSize}
        totalCount={totalCount}
        showing={(range) => t('partners.gdap.showing', range)}
        onPageChange={onPageChange}
      />
    </Box>
  );
});

function RelationshipRow({ relationship }: { relationship: GranularAdminRelationship }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleName = useRoleName();
  const names = relationship.roles.map(roleName);
  const shown = names.slice(0, ROLES_SHOWN).join(', ');
  return (
    <TableRow>
      <TableCell sx={{ minWidth: 180, pl: 6 }}>
        <Link component={RouterLink} to={paths.gdapRelationship.href(relationship.id)}>
          {relationship.displayName}
        </Link>
      </TableCell>
      <TableCell sx={{ minWidth: 220 }}>
        {names.length > ROLES_SHOWN
          ? t('partners.gdap.moreRoles', { roles: shown, count: names.length - ROLES_SHOWN })
          : shown}
      </TableCell>
      <TableCell sx={{ minWidth: 110 }}>
        {relationship.endAt ? format.date(relationship.endAt) : t('partners.gdap.noDate')}
      </TableCell>
      <TableCell sx={{ minWidth: 110 }}>
        <GdapStatusText status={relationship.status} />
      </TableCell>
    </TableRow>
  );
}
