import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useFetcher } from 'react-router';
import type { ActionResult } from '../../api/action-result';
import type { McaInvitation as Invitation } from '../../api/types';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { mcaStage, type McaStatus } from '../../domain/mca-standing';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { EmailTemplate } from './email-template';

export interface McaInvitationProps {
  customerName: string;
  status: McaStatus;
  invitation: Invitation;
  /** Whether this agent may invite (an agent role, and a reseller of the customer). */
  mayInvite: boolean;
  partnerName: string;
  agentName: string;
}

/**
 * Option 2 of the guide, customer direct acceptance: until the customer accepts, the partner invites it to
 * accept in the admin center, sees since when it waits, and can copy or send the link again. Posts
 * `intent=inviteMca` to the page's action through a fetcher, so the confirmation form beside it keeps its state.
 */
export function McaInvitation({
  customerName,
  status,
  invitation,
  mayInvite,
  partnerName,
  agentName,
}: McaInvitationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fetcher = useFetcher<ActionResult>();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const emailText = () =>
    t('pc.invitation.emailText', {
      customer: customerName,
      url: invitation.link,
      agent: agentName,
      partner: partnerName,
    });
  const [text, setText] = useState<string | null>(null);
  const stage = mcaStage(status);
  const busy = fetcher.state !== 'idle';
  const failed = fetcher.data?.ok === false ? fetcher.data.error : undefined;
  const invite = (then?: () => void) => {
    void fetcher.submit({ intent: 'inviteMca' }, { method: 'post' }).then(then);
  };

  if (stage === 'accepted') return null;
  if (stage === 'notConfirmed') {
    if (!mayInvite) return null;
    return (
      <Box sx={{ mb: 2 }}>
        {failed ? <ApiErrorAlert error={failed} /> : null}
        <Typography sx={{ mb: 1 }}>{t('pc.invitation.offer')}</Typography>
        <Button variant="outlined" disabled={busy} onClick={() => invite()}>
          {busy ? t('common.saving') : t('pc.invitation.invite')}
        </Button>
      </Box>
    );
  }

  return (
    <Alert severity="info" sx={{ mb: 2, '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}>
      <AlertTitle>{t('pc.invitation.waitingTitle', { customer: customerName })}</AlertTitle>
      <Typography sx={{ mb: 1 }}>
        {t('pc.invitation.waiting', {
          customer: customerName,
          date: format.date(status.invitedAt ?? ''),
        })}
      </Typography>
      <Typography sx={{ mb: 1 }}>
        <Link href={invitation.link} target="_blank" rel="noopener" sx={{ wordBreak: 'break-all' }}>
          {invitation.link}
        </Link>
      </Typography>
      {failed ? <ApiErrorAlert error={failed} /> : null}
      {mayInvite ? (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            size="small"
            onClick={() => {
              navigator.clipboard.writeText(invitation.link).then(
                () => setCopy('copied'),
                () => setCopy('failed'),
              );
            }}
          >
            {t('pc.invitation.copyLink')}
          </Button>
          <Button
            variant="outlined"
            size="small"
            disabled={busy}
            onClick={() => invite(() => setText((current) => current ?? emailText()))}
          >
            {t('pc.invitation.sendAgain')}
          </Button>
        </Box>
      ) : null}
      <Box aria-live="polite">
        {copy === 'copied' ? <Typography sx={{ mt: 1 }}>{t('pc.invitation.copied')}</Typography> : null}
        {copy === 'failed' ? <Typography sx={{ mt: 1 }}>{t('pc.email.copyFailed')}</Typography> : null}
      </Box>
      {text !== null ? (
        <Box sx={{ mt: 2 }}>
          <EmailTemplate
            subject={t('pc.newCustomer.emailSubject', { partner: partnerName })}
            text={text}
            onTextChange={setText}
            kind="mcaInvitation"
          />
        </Box>
      ) : null}
    </Alert>
  );
}
