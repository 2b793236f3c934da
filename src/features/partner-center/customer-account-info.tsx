import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import type { Agreement, Customer, PartnerRelationship } from '../../api/types';
import { DetailsList } from '../../components/details-list';
import { useFormat } from '../../i18n/use-format';
import type { McaStatus } from '../../domain/mca-standing';
import { McaStatusText } from './mca-status';
import { AddressText } from '../../components/address-text';
import { TableScroller } from '../../components/table-scroller';
import { cityLine } from '../../domain/address';

export function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
      <Typography variant="h2" component="h2" id={id} sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Account info: the company, its domain and address, and its primary contact. */
export function AccountInfoDetails({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const address = customer.billingProfile.defaultAddress;
  const street = [address.addressLine1, cityLine(address)].filter(Boolean).join(', ');
  return (
    <DetailsList
      rows={[
        [t('pc.customers.companyName'), customer.companyProfile.companyName],
        [t('pc.customers.domain'), <AddressText key="domain">{customer.companyProfile.domain}</AddressText>],
        [t('pc.account.customerId'), customer.id],
        [t('pc.customers.country'), format.country(address.country)],
        [t('pc.account.address'), street || t('pc.account.notGiven')],
        [
          t('pc.account.primaryContact'),
          `${address.firstName} ${address.lastName}`.trim() || t('pc.account.notGiven'),
        ],
        [
          t('pc.contact.email'),
          customer.billingProfile.email ? (
            <AddressText key="email">{customer.billingProfile.email}</AddressText>
          ) : (
            t('pc.account.notGiven')
          ),
        ],
        [t('pc.contact.phoneShort'), address.phoneNumber ?? t('pc.account.notGiven')],
      ]}
    />
  );
}

/** Microsoft Customer Agreement: the standing, and each partner confirmation on record. */
export function AgreementConfirmations({
  status,
  agreements,
}: {
  status: McaStatus;
  agreements: Agreement[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <DetailsList
        rows={[
          [t('pc.account.status'), <McaStatusText key="status" status={status} />],
          [t('pc.account.isSigned'), status.acceptedDirectly ? t('pc.account.yes') : t('pc.account.no')],
        ]}
      />
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('pc.account.confirmations')}
      </Typography>
      {agreements.length === 0 ? (
        <Typography sx={{ mb: 2 }}>{t('pc.account.noConfirmations')}</Typography>
      ) : (
        <Box sx={{ mb: 2 }}>
          <TableScroller label={t('pc.account.confirmations')}>
            <Table size="small" aria-label={t('pc.account.confirmations')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('pc.account.acceptedBy')}</TableCell>
                  <TableCell>{t('pc.contact.email')}</TableCell>
                  <TableCell>{t('pc.contact.phoneShort')}</TableCell>
                  <TableCell>{t('pc.attest.date')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {agreements.map((agreement, index) => (
                  <TableRow key={`${agreement.primaryContact.email}-${agreement.dateAgreed}-${index}`}>
                    <TableCell>
                      {agreement.primaryContact.firstName} {agreement.primaryContact.lastName}
                    </TableCell>
                    <TableCell>
                      <AddressText>{agreement.primaryContact.email}</AddressText>
                    </TableCell>
                    <TableCell>{agreement.primaryContact.phoneNumber ?? '—'}</TableCell>
                    <TableCell>{format.date(agreement.dateAgreed)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroller>
        </Box>
      )}
    </>
  );
}

/** The customer's indirect resellers and indirect providers (GET /v1/customers/{id}/relationships). */
export function IndirectPartners({ relationships }: { relationships: PartnerRelationship[] }) {
  const { t } = useTranslation();
  if (relationships.length === 0) return <Typography>{t('pc.account.noIndirect')}</Typography>;
  return (
    <DetailsList
      rows={relationships.map((relationship) => [
        relationship.name,
        t(`pc.account.wire.${relationship.relationshipType}`),
      ])}
    />
  );
}
