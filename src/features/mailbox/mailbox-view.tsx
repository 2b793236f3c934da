import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Form, Link as RouterLink } from 'react-router';
import type { MailMessage, MailboxSummary } from '../../api/types';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';

export interface MailboxViewProps {
  /** The mailbox shown ('' when none is chosen). */
  address: string;
  /** Set when `address` is not an email address. */
  invalid: boolean;
  /** The signed-in persona's own address, always offered. */
  ownAddress: string;
  /** Every address with mail in this demo. */
  mailboxes: MailboxSummary[];
  /** Newest first. */
  messages: MailMessage[];
  /** The message open, or none. */
  selected: MailMessage | null;
  /** The URL of a message of this mailbox. */
  messageHref: (id: string) => string;
}

/**
 * Only web addresses are links (never `javascript:` and the like). The backend keeps only this simulator's own
 * addresses as a message's links (mocks/db/mail.ts).
 */
function isOwnLink(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The body as written, its web addresses on this simulator as links. */
function BodyText({ body, links }: { body: string; links: MailMessage['links'] }) {
  const inline = links.filter((link) => isOwnLink(link.url) && body.includes(link.url));
  const parts: ReactNode[] = [];
  let rest = body;
  let key = 0;
  while (rest) {
    const next = inline
      .map((link) => ({ link, at: rest.indexOf(link.url) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at || b.link.url.length - a.link.url.length)[0];
    if (!next) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(0, next.at));
    parts.push(
      <Link key={key++} href={next.link.url} sx={{ wordBreak: 'break-all' }}>
        {next.link.url}
      </Link>,
    );
    rest = rest.slice(next.at + next.link.url.length);
  }
  return (
    <Typography component="div" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts}
    </Typography>
  );
}

function MessageView({ message }: { message: MailMessage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const others = message.links.filter((link) => !message.body.includes(link.url));
  return (
    <Paper variant="outlined" component="article" aria-labelledby="mail-subject" sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id="mail-subject" component="h2" variant="h6" sx={{ mb: 1.5, overflowWrap: 'anywhere' }}>
        {message.subject}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          columnGap: 2,
          rowGap: 0.5,
          m: 0,
          mb: 2,
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0, overflowWrap: 'anywhere' },
        }}
      >
        <dt>{t('mail.from')}</dt>
        <dd>{message.from}</dd>
        <dt>{t('mail.to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('mail.sent')}</dt>
        <dd>{format.dateTime(message.sentAt)}</dd>
      </Box>
      <BodyText body={message.body} links={message.links} />
      {others.length > 0 ? (
        <Box component="section" aria-label={t('mail.links')} sx={{ mt: 2, display: 'grid', gap: 1 }}>
          {others.map((link) =>
            isOwnLink(link.url) ? (
              <Link key={link.url} href={link.url}>
                {link.label}
              </Link>
            ) : (
              <Typography key={link.url}>{link.label}</Typography>
            ),
          )}
        </Box>
      ) : null}
    </Paper>
  );
}

/**
 * A simulated mailbox: whose mail (any address with mail in this demo, or the persona's own), the messages
 * newest first, and the one open with its links.
 */
export function MailboxView({
  address,
  invalid,
  ownAddress,
  mailboxes,
  messages,
  selected,
  messageHref,
}: MailboxViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = [
    ...(mailboxes.some((m) => m.address === ownAddress.toLowerCase())
      ? []
      : [{ address: ownAddress.toLowerCase(), messages: 0 }]),
    ...mailboxes,
  ];
  const current = address.toLowerCase();
  if (current && !invalid && !options.some((o) => o.address === current)) {
    options.push({ address: current, messages: 0 });
  }

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Form method="get" style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <TextField
          select
          name="address"
          label={t('mail.mailbox')}
          defaultValue={invalid ? ownAddress.toLowerCase() : current || ownAddress.toLowerCase()}
          key={current}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: { xs: '100%', sm: 360 }, maxWidth: '100%' }}
        >
          {options.map((option) => (
            <option key={option.address} value={option.address}>
              {t('mail.option', { address: option.address, count: option.messages })}
            </option>
          ))}
        </TextField>
        <Button type="submit" variant="outlined" sx={{ mb: 0.5 }}>
          {t('mail.open')}
        </Button>
      </Form>

      {invalid ? <Alert severity="error">{t('mail.invalidAddress', { address })}</Alert> : null}
      {!invalid && current && messages.length === 0 ? (
        <Alert severity="info">{t('mail.empty', { address: current })}</Alert>
      ) : null}

      {messages.length > 0 ? (
        <Box
          sx={{
            display: 'grid',
            gap: 3,
            gridTemplateColumns: { xs: '1fr', md: 'minmax(260px, 1fr) 2fr' },
            alignItems: 'start',
          }}
        >
          <Box component="nav" aria-label={t('mail.messages')}>
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, borderTop: 1, borderColor: 'divider' }}>
              {messages.map((message) => {
                const open = message.id === selected?.id;
                return (
                  <Box component="li" key={message.id} sx={{ borderBottom: 1, borderColor: 'divider' }}>
                    <Link
                      component={RouterLink}
                      to={messageHref(message.id)}
                      aria-current={open ? 'true' : undefined}
                      underline="none"
                      color="inherit"
                      sx={{
                        display: 'block',
                        px: 1.5,
                        py: 1,
                        bgcolor: open ? 'action.selected' : undefined,
                        borderLeft: 3,
                        borderColor: open ? 'primary.main' : 'transparent',
                        '&:hover': { bgcolor: 'action.hover' },
                      }}
                    >
                      {message.read ? null : (
                        <Typography variant="body2" sx={{ color: 'primary.main', fontWeight: 600 }}>
                          {t('mail.unread')}
                        </Typography>
                      )}
                      <Typography sx={{ fontWeight: message.read ? 400 : 700, overflowWrap: 'anywhere' }}>
                        {message.subject}
                      </Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                        {message.from} · {format.dateTime(message.sentAt)}
                      </Typography>
                    </Link>
                  </Box>
                );
              })}
            </Box>
          </Box>
          {selected ? <MessageView message={selected} /> : null}
        </Box>
      ) : null}
    </Box>
  );
}
