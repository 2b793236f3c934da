import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import type { GranularAdminRelationship } from '../../api/types';
import { isInForce } from '../../domain/gdap';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { DetailsList } from '../../components/details-list';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { GdapStatusText, useRoleName } from './gdap-text';

export interface GdapRelationshipDetailsProps {
  relationship: GranularAdminRelationship;
  canRemoveRoles: boolean;
  submitting: boolean;
  /** This page's Remove roles just ended it. */
  removed: boolean;
  error?: ApiErrorLike;
}

/**
 * A GDAP relationship's page (under Partner relationships): the partner, the relationship's type, name, roles
 * and expiration date, and Remove roles, which ends this relationship and no other.
 */
export function GdapRelationshipDetails({
  relationship,
  canRemoveRoles,
  submitting,
  removed,
  error,
}: GdapRelationshipDetailsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleName = useRoleName();
  const [confirming, setConfirming] = useState(false);
  const { partner, status } = relationship;
  const ended = status === 'terminated' || status === 'expired';
  const endedBy =
    status === 'terminated' && relationship.endedBy
      ? t(
          relationship.endedBy === 'customer'
            ? 'gdapRelationship.endedByCustomer'
            : 'gdapRelationship.endedByPartner',
        )
      : null;

  const rows: [string, ReactNode][] = [
    [
      t('partner.information'),
      <Box component="span" key="information" sx={{ display: 'grid' }}>
        <span>{partner.name}</span>
        <span>{format.address(partner.address)}</span>
        <span>{partner.phone}</span>
      </Box>,
    ],
    [t('gdapRelationship.type'), t('gdapRelationship.granularAdminAccess')],
    [t('gdapRelationship.name'), relationship.displayName],
    [
      t('gdapRelationship.roles'),
      <Box component="span" key="roles" sx={{ display: 'grid' }}>
        {relationship.roles.map((role) => (
          <span key={role.id}>{roleName(role)}</span>
        ))}
      </Box>,
    ],
    [
      t('gdapRelationship.expiration'),
      relationship.endAt ? format.date(relationship.endAt) : t('partners.gdap.noDate'),
    ],
    [
      t('gdapRelationship.status'),
      <Box component="span" key="status" sx={{ display: 'grid' }}>
        <GdapStatusText status={status} />
        {endedBy ? <span>{endedBy}</span> : null}
      </Box>,
    ],
  ];

  return (
    <Box>
      {removed ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('gdapRelationship.removed', { name: relationship.displayName, partner: partner.name })}
        </Alert>
      ) : ended ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('gdapRelationship.ended', { partner: partner.name })}
        </Alert>
      ) : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      <DetailsList rows={rows} />
      {isInForce(status) ? (
        canRemoveRoles ? (
          <Button variant="outlined" onClick={() => setConfirming(true)}>
            {t('partner.removeRoles')}
          </Button>
        ) : (
          <Alert severity="info">{t('partner.whoCanRemove')}</Alert>
        )
      ) : null}

      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        aria-labelledby="remove-gdap-roles-title"
        aria-describedby="remove-gdap-roles-text"
      >
        <DialogTitle id="remove-gdap-roles-title">{t('partner.removeRolesConfirmTitle')}</DialogTitle>
        <DialogContent id="remove-gdap-roles-text">
          <DialogContentText sx={{ mb: 2 }}>{t('gdapRelationship.confirmText')}</DialogContentText>
          <DialogContentText>{t('gdapRelationship.confirmStill')}</DialogContentText>
        </DialogContent>
        <DialogActions sx={{ justifyContent: 'flex-start', px: 3, pb: 2 }}>
          <SingleSubmitForm method="post" onSubmit={() => setConfirming(false)}>
            <Button type="submit" variant="contained" disabled={submitting}>
              {t('gdapRelationship.yes')}
            </Button>
          </SingleSubmitForm>
          <Button variant="outlined" onClick={() => setConfirming(false)}>
            {t('gdapRelationship.no')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
