import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { Link as RouterLink } from 'react-router';
import type { CustomerAgreementStatus } from '../../api/agreements';
import type { AgreementDocument } from '../../api/types';
import { ConsentCheckbox, McaLink } from '../../components/agreement-consent';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { ReachOutNotice } from '../../components/reach-out-notice';
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';

export interface AcceptAgreementPanelProps {
  tenantName: string;
  status: CustomerAgreementStatus;
  templateId: string;
  document: AgreementDocument;
  canAccept: boolean;
  submitting: boolean;
  error?: ApiErrorLike;
}

export function AcceptAgreementPanel({
  tenantName,
  status,
  templateId,
  document,
  canAccept,
  submitting,
  error,
}: AcceptAgreementPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [checked, setChecked] = useState(false);

  if (status.mcaConfirmed) {
    const latest = status.agreements.reduce((a, b) => (a.dateAgreed > b.dateAgreed ? a : b));
    return (
      <Paper sx={{ p: 3 }}>
        <Alert severity="success" sx={{ mb: 2 }}>
          {latest.acceptedVia === 'direct'
            ? t('agreement.acceptedDirectly', {
                date: format.date(latest.dateAgreed),
                name: latest.acceptedBy.displayName,
              })
            : t('agreement.attested', {
                date: format.date(latest.dateAgreed),
                partner: latest.partner?.name ?? '',
              })}
        </Alert>
        <McaLink templateId={templateId} document={document} />
        <Box sx={{ display: 'flex', gap: 3, mt: 2 }}>
          <Link component={RouterLink} to={paths.partners.href()}>
            {t('agreement.seePartners')}
          </Link>
          <Link component={RouterLink} to={paths.billingAccounts.href()}>
            {t('agreement.seeHistory')}
          </Link>
        </Box>
      </Paper>
    );
  }

  if (status.block !== 'none') return <ReachOutNotice partners={status.partnersToContact} />;

  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        {t('agreement.reviewTitle')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('agreement.reviewText', { tenant: tenantName })}</Typography>
      <McaLink templateId={templateId} document={document} />
      {canAccept ? null : (
        <Alert severity="info" sx={{ my: 2 }}>
          {t('agreement.whoCanAccept')}
        </Alert>
      )}
      {error ? <ApiErrorAlert error={error} /> : null}
      <SingleSubmitForm method="post">
        <input type="hidden" name="templateId" value={templateId} />
        <ConsentCheckbox
          checked={checked}
          onChange={setChecked}
          disabled={!canAccept}
          label={t('agreement.consent', { tenant: tenantName })}
        />
        <Box>
          <Button type="submit" variant="contained" disabled={!checked || !canAccept || submitting}>
            {t('agreement.accept')}
          </Button>
        </Box>
      </SingleSubmitForm>
    </Paper>
  );
}
