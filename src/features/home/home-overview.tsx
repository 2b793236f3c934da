import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { Me } from '../../api/types';
import { DetailsList } from '../../components/details-list';
import { paths } from '../../domain/paths';
import type { CustomerAgreementStatus } from '../../api/agreements';
import { ReachOutNotice } from '../../components/reach-out-notice';
import { useFormat } from '../../i18n/use-format';

export function HomeOverview({ me, agreement }: { me: Me; agreement: CustomerAgreementStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cards = [
    { to: paths.partners.href(), title: t('nav.partnerRelationships'), text: t('home.partnersCard') },
    { to: paths.billingAccounts.href(), title: t('nav.billingAccounts'), text: t('home.billingCard') },
    { to: paths.purchase.href(), title: t('nav.purchaseServices'), text: t('home.purchaseCard') },
  ];
  return (
    <>
      {me.mca.confirmed ? null : agreement.block !== 'none' ? (
        <ReachOutNotice partners={agreement.partnersToContact} />
      ) : (
        <Alert
          severity="warning"
          sx={{ mb: 3 }}
          action={
            <Button
              component={RouterLink}
              to={paths.agreement.href()}
              color="inherit"
              variant="outlined"
              size="small"
            >
              {t('home.mcaAction')}
            </Button>
          }
        >
          <AlertTitle>{t('home.mcaTitle')}</AlertTitle>
          {t('home.mcaText')}
        </Alert>
      )}
      <Paper component="section" aria-labelledby="organization-title" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h2" component="h2" id="organization-title" sx={{ mb: 1 }}>
          {t('home.organization')}
        </Typography>
        <DetailsList
          rows={[
            [t('home.domain'), me.tenant.defaultDomain],
            [t('home.country'), format.country(me.tenant.country)],
            [t('home.tenantId'), me.tenant.id],
            [
              t('home.yourRoles'),
              me.user.roles.length
                ? me.user.roles.map((role) => t(`roles.${role}`)).join(', ')
                : t('roles.none'),
            ],
            [t('home.mcaStatus'), t(me.mca.confirmed ? 'home.mcaConfirmed' : 'home.mcaPending')],
          ]}
        />
      </Paper>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        {cards.map((card) => (
          <Paper key={card.to} component="section" sx={{ p: 2 }}>
            <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
              <Link component={RouterLink} to={card.to}>
                {card.title}
              </Link>
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {card.text}
            </Typography>
          </Paper>
        ))}
      </Box>
    </>
  );
}
