import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import type { PartnerDetails } from '../../api/types';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { useFormat } from '../../i18n/use-format';
import { DetailsList } from '../../components/details-list';
import { AddressText } from '../../components/address-text';

export interface PartnerDetailsPanelProps {
  partner: PartnerDetails;
  canRemoveRoles: boolean;
  /** The customer accepted the MCA itself (on Accept agreement or through an invitation link). */
  mcaAcceptedDirectly: boolean;
  submitting: boolean;
  removed: boolean;
  error?: ApiErrorLike;
}

export function PartnerDetailsPanel({
  partner,
  canRemoveRoles,
  mcaAcceptedDirectly,
  submitting,
  removed,
  error,
}: PartnerDetailsPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const relationship = partner.relationshipTypes.length
    ? partner.relationshipTypes.map((type) => t(`relationship.${type}`)).join(', ')
    : t('relationship.none');
  const rows: [string, ReactNode][] = [
    [
      t('partner.information'),
      <Box component="span" key="information" sx={{ display: 'grid' }}>
        <span>{partner.name}</span>
        <span>{format.address(partner.address)}</span>
        <span>{partner.phone}</span>
        <AddressText>{partner.email}</AddressText>
        <AddressText>{partner.website}</AddressText>
      </Box>,
    ],
    [t('partners.relationship'), relationship],
    [t('partner.since'), format.date(partner.since)],
    [t('partner.mpnId'), partner.mpnId],
    [
      t('partners.roles'),
      partner.roles.length ? (
        <Box component="span" key="roles" sx={{ display: 'grid' }}>
          {partner.roles.map((role) => (
            <span key={role}>{t(`roles.${role}`)}</span>
          ))}
        </Box>
      ) : (
        t('roles.noAdminRoles')
      ),
    ],
  ];

  return (
    <Box>
      {removed ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('partner.rolesRemoved', { partner: partner.name })}
        </Alert>
      ) : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      {partner.roles.length ? <Typography sx={{ mb: 3 }}>{t('partner.lead')}</Typography> : null}
      <DetailsList rows={rows} />
      {partner.roles.length ? (
        canRemoveRoles ? (
          <Button variant="outlined" color="error" onClick={() => setConfirming(true)} sx={{ mb: 3 }}>
            {t('partner.removeRoles')}
          </Button>
        ) : (
          <Alert severity="info" sx={{ mb: 3 }}>
            {t('partner.whoCanRemove')}
          </Alert>
        )
      ) : null}

      <Typography component="h3" sx={{ fontWeight: 600 }}>
        {t('partner.agreements')}
      </Typography>
      {partner.agreements.length ? (
        <Box component="ul" sx={{ mt: 0, pl: 3 }}>
          {partner.agreements.map((agreement) => (
            <li key={agreement.id}>
              {t('partner.agreementItem', {
                agreement: t(`agreementType.${agreement.type}`),
                date: format.date(agreement.dateAgreed),
                name: agreement.acceptedBy.displayName,
                email: agreement.acceptedBy.email,
              })}
            </li>
          ))}
        </Box>
      ) : (
        <Typography>
          {t(mcaAcceptedDirectly ? 'partner.customerAcceptedItself' : 'partner.noAgreements', {
            partner: partner.name,
          })}
        </Typography>
      )}

      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="remove-roles-title">
        <DialogTitle id="remove-roles-title">{t('partner.removeRolesConfirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('partner.removeRolesConfirmText', {
              partner: partner.name,
              relationship:
                partner.relationshipTypes
                  .filter((type) => type !== 'delegatedAdmin')
                  .map((type) => t(`relationship.${type}`))
                  .join(', ') || t('relationship.none'),
            })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <SingleSubmitForm method="post" onSubmit={() => setConfirming(false)}>
            <input type="hidden" name="intent" value="removeRoles" />
            <Button type="submit" variant="contained" color="error" disabled={submitting}>
              {t('partner.removeRolesConfirm')}
            </Button>
          </SingleSubmitForm>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
