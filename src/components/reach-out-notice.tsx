import { useId } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../i18n/i18n';
import { REACH_OUT_MESSAGE } from '../domain/acceptance';
import type { PartnerContact } from '../api/types';
import { paths } from '../domain/paths';
import { AddressText } from './address-text';

/**
 * The two "existing purchase" scenarios: the customer cannot accept here. The real product's message is
 * reproduced exactly, then the way out: whom to contact (the partners the purchases were made through) and
 * how. Accept agreement, the invitation, Home, Billing accounts and Purchase services all show this one
 * notice, so that no page sends a blocked customer to a page that cannot help.
 */
export function ReachOutNotice({ partners }: { partners: PartnerContact[] }) {
  return (
    <Alert severity="warning" sx={{ mb: 3, '& .MuiAlert-message': { minWidth: 0 } }}>
      <ReachOutHeadline />
      <ReachOutGuidance partners={partners} />
    </Alert>
  );
}

/**
 * The documented sentence. It is documented in English only: another language says it in its own words
 * and keeps the English original under it, marked as English for screen readers.
 */
function ReachOutHeadline() {
  const { t, language } = useTranslation();
  if (language === 'en-US')
    return (
      <AlertTitle component="p" sx={{ fontWeight: 600 }}>
        {REACH_OUT_MESSAGE}
      </AlertTitle>
    );
  return (
    <>
      <AlertTitle component="p" sx={{ fontWeight: 600 }}>
        {t('reachOut.headline')}
      </AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('reachOut.original')} <q lang="en-US">{REACH_OUT_MESSAGE}</q>
      </Typography>
    </>
  );
}

const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;

function ReachOutGuidance({ partners }: { partners: PartnerContact[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('reachOutGuide.explanation')}
      </Typography>
      <Typography variant="body2" component="p" id={titleId} sx={{ fontWeight: 600 }}>
        {t('reachOutGuide.contactTitle')}
      </Typography>
      {partners.length ? (
        <Box component="ul" aria-labelledby={titleId} sx={{ mt: 0.5, mb: 1, pl: 2.5 }}>
          {partners.map((partner) => (
            <li key={partner.id}>
              <Link component={RouterLink} to={paths.partner.href(partner.id)} sx={{ fontWeight: 600 }}>
                {partner.name}
              </Link>
              <Typography variant="body2" component="span" sx={{ display: 'block' }}>
                {t('partner.email')}:{' '}
                <Link href={`mailto:${partner.email}`}>
                  <AddressText>{partner.email}</AddressText>
                </Link>
                {' · '}
                {t('partner.phone')}:{' '}
                <Link href={telHref(partner.phone)} sx={{ whiteSpace: 'nowrap' }}>
                  {partner.phone}
                </Link>
              </Typography>
            </li>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('reachOutGuide.noPartnerNamed')}
        </Typography>
      )}
      <Link component={RouterLink} to={paths.partners.href()} variant="body2">
        {t('reachOutGuide.seePartners')}
      </Link>
    </>
  );
}
