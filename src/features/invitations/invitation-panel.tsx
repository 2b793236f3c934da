import { useId, useState } from 'react';
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
import type { AgreementDocument, Invitation, InvitingPartner } from '../../api/types';
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

/** One partner of the invitation: its contact details and the relationship it asks for. */
function PartnerCard({ partner, requested }: { partner: InvitingPartner; requested: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const rows: [string, string][] = [
    [t('partner.email'), partner.email],
    [t('partner.phone'), partner.phone],
    [t('partner.website'), partner.website],
    [t('partner.address'), format.address(partner.address)],
  ];
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography variant="h2" component="h2" id={headingId} sx={{ mb: 1 }}>
        {partner.name}
      </Typography>
      <DetailsList rows={rows} />
      <Typography sx={{ mt: 3 }}>
        {t('invitation.relationshipRequested')} <strong>{requested}</strong>
      </Typography>
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
  const { partner, provider, dap } = invitation;
  // The indirect reseller invitation names both partners in every sentence.
  const names = {
    partner: partner.name,
    reseller: partner.name,
    provider: provider?.name ?? '',
    tenant: tenantName,
  };

  let body;
  if (invitation.alreadyAccepted) {
    const accepted = provider
      ? dap
        ? 'invitation.alreadyAcceptedIndirectDap'
        : 'invitation.alreadyAcceptedIndirect'
      : dap
        ? 'invitation.alreadyAcceptedDap'
        : 'invitation.alreadyAccepted';
    body = (
      <Alert severity="info">
        {t(accepted, names)}{' '}
        <Link component={RouterLink} to={paths.partner.href(partner.id)}>
          {t('invitation.seePartner', { partner: partner.name })}
        </Link>
      </Alert>
    );
  } else if (invitation.block !== 'none') {
    body = <ReachOutNotice partners={invitation.partnersToContact} />;
  } else {
    const consent = provider
      ? invitation.mcaConfirmed
        ? 'invitation.consentIndirectPartnerOnly'
        : 'invitation.consentIndirect'
      : invitation.mcaConfirmed
        ? 'invitation.consentPartnerOnly'
        : 'invitation.consent';
    body = (
      <>
        <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
          {t('invitation.requestTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {t(provider ? 'invitation.requestTextIndirect' : 'invitation.requestText', names)}
        </Typography>
        {provider ? <Typography sx={{ mb: 2 }}>{t('invitation.indirectExplained', names)}</Typography> : null}
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
            label={t(consent, names)}
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

  const resellerRequested = provider
    ? dap
      ? t('invitation.indirectResellerAndDap')
      : t('relationship.indirectReseller')
    : dap
      ? t('invitation.resellerAndDap')
      : t('relationship.reseller');
  return (
    <Paper sx={{ p: 3 }}>
      {/* An indirect reseller invitation: the reseller and its provider side by side where there is room. */}
      <Box
        sx={{
          display: 'grid',
          columnGap: 4,
          gridTemplateColumns: { xs: '1fr', md: provider ? '1fr 1fr' : '1fr' },
        }}
      >
        <PartnerCard partner={partner} requested={resellerRequested} />
        {provider ? <PartnerCard partner={provider} requested={t('relationship.indirectProvider')} /> : null}
      </Box>
      {body}
    </Paper>
  );
}
