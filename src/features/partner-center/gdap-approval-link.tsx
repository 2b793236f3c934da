import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { DelegatedAdminRelationship } from '../../api/types';
import { AddressText } from '../../components/address-text';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { roleNames, useDurationText } from './admin-relationships';
import { EmailTemplate } from './email-template';

export interface GdapApprovalLinkProps {
  relationship: DelegatedAdminRelationship;
  /** The approval link, on this simulator's origin and base (src/domain/admin-links.ts adminPortalLink). */
  link: string;
  /** When the request lapses if nobody approves it, or null when that is not known. */
  lapsesAt: string | null;
  customerName: string;
  partnerName: string;
  agentName: string;
}

/**
 * What the partner sends the customer once a request is locked for approval: the link to Approve partner
 * roles, with Copy link, and an email in the partner's language that names the roles and the duration.
 */
export function GdapApprovalLink({
  relationship,
  link,
  lapsesAt,
  customerName,
  partnerName,
  agentName,
}: GdapApprovalLinkProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const durationText = useDurationText();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [text, setText] = useState(() =>
    t('pc.gdap.detail.emailText', {
      partner: partnerName,
      customer: customerName,
      duration: durationText(relationship.duration),
      roles: roleNames(t, relationship.accessDetails)
        .map((name) => `- ${name}`)
        .join('\n'),
      url: link,
      agent: agentName,
    }),
  );
  return (
    <>
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        {t('pc.gdap.detail.linkTitle')}
      </Typography>
      <Typography sx={{ mb: 1 }}>
        {t('pc.gdap.detail.linkIntro', { customer: customerName })}
        {lapsesAt ? ` ${t('pc.gdap.detail.lapses', { date: format.date(lapsesAt) })}` : null}
      </Typography>
      <Typography sx={{ mb: 1 }}>
        <Link href={link} target="_blank" rel="noopener">
          <AddressText>{link}</AddressText>
        </Link>
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Button
          variant="outlined"
          onClick={() => {
            // No clipboard outside a secure context: say so rather than fail silently.
            const copied = navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'));
            copied.then(
              () => setCopy('copied'),
              () => setCopy('failed'),
            );
          }}
        >
          {t('pc.gdap.detail.copyLink')}
        </Button>
      </Box>
      <Box aria-live="polite" sx={{ mb: 3 }}>
        {copy === 'copied' ? <Alert severity="success">{t('pc.gdap.detail.copied')}</Alert> : null}
        {copy === 'failed' ? <Alert severity="warning">{t('pc.gdap.detail.copyFailed')}</Alert> : null}
      </Box>
      <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
        {t('pc.gdap.detail.emailTitle')}
      </Typography>
      <EmailTemplate
        subject={t('pc.gdap.detail.emailSubject', { partner: partnerName })}
        text={text}
        onTextChange={setText}
        kind="gdapRequest"
        customerId={relationship.customer.tenantId}
      />
    </>
  );
}
