import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { refused, runAction, type ActionFailure, type ActionResult } from '../../api/action-result';
import { createDelegatedAdminAccessAssignment } from '../../api/graph';
import type { DelegatedAdminAccessAssignment, DelegatedAdminRelationship } from '../../api/types';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { TableScroller } from '../../components/table-scroller';
import { useCheckedSubmit } from '../../components/use-field-errors';
import type { FieldErrors, FieldValues } from '../../domain/field-errors';
import { securityGroupOf, securityGroupsOf } from '../../domain/security-groups';
import { useTranslation } from '../../i18n/i18n';
import { RolesSummary, roleNames } from './admin-relationships';

// Access assignments: the relationship's roles given to the partner's own security groups (Graph's
// `…/accessAssignments`), listed and added.

/** The assignment form's messages by field: a group of the partner's, and at least one of the relationship's roles. */
export function checkAssignment(
  values: FieldValues,
  partnerId: string,
  relationshipRoleIds: readonly string[],
): FieldErrors {
  const errors: FieldErrors = {};
  if (!securityGroupOf(partnerId, values.accessContainerId ?? '')) {
    errors.accessContainerId = 'pc.gdap.detail.groupRequired';
  }
  const roleIds = (values.unifiedRoles ?? '').split(',').filter(Boolean);
  if (roleIds.length === 0) errors.unifiedRoles = 'validation.gdapRolesRequired';
  else if (roleIds.some((id) => !relationshipRoleIds.includes(id))) {
    errors.unifiedRoles = 'validation.gdapRoleNotInRelationship';
  }
  return errors;
}

/** The form's values from what it posted (the roles are one checkbox each). */
export function assignmentValues(form: FormData): FieldValues {
  const group = form.get('accessContainerId');
  return {
    accessContainerId: typeof group === 'string' ? group : '',
    unifiedRoles: form
      .getAll('unifiedRoles')
      .filter((id): id is string => typeof id === 'string')
      .join(','),
  };
}

/** Assign roles: checked, then Graph's POST; its refusal of one role is shown by the roles. */
export async function assignFromForm(
  relationship: DelegatedAdminRelationship,
  partnerId: string,
  values: FieldValues,
): Promise<ActionResult<{ assignment: DelegatedAdminAccessAssignment }>> {
  const relationshipRoleIds = relationship.accessDetails.unifiedRoles.map((r) => r.roleDefinitionId);
  const errors = checkAssignment(values, partnerId, relationshipRoleIds);
  if (Object.keys(errors).length) return refused(errors);
  const result = await runAction(async () => ({
    assignment: await createDelegatedAdminAccessAssignment(relationship.id, {
      accessContainer: {
        accessContainerId: values.accessContainerId ?? '',
        accessContainerType: 'securityGroup',
      },
      accessDetails: {
        unifiedRoles: (values.unifiedRoles ?? '')
          .split(',')
          .filter(Boolean)
          .map((roleDefinitionId) => ({ roleDefinitionId })),
      },
    }),
  }));
  if (result.ok || !result.fieldErrors?.roleDefinitionId) return result;
  const { roleDefinitionId, ...others } = result.fieldErrors;
  return refused({ ...others, unifiedRoles: roleDefinitionId });
}

/** A group's name in the UI's language, or its id when it is none of the partner's (sent through the API). */
export function useGroupName(partnerId: string) {
  const { t } = useTranslation();
  return (groupId: string) => {
    const group = securityGroupOf(partnerId, groupId);
    return group ? t(`pc.gdap.groups.${group.key}`) : groupId;
  };
}

