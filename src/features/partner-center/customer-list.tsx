import { useState } from 'react';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { PartnerCustomerSummary } from '../../api/types';
import { RELATIONSHIP_TYPES } from '../../domain/contract';
import { isMcaSettled, type McaStatus } from '../../domain/mca-standing';
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';
import { McaStatusText } from './mca-status';
import { AddressText } from '../../components/address-text';
import { CommandBar } from '../../components/command-bar';
import { TableScroller } from '../../components/table-scroller';

const MCA_FILTERS = {
  notConfirmed: (status: McaStatus) => !isMcaSettled(status),
  acceptedDirectly: (status: McaStatus) => status.acceptedDirectly,
  attested: (status: McaStatus) => status.attested,
} as const;
type McaFilter = keyof typeof MCA_FILTERS;
const MCA_FILTER_KEYS = Object.keys(MCA_FILTERS) as McaFilter[];

/** Options of one filter group match any of its chosen values; the groups together must all match. */
function matches(customer: PartnerCustomerSummary, search: string, selected: string[]): boolean {
  const needle = search.trim().toLowerCase();
  if (
    needle &&
    !customer.companyName.toLowerCase().includes(needle) &&
    !customer.domain.toLowerCase().includes(needle)
  ) {
    return false;
  }
  const mca = MCA_FILTER_KEYS.filter((key) => selected.includes(`mca:${key}`));
  if (mca.length && !mca.some((key) => MCA_FILTERS[key](customer.mca))) return false;
  const types = RELATIONSHIP_TYPES.filter((type) => selected.includes(`relationship:${type}`));
  return !types.length || customer.relationshipTypes.some((type) => types.includes(type));
}

/** The partner's customers, each with its MCA standing; the name opens Account info. */
export function CustomerList({
  customers,
  onRefresh,
  refreshing,
}: {
  customers: PartnerCustomerSummary[];
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  if (customers.length === 0) {
    return (
      <Paper sx={{ p: 3 }}>
        <Typography>{t('pc.customers.empty')}</Typography>
      </Paper>
    );
  }
  const shown = customers.filter((customer) => matches(customer, search, selected));
  return (
    <Paper sx={{ px: 2, pb: 2 }}>
      <CommandBar
        onRefresh={onRefresh}
        refreshing={refreshing}
        count={shown.length}
        search={{ label: t('pc.customers.search'), value: search, onChange: setSearch }}
        filters={[
          {
            label: t('pc.customers.filterByMca'),
            options: MCA_FILTER_KEYS.map((key) => ({ value: `mca:${key}`, label: t(`pc.mca.${key}`) })),
          },
          {
            label: t('pc.customers.filterByRelationship'),
            options: RELATIONSHIP_TYPES.map((type) => ({
              value: `relationship:${type}`,
              label: t(`relationship.${type}`),
            })),
          },
        ]}
        selected={selected}
        onFilterChange={setSelected}
      />
      {shown.length === 0 ? (
        <Typography sx={{ py: 2 }}>{t('pc.customers.noMatch')}</Typography>
      ) : (
        <TableScroller label={t('pc.customers.title')}>
          <Table size="small" aria-label={t('pc.customers.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('pc.customers.companyName')}</TableCell>
                <TableCell>{t('pc.customers.domain')}</TableCell>
                <TableCell>{t('pc.customers.country')}</TableCell>
                <TableCell>{t('pc.customers.relationship')}</TableCell>
                <TableCell>{t('pc.customers.mca')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((customer) => (
                <TableRow key={customer.id}>
                  <TableCell sx={{ minWidth: 140 }}>
                    <Link component={RouterLink} to={paths.partnerCenter.customer.href(customer.id)}>
                      {customer.companyName}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ minWidth: 140 }}>
                    <AddressText>{customer.domain}</AddressText>
                  </TableCell>
                  <TableCell>{format.country(customer.country)}</TableCell>
                  <TableCell sx={{ minWidth: 110 }}>
                    {customer.relationshipTypes.map((type) => t(`relationship.${type}`)).join(', ')}
                  </TableCell>
                  <TableCell sx={{ minWidth: 140 }}>
                    <McaStatusText status={customer.mca} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      )}
    </Paper>
  );
}
