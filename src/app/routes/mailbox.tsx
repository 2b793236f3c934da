import { useEffect } from 'react';
import {
  useLoaderData,
  useLocation,
  useRevalidator,
  useRouteLoaderData,
  type LoaderFunctionArgs,
} from 'react-router';
import { ApiError } from '../../api/client';
import { getMailbox, getMailboxes, markMailRead } from '../../api/mailbox';
import { PageHeader } from '../../components/page-header';
import { MailboxView } from '../../features/mailbox/mailbox-view';
import { useTranslation } from '../../i18n/i18n';
import { usePreferencesStore } from '../../stores/preferences-store';
import type { PartnerShellData } from './partner-center/shell';
import type { ShellData } from './shell';

// Mail (the top bar, on both sides): a simulated mailbox, the signed-in persona's or any address with mail.
// Microsoft's notices come in the language the page is shown in.

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const address = (url.searchParams.get('address') ?? '').trim();
  const language = usePreferencesStore.getState().language;
  const [mailboxes, mailbox] = await Promise.all([
    getMailboxes(request.signal),
    address
      ? getMailbox(address, language, request.signal).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 400) return null;
          throw error;
        })
      : Promise.resolve({ items: [] }),
  ]);
  const messages = mailbox?.items ?? [];
  const selectedId = url.searchParams.get('message');
  // Opening a message reads it; the list shows the others as unread. A failed mark changes nothing shown.
  const opened = messages.find((m) => m.id === selectedId) ?? messages[0];
  if (opened && !opened.read) {
    await markMailRead(opened.id).then(
      () => (opened.read = true),
      () => undefined,
    );
  }
  return { address, language, invalid: mailbox === null, mailboxes: mailboxes.items, messages, selectedId };
}

export function Component() {
  const { t, language } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const customer = useRouteLoaderData('shell') as ShellData | undefined;
  const partner = useRouteLoaderData('partner-shell') as PartnerShellData | undefined;
  const ownAddress = partner?.me.agent.userPrincipalName ?? customer?.me.user.userPrincipalName ?? '';

  // The notices are rendered by the backend: a new language needs them again.
  const stale = data.language !== language;
  useEffect(() => {
    if (stale && revalidator.state === 'idle') void revalidator.revalidate();
  }, [stale, revalidator]);

  const selected = data.messages.find((m) => m.id === data.selectedId) ?? data.messages[0] ?? null;
  const messageHref = (id: string) =>
    `${location.pathname}?${new URLSearchParams({ address: data.address, message: id })}`;

  return (
    <>
      <PageHeader
        title={t('mail.title')}
        description={
          data.invalid || !data.address ? t('mail.choose') : t('mail.description', { address: data.address })
        }
      />
      <MailboxView
        address={data.address}
        invalid={data.invalid}
        ownAddress={ownAddress}
        mailboxes={data.mailboxes}
        messages={data.messages}
        selected={selected}
        messageHref={messageHref}
      />
    </>
  );
}
