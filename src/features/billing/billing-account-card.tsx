import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { BillingAccount } from '../../api/types';
import { AgreementHistory } from '../../components/agreement-history';
import { paths } from '../../domain/paths';
import { DetailsList } from '../../components/details-list';

export function BillingAccountCard({ account }: { account: BillingAccount }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('billing.accountType'), t(`agreementType.${account.type}`)],
    [t('billing.status'), t(`billing.statusValue.${account.status}`)],
    [t('billing.soldTo'), `${account.soldTo.companyName}, ${account.soldTo.country}`],
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
          <Button component={RouterLink} to={paths.agreement.href()} variant="contained">
            {t('billing.acceptAgreement')}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
