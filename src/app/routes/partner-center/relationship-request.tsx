import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from '../../../i18n/i18n';
import { getRelationshipRequest } from '../../../api/partner-center';
import { PageHeader } from '../../../components/page-header';
import { withDap } from '../../../domain/invitation-link';
import { EmailTemplate } from '../../../features/partner-center/email-template';
import { withPartnerSession } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';
import { AddressText } from '../../../components/address-text';

// Customers › Request a reseller relationship: the invitation link (GET /v1/customers/relationshiprequests)
// in an email the partner can edit, copy or open in their mail program.

export async function loader({ request }: LoaderFunctionArgs) {
  return withPartnerSession(request, async () => ({ request: await getRelationshipRequest(request.signal) }));
}

export function Component() {
  const { t } = useTranslation();
  const { request } = useLoaderData<typeof loader>();
  const { me } = usePartnerShellData();
  const [dap, setDap] = useState(false);
  const link = withDap(request.url, dap);
  const template = (url: string) =>
    t('pc.request.emailText', { partner: me.partner.name, agent: me.agent.displayName, url });
  const [text, setText] = useState(() => template(link));

  return (
    <>
      <PageHeader title={t('pc.request.title')} description={t('pc.request.description')} />
      <Paper sx={{ p: 3, mb: 3 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={dap}
              onChange={(event) => {
                const next = withDap(request.url, event.target.checked);
                // The link in the text follows the box, keeping the partner's own edits.
                setText((current) => (current.includes(link) ? current.split(link).join(next) : current));
                setDap(event.target.checked);
              }}
            />
          }
          label={t('pc.request.dap')}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('pc.request.dapHint')}
        </Typography>
        <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
          {t('pc.request.linkTitle')}
        </Typography>
        <Typography sx={{ mb: 1 }}>
          <Link href={link} target="_blank" rel="noopener">
            <AddressText>{link}</AddressText>
          </Link>
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('pc.request.linkHint')}
        </Typography>
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
          {t('pc.request.emailTitle')}
        </Typography>
        <EmailTemplate
          subject={t('pc.request.emailSubject', { partner: me.partner.name })}
          text={text}
          onTextChange={setText}
        />
      </Paper>
    </>
  );
}
