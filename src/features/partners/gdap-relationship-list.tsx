import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
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

const groupToggleSx = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 1,
  p: 0.5,
  border: 0,
  borderRadius: 0.5,
  background: 'none',
  color: 'text.primary',
  font: 'inherit',
  fontWeight: 600,
  textAlign: 'left',
  cursor: 'pointer',
  '&:hover': { bgcolor: 'action.hover' },
  '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
} as const;

// The body's cells are plain elements styled from the table, as MUI's small cells look: a page has up to a
// hundred rows (relationships and group headings), and a MUI cell costs a styled component each.
const bodySx = {
  '& tbody td, & tbody th': {
    px: 2,
    py: '6px',
    borderBottom: 1,
    borderColor: 'divider',
    typography: 'body2',
    textAlign: 'left',
    fontWeight: 'inherit',
  },
  '& tbody th.group': { py: 0.5 },
  '& tbody td.name': { minWidth: 180, pl: 6 },
  '& tbody td.roles': { minWidth: 220 },
  '& tbody td.date': { minWidth: 110 },
} as const;

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
          <Table size="small" aria-labelledby="gdap-title" sx={bodySx}>
            <TableHead>
              <TableRow>
                <TableCell>{t('partners.gdap.partner')}</TableCell>
                <TableCell>{t('partners.gdap.roles')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('partners.gdap.expiration')}</TableCell>
                <TableCell>{t('partners.gdap.status')}</TableCell>
              </TableRow>
            </TableHead>
            {groups.map((group) => {
              const open = !collapsed.has(group.partnerId);
              const label = t('partners.gdap.group', { partner: group.partnerName, count: group.count });
              return (
                <tbody key={group.partnerId}>
                  <tr>
                    <th scope="rowgroup" colSpan={4} className="group">
                      {/* A plain button: a page can have fifty groups, and MUI's Button (ripple) is heavy. */}
                      <Box
                        component="button"
                        type="button"
                        aria-expanded={open}
                        onClick={() => toggle(group.partnerId)}
                        sx={groupToggleSx}
                      >
                        {open ? (
                          <ExpandMoreIcon fontSize="small" aria-hidden />
                        ) : (
                          <ChevronRightIcon fontSize="small" aria-hidden />
                        )}
                        {label}
                      </Box>
                    </th>
                  </tr>
                  {open
                    ? items
                        .filter((item) => item.partner.id === group.partnerId)
                        .map((item) => <RelationshipRow key={item.id} relationship={item} />)
                    : null}
                </tbody>
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
    <tr>
      <td className="name">
        <Link component={RouterLink} to={paths.gdapRelationship.href(relationship.id)}>
          {relationship.displayName}
        </Link>
      </td>
      <td className="roles">
        {names.length > ROLES_SHOWN
          ? t('partners.gdap.moreRoles', { roles: shown, count: names.length - ROLES_SHOWN })
          : shown}
      </td>
      <td className="date">
        {relationship.endAt ? format.date(relationship.endAt) : t('partners.gdap.noDate')}
      </td>
      <td className="date">
        <GdapStatusText status={relationship.status} />
      </td>
    </tr>
  );
}
