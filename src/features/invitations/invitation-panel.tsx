import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { Link as RouterLink } from 'react-router';
import type { AgreementDocument, Invitation } from '../../api/types';
import { ConsentCheckbox, McaLink } from '../../components/agreement-consent';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { ReachOutNotice } from '../../components/reach-out-notice';
import { paths } from '../../domain/paths';
import { DetailsList } from '../../components/details-list';
import { useFormat } from '../../i18n/use-format';

export interface InvitationPanelProps {
  tenantName: string;
  invitation: Invitation;
  mca: { templateId: string; document: AgreementDocument };
  canAccept: boolean;
  submitting: boolean;
  error?: ApiErrorLike;
}

function PartnerCard({ partner }: { partner: Invitation['partner'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, string][] = [
    [t('partner.email'), partner.email],
    [t('partner.phone'), partner.phone],
    [t('partner.website'), partner.website],
    [t('partner.address'), format.address(partner.address)],
  ];
  return (
    <Box component="section" aria-labelledby="invitation-partner" sx={{ mb: 3 }}>
      <Typography variant="h2" component="h2" id="invitation-partner" sx={{ mb: 1 }}>
        {partner.name}
      </Typography>
      <DetailsList rows={rows} />
    </Box>
  );
}

export function InvitationPanel({
  tenantName,
  invitation,
  mca,
  canAccept,
  submitting,
  error,
}: InvitationPanelProps) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(false);
  const { partner, dap } = invitation;

  let body;
  if (invitation.alreadyAccepted) {
    body = (
      <Alert severity="info">
        {t(dap ? 'invitation.alreadyAcceptedDap' : 'invitation.alreadyAccepted', { partner: partner.name })}{' '}
        <Link component={RouterLink} to={paths.partner.href(partner.id)}>
          {t('invitation.seePartner', { partner: partner.name })}
        </Link>
      </Alert>
    );
  } else if (invitation.block !== 'none') {
    body = <ReachOutNotice partners={invitation.partnersToContact} />;
  } else {
    body = (
      <>
        <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
          {t('invitation.requestTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {t('invitation.requestText', { partner: partner.name, tenant: tenantName })}
        </Typography>
        {dap ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <AlertTitle>{t('invitation.dapTitle')}</AlertTitle>
            {t('invitation.dapWarning', { partner: partner.name })}
          </Alert>
        ) : null}
        {invitation.mcaConfirmed ? (
          <Typography sx={{ mb: 1 }}>{t('invitation.mcaAlreadyConfirmed')}</Typography>
        ) : (
          <McaLink templateId={mca.templateId} document={mca.document} />
        )}
        {canAccept ? null : (
          <Alert severity="info" sx={{ my: 2 }}>
            {t('invitation.whoCanAccept')}
          </Alert>
        )}
        {error ? <ApiErrorAlert error={error} /> : null}
        <SingleSubmitForm method="post">
          <ConsentCheckbox
            checked={checked}
            onChange={setChecked}
            disabled={!canAccept}
            label={
              invitation.mcaConfirmed
                ? t('invitation.consentPartnerOnly', { partner: partner.name })
                : t('invitation.consent', { partner: partner.name, tenant: tenantName })
            }
          />
          <Box>
            <Button type="submit" variant="contained" disabled={!checked || !canAccept || submitting}>
              {t('invitation.accept')}
            </Button>
          </Box>
        </SingleSubmitForm>
      </>
    );
  }

  return (
    <Paper sx={{ p: 3 }}>
      <PartnerCard partner={partner} />
      <Typography sx={{ mb: 3 }}>
        {t('invitation.relationshipRequested')}{' '}
        <strong>{dap ? t('invitation.resellerAndDap') : t('relationship.reseller')}</strong>
      </Typography>
      {body}
    </Paper>
  );
}
