import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { runAction } from '../../api/action-result';
import { terminateDelegatedAdminRelationship } from '../../api/graph';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { useTranslation } from '../../i18n/i18n';

/** Graph's terminate request for an active (or expiring) relationship. */
export const terminateGdap = (relationshipId: string) =>
  runAction(async () => {
    await terminateDelegatedAdminRelationship(relationshipId);
    return {};
  });

/** Terminate admin relationship, after a confirmation that says what it ends. Posts `intent=terminate`. */
export function GdapTerminate({
  partnerName,
  customerName,
  submitting,
}: {
  partnerName: string;
  customerName: string;
  submitting: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="outlined" color="error" onClick={() => setConfirming(true)} disabled={submitting}>
        {t('pc.gdap.detail.terminate')}
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="gdap-terminate-title">
        <DialogTitle id="gdap-terminate-title">{t('pc.gdap.detail.terminateTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('pc.gdap.detail.terminateText', { partner: partnerName, customer: customerName })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <SingleSubmitForm method="post" onSubmit={() => setConfirming(false)}>
            <input type="hidden" name="intent" value="terminate" />
            <Button type="submit" variant="contained" color="error" disabled={submitting}>
              {t('pc.gdap.detail.terminateConfirm')}
            </Button>
          </SingleSubmitForm>
        </DialogActions>
      </Dialog>
    </>
  );
}
