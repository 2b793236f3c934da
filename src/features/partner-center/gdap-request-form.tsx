import { memo, useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ActionFailure } from '../../api/action-result';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { useCheckedSubmit } from '../../components/use-field-errors';
import type { FieldValues } from '../../domain/field-errors';
import { ENTRA_ROLES, MAX_DURATION_DAYS, canAutoExtend } from '../../domain/gdap';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { AUTO_EXTEND_OFF, AUTO_EXTEND_ON, checkGdapRequest } from './gdap-request';

export interface GdapRequestFormProps {
  /** The names of the partner's admin relationships (with every customer): a new one must differ. */
  takenNames: readonly string[];
  submitting: boolean;
  /** The last submit's refusal or failure: the form keeps every value and says what to fix. */
  failure?: ActionFailure;
}

/**
 * Request admin relationship: a name, a duration in days, Microsoft Entra roles by name (each sent by its
 * real role id) and auto-extend, which is off and unavailable while Global Administrator is chosen.
 */
export function GdapRequestForm({ takenNames, submitting, failure }: GdapRequestFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [duration, setDuration] = useState(String(MAX_DURATION_DAYS));
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const [autoExtendWanted, setAutoExtendWanted] = useState(false);

  const autoExtendAllowed = canAutoExtend(roleIds);
  const autoExtend = autoExtendWanted && autoExtendAllowed;
  const values: FieldValues = {
    displayName: name,
    duration,
    unifiedRoles: roleIds.join(','),
    autoExtendDuration: autoExtend ? AUTO_EXTEND_ON : AUTO_EXTEND_OFF,
  };
  const check = (current: FieldValues) => checkGdapRequest(current, takenNames);
  const { fieldErrors, onSubmit } = useCheckedSubmit(failure, values, check);
  const message = (key: string | undefined) => (key ? t.dynamic(key) : undefined);
  const toggleRole = useCallback(
    (id: string, checked: boolean) =>
      setRoleIds((current) => (checked ? [...current, id] : current.filter((other) => other !== id))),
    [],
  );
  const hasErrors = Object.keys(fieldErrors).length > 0;

  return (
    <SingleSubmitForm method="post" noValidate onSubmit={onSubmit}>
      {hasErrors ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('pc.gdap.new.fixErrors')}
        </Alert>
      ) : null}
      {failure?.error ? <ApiErrorAlert error={failure.error} /> : null}
      <Box sx={{ display: 'grid', gap: 3, maxWidth: 720 }}>
        <TextField
          name="displayName"
          label={t('pc.gdap.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={!!fieldErrors.displayName}
          helperText={message(fieldErrors.displayName) ?? t('pc.gdap.new.nameHint')}
          required
          autoComplete="off"
        />
        <TextField
          name="duration"
          label={t('pc.gdap.new.durationLabel')}
          type="number"
          value={duration}
          onChange={(event) => setDuration(event.target.value)}
          error={!!fieldErrors.duration}
          helperText={message(fieldErrors.duration) ?? t('pc.gdap.new.durationHint')}
          required
          slotProps={{ htmlInput: { min: 1, max: MAX_DURATION_DAYS, step: 1 } }}
          sx={{ maxWidth: 240 }}
        />
        <RoleCheckboxes roleIds={roleIds} onToggle={toggleRole} error={message(fieldErrors.unifiedRoles)} />
        <FormControl error={!!fieldErrors.autoExtendDuration}>
          <FormControlLabel
            control={
              <Checkbox
                name="autoExtendDuration"
                value={AUTO_EXTEND_ON}
                checked={autoExtend}
                disabled={!autoExtendAllowed}
                onChange={(event) => setAutoExtendWanted(event.target.checked)}
                slotProps={{ input: { 'aria-describedby': 'gdap-auto-extend-hint' } }}
              />
            }
            label={t('pc.gdap.new.autoExtendLabel')}
          />
          <FormHelperText id="gdap-auto-extend-hint" sx={{ mx: 0 }}>
            {message(fieldErrors.autoExtendDuration) ??
              (autoExtendAllowed ? t('pc.gdap.new.autoExtendHint') : t('pc.gdap.new.autoExtendUnavailable'))}
          </FormHelperText>
        </FormControl>
      </Box>
      <Button type="submit" variant="contained" disabled={submitting} sx={{ mt: 3 }}>
        {submitting ? t('common.saving') : t('pc.gdap.new.submit')}
      </Button>
    </SingleSubmitForm>
  );
}

/**
 * The Microsoft Entra roles by name, sorted as the UI's language sorts them. Memoized: 22 checkboxes need
 * not render again on every keystroke in the name.
 */
const RoleCheckboxes = memo(function RoleCheckboxes({
  roleIds,
  onToggle,
  error,
}: {
  roleIds: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const roles = useMemo(
    () =>
      ENTRA_ROLES.map((role) => ({ ...role, label: t(`entraRoles.${role.key}`) })).sort((a, b) =>
        format.compare(a.label, b.label),
      ),
    [t, format],
  );
  return (
    <FormControl component="fieldset" error={!!error} required>
      <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
        {t('pc.gdap.new.rolesLegend')}
      </FormLabel>
      <Typography variant="body2" color="text.secondary">
        {t('pc.gdap.new.rolesHint')}{' '}
        <Box component="span" aria-live="polite">
          {t('pc.gdap.new.rolesSelected', { count: roleIds.length })}
        </Box>
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
          columnGap: 2,
          mt: 1,
        }}
      >
        {roles.map((role) => (
          <FormControlLabel
            key={role.id}
            control={
              <Checkbox
                name="unifiedRoles"
                value={role.id}
                checked={roleIds.includes(role.id)}
                onChange={(event) => onToggle(role.id, event.target.checked)}
                size="small"
              />
            }
            label={role.label}
          />
        ))}
      </Box>
      {error ? <FormHelperText>{error}</FormHelperText> : null}
    </FormControl>
  );
});
