import { useCallback } from 'react';
import Box from '@mui/material/Box';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoNotDisturbOnIcon from '@mui/icons-material/DoNotDisturbOn';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useTranslation } from '../../i18n/i18n';
import type { GranularAdminRelationship } from '../../api/types';
import type { GdapStatus } from '../../domain/gdap';

/** A role's name in the page's language; a role this simulator cannot name keeps Entra's English name. */
export function useRoleName() {
  const { t } = useTranslation();
  return useCallback(
    (role: GranularAdminRelationship['roles'][number]) =>
      role.key ? t(`entraRoles.${role.key}`) : role.name,
    [t],
  );
}

const STATUS_LOOK: Partial<Record<GdapStatus, { Icon: typeof CheckCircleIcon; color: string }>> = {
  active: { Icon: CheckCircleIcon, color: 'success.main' },
  expiring: { Icon: ScheduleIcon, color: 'warning.dark' },
  activating: { Icon: HourglassTopIcon, color: 'text.secondary' },
  terminating: { Icon: HourglassTopIcon, color: 'text.secondary' },
  approvalPending: { Icon: HourglassTopIcon, color: 'text.secondary' },
  expired: { Icon: DoNotDisturbOnIcon, color: 'text.secondary' },
  terminated: { Icon: DoNotDisturbOnIcon, color: 'text.secondary' },
};

/** A relationship's status as the grid shows it: an icon (for the eye only) and the status's name. */
export function GdapStatusText({ status }: { status: GdapStatus }) {
  const { t } = useTranslation();
  const look = STATUS_LOOK[status];
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, whiteSpace: 'nowrap' }}
    >
      {look ? <look.Icon aria-hidden fontSize="small" sx={{ color: look.color }} /> : null}
      {t(`gdapStatus.${status}`)}
    </Box>
  );
}
