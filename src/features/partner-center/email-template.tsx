import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api/client';
import { sendEmail } from '../../api/mailbox';
import type { OutgoingEmail } from '../../api/types';
import { paths } from '../../domain/paths';
import { contactSchema } from '../../domain/validation';
import { useTranslation } from '../../i18n/i18n';
import { ApiErrorAlert } from '../../components/api-error-alert';

export interface EmailTemplateProps {
  subject: string;
  text: string;
  onTextChange: (text: string) => void;
  /** What the email is, for the record of it (the `relationshipRequestEmailed` event). */
  kind: OutgoingEmail['kind'];
  /** The address to start with (the customer's contact, when Partner Center knows it). */
  recipient?: string;
  /** The customer the email is about, when there is one. */
  customerId?: string;
}

type Sending =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent'; to: string }
  | { state: 'failed'; error: ApiError };

/**
 * An editable email with Copy to clipboard and Send. In the simulator, Send delivers it to the simulated
 * mailbox of the address typed (Mail in the top bar), as written; a mailto: link stays for a real email app.
 */
export function EmailTemplate({
  subject,
  text,
  onTextChange,
  kind,
  recipient = '',
  customerId,
}: EmailTemplateProps) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [to, setTo] = useState(recipient);
  const [toError, setToError] = useState<string | null>(null);
  const [sending, setSending] = useState<Sending>({ state: 'idle' });
  const mailto = `mailto:${encodeURIComponent(to.trim())}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;

  const send = async () => {
    const address = contactSchema.shape.email.safeParse(to);
    if (!address.success) {
      setToError(address.error.issues[0]?.message ?? 'validation.emailInvalid');
      return;
    }
    setToError(null);
    setSending({ state: 'sending' });
    try {
      const sent = await sendEmail({ to: address.data, subject, body: text, kind, customerId });
      setSending({ state: 'sent', to: sent.to });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setSending({ state: 'failed', error });
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TextField
        label={t('mail.compose.to')}
        type="email"
        value={to}
        onChange={(event) => {
          setTo(event.target.value);
          setToError(null);
          setSending({ state: 'idle' });
        }}
        error={toError !== null}
        helperText={toError ? t.dynamic(toError) : t('mail.compose.toHint')}
        slotProps={{ htmlInput: { autoComplete: 'email' } }}
      />
      <TextField
        label={t('pc.email.subject')}
        value={subject}
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <TextField
        label={t('pc.email.body')}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          setCopy('idle');
          setSending({ state: 'idle' });
        }}
        multiline
        minRows={8}
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" onClick={() => void send()} disabled={sending.state === 'sending'}>
          {sending.state === 'sending' ? t('mail.compose.sending') : t('mail.compose.send')}
        </Button>
        <Button
          variant="outlined"
          onClick={() => {
            navigator.clipboard.writeText(text).then(
              () => setCopy('copied'),
              () => setCopy('failed'),
            );
          }}
        >
          {t('pc.email.copy')}
        </Button>
        <Link href={mailto} sx={{ ml: 1 }}>
          {t('mail.compose.mailto')}
        </Link>
      </Box>
      <Box aria-live="polite" sx={{ display: 'grid', gap: 1 }}>
        {sending.state === 'sent' ? (
          <Alert severity="success">
            {t('mail.compose.sent', { address: sending.to })}{' '}
            <Link component={RouterLink} to={paths.partnerCenter.mailbox.href(sending.to)}>
              {t('mail.compose.openMailbox')}
            </Link>
          </Alert>
        ) : null}
        {sending.state === 'failed' ? <ApiErrorAlert error={sending.error} /> : null}
        {copy === 'copied' ? <Alert severity="success">{t('pc.email.copied')}</Alert> : null}
        {copy === 'failed' ? <Alert severity="warning">{t('pc.email.copyFailed')}</Alert> : null}
      </Box>
    </Box>
  );
}
