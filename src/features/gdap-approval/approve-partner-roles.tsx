import { useId, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { GranularAdminRelationship } from '../../api/types';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { DetailsList } from '../../components/details-list';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { paths } from '../../domain/paths';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { cityLine } from '../../domain/address';

/** The admin center lists this many roles, then "Show more roles". */
const ROLES_SHOWN = 5;

export interface ApprovePartnerRolesProps {
  tenantName: string;
  relationship: GranularAdminRelationship;
  /** A Global admin: the others see the request read-only. */
  canApprove: boolean;
  submitting: boolean;
  /** This user approved it a moment ago (the success state rather than "already approved"). */
  justApproved: boolean;
  error?: ApiErrorLike;
}

/** Approve partner roles: a partner's GDAP request, as the customer's admin reviews and approves it. */
export function ApprovePartnerRoles({
  tenantName,
  relationship,
  canApprove,
  submitting,
  justApproved,
  error,
}: ApprovePartnerRolesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const { partner } = relationship;
  const pending = relationship.status === 'approvalPending';
  const duration = t('gdapApproval.days', { count: relationship.durationDays });

  const rows: [string, ReactNode][] = [
    [
      t('partner.information'),
      <Box component="span" key="partner" sx={{ display: 'grid' }}>
        <span>{partner.name}</span>
        <span>{partner.address.line1}</span>
        <span>{cityLine({ ...partner.address, country: partner.address.countryCode })}</span>
        <span>{format.country(partner.address.countryCode)}</span>
        <span>{partner.phone}</span>
      </Box>,
    ],
    [t('gdapApproval.relationshipType'), t('gdapApproval.granularAdminAccess')],
    [t('gdapApproval.relationshipName'), relationship.displayName],
    [t('gdapApproval.roles'), <RoleList key="roles" roles={relationship.roles} requested={pending} />],
    [t('gdapApproval.duration'), duration],
  ];
  if (!pending) {
    rows.push([t('gdapApproval.status'), t(`gdapStatus.${relationship.status}`)]);
    if (relationship.endAt) rows.push([t('gdapApproval.expirationDate'), format.date(relationship.endAt)]);
  }

  return (
    <Box sx={{ maxWidth: 720 }}>
      <StatusNotice relationship={relationship} justApproved={justApproved} />
      {error ? <ApiErrorAlert error={error} /> : null}
      {pending ? (
        <>
          <Typography sx={{ mb: 3 }}>{t('gdapApproval.intro', { partner: partner.name })}</Typography>
          {relationship.partnerHoldsDap ? (
            <Alert severity="warning" sx={{ mb: 3 }}>
              <AlertTitle>{t('gdapApproval.dapTitle', { partner: partner.name })}</AlertTitle>
              {t('gdapApproval.dapText', { partner: partner.name })}{' '}
              <Link component={RouterLink} to={paths.partner.href(partner.id)}>
                {t('gdapApproval.dapLink', { partner: partner.name })}
              </Link>
            </Alert>
          ) : null}
          {canApprove ? null : (
            <Alert severity="info" sx={{ mb: 3 }}>
              {t('gdapApproval.whoCanApprove')}
            </Alert>
          )}
        </>
      ) : null}

      <DetailsList rows={rows} />

      {pending ? (
        <>
          {relationship.approvalExpiresAt ? (
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('gdapApproval.requestExpires', { date: format.date(relationship.approvalExpiresAt) })}
            </Typography>
          ) : null}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Button
              variant="contained"
              disabled={!canApprove || submitting}
              onClick={() => setConfirming(true)}
            >
              {t('gdapApproval.approveAll')}
            </Button>
            <Button component={RouterLink} to={paths.partners.href()}>
              {t('gdapApproval.cancel')}
            </Button>
          </Box>
        </>
      ) : (
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
          <Link component={RouterLink} to={paths.partners.href()}>
            {t('gdapApproval.goToPartnerRelationships')}
          </Link>
          <Link component={RouterLink} to={paths.gdapRelationship.href(relationship.id)}>
            {t('gdapApproval.viewRelationship')}
          </Link>
        </Box>
      )}

      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="approve-roles-title">
        <DialogTitle id="approve-roles-title">{t('gdapApproval.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('gdapApproval.confirmText', { partner: partner.name, tenant: tenantName, duration })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('gdapApproval.cancel')}</Button>
          <SingleSubmitForm method="post" onSubmit={() => setConfirming(false)}>
            <Button type="submit" variant="contained" disabled={submitting}>
              {t('gdapApproval.yes')}
            </Button>
          </SingleSubmitForm>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

/** What became of the request, when it is no longer waiting for approval. */
function StatusNotice({
  relationship,
  justApproved,
}: {
  relationship: GranularAdminRelationship;
  justApproved: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const partner = relationship.partner.name;
  const endAt = relationship.endAt ? format.date(relationship.endAt) : '';
  const notice = (severity: 'success' | 'info' | 'warning', text: string) => (
    <Alert severity={severity} role="status" sx={{ mb: 3 }}>
      {text}
    </Alert>
  );
  switch (relationship.status) {
    case 'approvalPending':
    case 'created':
      return null;
    case 'active':
    case 'expiring':
      return justApproved
        ? notice(
            'success',
            t('gdapApproval.approved', { name: relationship.displayName, partner, date: endAt }),
          )
        : notice('info', t('gdapApproval.alreadyApproved', { date: endAt }));
    case 'approved':
    case 'activating':
      return notice(justApproved ? 'success' : 'info', t('gdapApproval.activating'));
    case 'expired':
      // Never activated: the request lapsed (90 days after it was sent, when it was last changed).
      return relationship.activatedAt
        ? notice('warning', t('gdapApproval.expired', { partner, date: endAt }))
        : notice(
            'warning',
            t('gdapApproval.expiredUnapproved', {
              partner,
              date: format.date(relationship.lastModifiedAt),
            }),
          );
    case 'terminated':
      return notice(
        'warning',
        t('gdapApproval.terminated', { partner, date: format.date(relationship.lastModifiedAt) }),
      );
    case 'terminating':
    case 'terminationRequested':
      return notice('warning', t('gdapApproval.terminating', { partner }));
  }
}

/** The requested roles: five, then "Show more roles"; each one's description on request. */
function RoleList({
  roles,
  requested,
}: {
  roles: GranularAdminRelationship['roles'];
  /** Still a request: the admin center's sentence on why the partner asks for them comes first. */
  requested: boolean;
}) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const [describe, setDescribe] = useState(false);
  const listId = useId();
  const shown = showAll ? roles : roles.slice(0, ROLES_SHOWN);
  return (
    <div>
      <Box sx={{ mb: 1.5 }}>
        {requested ? `${t('gdapApproval.rolesIntro')} ` : null}
        <Link
          component="button"
          type="button"
          aria-expanded={describe}
          aria-controls={listId}
          onClick={() => setDescribe((on) => !on)}
          sx={{ verticalAlign: 'baseline' }}
        >
          {t(describe ? 'gdapApproval.hideRoleDescriptions' : 'gdapApproval.showRoleDescriptions')}
        </Link>
      </Box>
      <Box
        component="ul"
        id={listId}
        aria-label={t('gdapApproval.roles')}
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', rowGap: 0.5 }}
      >
        {shown.map((role) => (
          <li key={role.id}>
            {role.key ? t(`entraRoles.${role.key}`) : role.name}
            {describe && role.key ? (
              <Typography component="span" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
                {t(`gdapApproval.roleDescriptions.${role.key}`)}
              </Typography>
            ) : null}
          </li>
        ))}
      </Box>
      {roles.length > ROLES_SHOWN ? (
        <Link
          component="button"
          type="button"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((on) => !on)}
          sx={{ mt: 0.5 }}
        >
          {t(showAll ? 'gdapApproval.showFewerRoles' : 'gdapApproval.showMoreRoles')}
        </Link>
      ) : null}
    </div>
  );
}
