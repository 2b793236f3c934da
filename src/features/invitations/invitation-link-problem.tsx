import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../../i18n/i18n';
import type { InvitationLinkProblem } from '../../domain/invitation-link';
import { paths } from '../../domain/paths';

export type InvitationProblem = InvitationLinkProblem | { kind: 'unknownPartner'; value: string };

/** A link that cannot be an invitation: say what is wrong with it and what to do. */
export function InvitationLinkProblemView({ problem }: { problem: InvitationProblem }) {
  const { t } = useTranslation();
  const detail =
    'parameter' in problem
      ? t(`invitation.problem.${problem.kind}`, { parameter: problem.parameter })
      : t(`invitation.problem.${problem.kind}`, { value: problem.value });
  return (
    <>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>{t('invitation.problem.title')}</AlertTitle>
        {detail}
      </Alert>
      <Typography sx={{ mb: 2 }}>{t('invitation.problem.advice')}</Typography>
      <Link component={RouterLink} to={paths.home.href()}>
        {t('errors.goHome')}
      </Link>
    </>
  );
}
