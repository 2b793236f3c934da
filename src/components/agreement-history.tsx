import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from '../i18n/i18n';
import type { AgreementRecord } from '../api/types';
import { useFormat } from '../i18n/use-format';
import { AddressText } from './address-text';

/**
 * Who accepted which agreement, when and how: directly in the admin center, or attested by a partner.
 * The container is focusable so that a table wider than its column scrolls with the keyboard.
 */
export function AgreementHistory({ agreements, label }: { agreements: AgreementRecord[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableContainer tabIndex={0} role="group" aria-label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('history.agreement')}</TableCell>
            <TableCell>{t('history.date')}</TableCell>
            <TableCell>{t('history.acceptedBy')}</TableCell>
            <TableCell>{t('history.how')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {agreements.map((agreement) => (
            <TableRow key={agreement.id}>
              <TableCell>
                {t(`agreementType.${agreement.type}`)}
                <br />
                {/* An id is one piece: the table scrolls rather than break it into four lines. */}
                <code style={{ fontSize: '0.75rem', whiteSpace: 'nowrap' }}>{agreement.templateId}</code>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.date(agreement.dateAgreed)}</TableCell>
              <TableCell>
                {agreement.acceptedBy.displayName}
                <br />
                <AddressText>{agreement.acceptedBy.email}</AddressText>
              </TableCell>
              <TableCell>
                {agreement.acceptedVia === 'direct'
                  ? t('history.direct')
                  : t('history.attested', { partner: agreement.partner?.name ?? '' })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
