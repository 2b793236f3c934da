import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { BillingAccount } from '../../api/types';
import type { CustomerAgreementStatus } from '../../api/agreements';
import { AgreementHistory } from '../../components/agreement-history';
import { ReachOutNotice } from '../../components/reach-out-notice';
import { paths } from '../../domain/paths';
import { DetailsList } from '../../components/details-list';
import { useFormat } from '../../i18n/use-format';

export function BillingAccountCard({
  account,
  agreement,
}: {
  account: BillingAccount;
  agreement: Pick<CustomerAgreementStatus, 'block' | 'partnersToContact'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // A pending account says why, next to its status: nothing can be bought on it yet.
  const status: ReactNode =
    account.status === 'active' ? (
      t('billing.statusValue.active')
    ) : (
      <>
        {t(`billing.statusValue.${account.status}`)}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {t('billing.pendingReason')}
        </Typography>
      </>
    );
  const rows: [string, ReactNode][] = [
    [t('billing.accountType'), t(`agreementType.${account.type}`)],
    [t('billing.status'), status],
    [t('billing.soldTo'), `${account.soldTo.companyName}, ${format.country(account.soldTo.country)}`],
  ];
  return (
    <Paper component="section" aria-labelledby={`account-${account.id}`} sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
      <Typography variant="h2" component="h2" id={`account-${account.id}`} sx={{ mb: 2 }}>
        {account.name}
      </Typography>
      <DetailsList rows={rows} />
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('billing.history')}
      </Typography>
      {account.agreements.length ? (
        <AgreementHistory agreements={account.agreements} label={t('billing.history')} />
      ) : (
        <Box>
          <Typography sx={{ mb: 1 }}>{t('billing.noAgreement')}</Typography>
          {agreement.block !== 'none' ? (
            <ReachOutNotice partners={agreement.partnersToContact} />
          ) : (
            <Button component={RouterLink} to={paths.agreement.href()} variant="contained">
              {t('billing.acceptAgreement')}
            </Button>
          )}
        </Box>
      )}
    </Paper>
  );
}