/** The partner's security groups with roles in this relationship (deleted ones left out). */
export function AccessAssignmentsTable({
  assignments,
  partnerId,
}: {
  assignments: DelegatedAdminAccessAssignment[];
  partnerId: string;
}) {
  const { t } = useTranslation();
  const groupName = useGroupName(partnerId);
  const shown = assignments.filter((a) => a.status !== 'deleted');
  if (shown.length === 0) return <Typography sx={{ mb: 2 }}>{t('pc.gdap.detail.noAssignments')}</Typography>;
  const label = t('pc.gdap.detail.assignmentsTable');
  return (
    <Box sx={{ mb: 3 }}>
      <TableScroller label={label}>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell>{t('pc.gdap.detail.group')}</TableCell>
              <TableCell>{t('pc.gdap.roles')}</TableCell>
              <TableCell>{t('pc.gdap.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((assignment) => (
              <TableRow key={assignment.id}>
                <TableCell>{groupName(assignment.accessContainer.accessContainerId)}</TableCell>
                <TableCell>
                  <RolesSummary accessDetails={assignment.accessDetails} shown={6} />
                </TableCell>
                <TableCell>{t(`pc.gdap.assignmentStatus.${assignment.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroller>
    </Box>
  );
}

export interface AssignmentFormProps {
  relationship: DelegatedAdminRelationship;
  assignments: DelegatedAdminAccessAssignment[];
  partnerId: string;
  submitting: boolean;
  failure?: ActionFailure;
}

/**
 * Assign roles: one of the partner's security groups without roles in this relationship yet, and some of
 * the relationship's roles (all of them to start with). Posts `intent=assign`.
 */
export function AssignmentForm({
  relationship,
  assignments,
  partnerId,
  submitting,
  failure,
}: AssignmentFormProps) {
  const { t } = useTranslation();
  const relationshipRoleIds = relationship.accessDetails.unifiedRoles.map((r) => r.roleDefinitionId);
  const names = roleNames(t, relationship.accessDetails);
  const taken = new Set(
    assignments.filter((a) => a.status !== 'deleted').map((a) => a.accessContainer.accessContainerId),
  );
  const free = securityGroupsOf(partnerId).filter((group) => !taken.has(group.id));
  const [groupId, setGroupId] = useState(free[0]?.id ?? '');
  const [roleIds, setRoleIds] = useState<string[]>(relationshipRoleIds);
  const values: FieldValues = { accessContainerId: groupId, unifiedRoles: roleIds.join(',') };
  const check = (current: FieldValues) => checkAssignment(current, partnerId, relationshipRoleIds);
  const { fieldErrors, onSubmit } = useCheckedSubmit(failure, values, check);

  if (free.length === 0) return <Typography>{t('pc.gdap.detail.allGroupsAssigned')}</Typography>;
  return (
    <SingleSubmitForm method="post" noValidate onSubmit={onSubmit}>
      <input type="hidden" name="intent" value="assign" />
      {failure?.error ? <ApiErrorAlert error={failure.error} /> : null}
      <Box sx={{ display: 'grid', gap: 2, maxWidth: 720 }}>
        <TextField
          select
          name="accessContainerId"
          label={t('pc.gdap.detail.group')}
          value={groupId}
          onChange={(event) => setGroupId(event.target.value)}
          error={!!fieldErrors.accessContainerId}
          helperText={fieldErrors.accessContainerId ? t.dynamic(fieldErrors.accessContainerId) : undefined}
          sx={{ maxWidth: 360 }}
        >
          {free.map((group) => (
            <MenuItem key={group.id} value={group.id}>
              {t(`pc.gdap.groups.${group.key}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControl component="fieldset" error={!!fieldErrors.unifiedRoles}>
          <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
            {t('pc.gdap.detail.assignRoles')}
          </FormLabel>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
            {relationshipRoleIds.map((id, index) => (
              <FormControlLabel
                key={id}
                control={
                  <Checkbox
                    name="unifiedRoles"
                    value={id}
                    size="small"
                    checked={roleIds.includes(id)}
                    onChange={(event) =>
                      setRoleIds((current) =>
                        event.target.checked ? [...current, id] : current.filter((other) => other !== id),
                      )
                    }
                  />
                }
                label={names[index] ?? id}
              />
            ))}
          </Box>
          {fieldErrors.unifiedRoles ? (
            <FormHelperText>{t.dynamic(fieldErrors.unifiedRoles)}</FormHelperText>
          ) : null}
        </FormControl>
      </Box>
      <Button type="submit" variant="contained" disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('common.saving') : t('pc.gdap.detail.assign')}
      </Button>
    </SingleSubmitForm>
  );
}

/** Said once an assignment is made. */
export function AssignedNotice({ groupName }: { groupName: string }) {
  const { t } = useTranslation();
  return (
    <Alert severity="success" role="status" sx={{ mb: 2 }}>
      {t('pc.gdap.detail.assigned', { group: groupName })}
    </Alert>
  );
}
