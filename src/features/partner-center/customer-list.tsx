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
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';
import { McaStatusText } from './mca-status';
import { AddressText } from '../../components/address-text';
import { TableScroller } from '../../components/table-scroller';

/** The partner's customers, each with its MCA standing; the name opens Account info. */
export function CustomerList({ customers }: { customers: PartnerCustomerSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (customers.length === 0) {
    return (
      <Paper sx={{ p: 3 }}>
        <Typography>{t('pc.customers.empty')}</Typography>
      </Paper>
    );
  }
  return (
    <TableScroller label={t('pc.customers.title')} paper>
      <Table aria-label={t('pc.customers.title')}>
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
          {customers.map((customer) => (
            <TableRow key={customer.id}>
              <TableCell>
                <Link component={RouterLink} to={paths.partnerCenter.customer.href(customer.id)}>
                  {customer.companyName}
                </Link>
              </TableCell>
              <TableCell>
                <AddressText>{customer.domain}</AddressText>
              </TableCell>
              <TableCell>{format.country(customer.country)}</TableCell>
              <TableCell>
                {customer.relationshipTypes.map((type) => t(`relationship.${type}`)).join(', ')}
              </TableCell>
              <TableCell>
                <McaStatusText status={customer.mca} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroller>
  );
}
