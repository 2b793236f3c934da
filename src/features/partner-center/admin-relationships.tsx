import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { DelegatedAdminRelationship, GraphRoles } from '../../api/types';
import { TableScroller } from '../../components/table-scroller';
import { entraRoleById, parseDurationDays } from '../../domain/gdap';
import type { AgentRole } from '../../domain/partner-center';
import { paths } from '../../domain/paths';
import { useTranslation, type Translate } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';

// A customer's admin relationships (GDAP) as Partner Center lists them, and the words their values are
// shown in.

/** Role names in the UI's language, in the order Graph gave them (an unknown id as it is). */
export function roleNames(t: Translate, accessDetails: GraphRoles): string[] {
  return accessDetails.unifiedRoles.map(({ roleDefinitionId }) => {
    const role = entraRoleById(roleDefinitionId);
    return role ? t(`entraRoles.${role.key}`) : roleDefinitionId;
  });
}

/** The first roles by name, then "+ N more". */
export function RolesSummary({ accessDetails, shown = 3 }: { accessDetails: GraphRoles; shown?: number }) {
  const { t } = useTranslation();
  const names = roleNames(t, accessDetails);
  const more = names.length - shown;
  return (
    <>
      {names.slice(0, shown).join(', ')}
      {more > 0 ? ` ${t('pc.gdap.moreRoles', { count: more })}` : ''}
    </>
  );
}

/** `P730D` as "730 days" (Graph's duration as it was sent, when it is not in days). */
export function useDurationText() {
  const { t } = useTranslation();
  return (duration: string) => {
    const days = parseDurationDays(duration);
    return days === null ? duration : t('pc.gdap.days', { count: days });
  };
}

/** Name (a link to its page), status, roles, duration and expiration date of each relationship. */
export function AdminRelationshipsTable({
  customerId,
  customerName,
  relationships,
}: {
  customerId: string;
  customerName: string;
  relationships: DelegatedAdminRelationship[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const durationText = useDurationText();
  if (relationships.length === 0) {
    return <Typography>{t('pc.gdap.empty', { customer: customerName })}</Typography>;
  }
  const label = t('pc.gdap.tableLabel', { customer: customerName });
  return (
    <TableScroller label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('pc.gdap.name')}</TableCell>
            <TableCell>{t('pc.gdap.status')}</TableCell>
            <TableCell>{t('pc.gdap.roles')}</TableCell>
            <TableCell>{t('pc.gdap.duration')}</TableCell>
            <TableCell>{t('pc.gdap.endDate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {relationships.map((relationship) => (
            <TableRow key={relationship.id}>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={paths.partnerCenter.adminRelationship.href(customerId, relationship.id)}
                >
                  {relationship.displayName}
                </Link>
              </TableCell>
              <TableCell>{t(`gdapStatus.${relationship.status}`)}</TableCell>
              <TableCell>
                <RolesSummary accessDetails={relationship.accessDetails} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{durationText(relationship.duration)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {relationship.endDateTime ? format.date(relationship.endDateTime) : t('pc.gdap.notStarted')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroller>
  );
}

/** An agent's role as the reason line names it ("Sales agent", "No agent role (view only)"). */
export function useAgentRoleName() {
  const { t } = useTranslation();
  return (roles: readonly AgentRole[]) => {
    const [first] = roles;
    return first ? t(`agentRoles.${first}`) : t('agentRoles.none');
  };
}
