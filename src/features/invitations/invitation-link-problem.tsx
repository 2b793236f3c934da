import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import { ApiError } from '../../api/client';
import {
  INDIRECT_INVITATION_MISMATCHES,
  type IndirectInvitationMismatch,
  type InvitationLinkProblem,
} from '../../domain/invitation-link';
import { paths } from '../../domain/paths';

/** An indirect reseller invitation naming partners that do not go together, with their names (or ids). */
export type IndirectMismatchProblem = {
  kind: IndirectInvitationMismatch;
  reseller: string;
  provider: string;
  msppId: string;
};

export type InvitationProblem =
  InvitationLinkProblem | { kind: 'unknownPartner'; value: string } | IndirectMismatchProblem;

/** The backend's IndirectInvitationMismatch answer as a problem to show, or null for any other error. */
export function indirectMismatchOf(error: unknown): IndirectMismatchProblem | null {
  if (!(error instanceof ApiError) || error.code !== 'IndirectInvitationMismatch') return null;
  const detail: unknown = error.data[0];
  if (typeof detail !== 'object' || detail === null) return null;
  const { kind, reseller, provider, msppId } = detail as Record<string, unknown>;
  const known = INDIRECT_INVITATION_MISMATCHES.find((k) => k === kind);
  if (!known || typeof reseller !== 'string' || typeof provider !== 'string' || typeof msppId !== 'string')
    return null;
  return { kind: known, reseller, provider, msppId };
}

/** A link that cannot be an invitation: say what is wrong with it and what to do. */
export function InvitationLinkProblemView({ problem }: { problem: InvitationProblem }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>{t('invitation.problem.title')}</AlertTitle>
        {t(`invitation.problem.${problem.kind}`, problem)}
      </Alert>
      <Typography sx={{ mb: 2 }}>{t('invitation.problem.advice')}</Typography>
      <Link component={RouterLink} to={paths.home.href()}>
        {t('errors.goHome')}
      </Link>
    </>
  );
}
