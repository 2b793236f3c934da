import { refused, runAction, type ActionResult } from '../../api/action-result';
import { createDelegatedAdminRelationship, lockDelegatedAdminRelationshipForApproval } from '../../api/graph';
import type { DelegatedAdminRelationship, NewDelegatedAdminRelationship } from '../../api/types';
import type { FieldErrors, FieldValues } from '../../domain/field-errors';
import {
  AUTO_EXTEND_DAYS,
  canAutoExtend,
  entraRoleById,
  formatDurationDays,
  isValidDurationDays,
} from '../../domain/gdap';
import { gdapNameSchema } from '../../domain/validation';

// Request admin relationship: the form's values (named as Graph's body names them, so that the backend's
// refusals land on the right field), their checks, and the two calls (create, then lock for approval).

/** `autoExtendDuration` as the form sends it: on, or off. */
export const AUTO_EXTEND_ON = formatDurationDays(AUTO_EXTEND_DAYS);
export const AUTO_EXTEND_OFF = 'PT0S';

/** The chosen role ids, as the form holds them (one value, ids joined by commas). */
export const roleIdsOf = (values: FieldValues): string[] =>
  (values.unifiedRoles ?? '').split(',').filter((id) => id !== '');

/** The form's values from what it posted (the roles are one checkbox each). */
export function gdapRequestValues(form: FormData): FieldValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    displayName: text('displayName'),
    duration: text('duration'),
    unifiedRoles: form
      .getAll('unifiedRoles')
      .filter((id): id is string => typeof id === 'string')
      .join(','),
    autoExtendDuration: text('autoExtendDuration') === AUTO_EXTEND_ON ? AUTO_EXTEND_ON : AUTO_EXTEND_OFF,
  };
}

/** Duration in whole days as typed (`730`), or null when it is not 1 to 730. */
export function durationDaysOf(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return isValidDurationDays(days) ? days : null;
}

/**
 * The form's messages by field, by Graph's rules: a name (at most 50 characters) none of the partner's
 * relationships has (`takenNames`, compared without case), 1 to 730 days, at least one known role, and no
 * auto-extend with Global Administrator.
 */
export function checkGdapRequest(values: FieldValues, takenNames: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  const name = gdapNameSchema.safeParse(values.displayName ?? '');
  if (!name.success) {
    errors.displayName = name.error.issues[0]?.message ?? 'validation.gdapNameRequired';
  } else if (takenNames.some((taken) => taken.toLowerCase() === name.data.toLowerCase())) {
    errors.displayName = 'validation.gdapNameTaken';
  }
  if (durationDaysOf(values.duration) === null) errors.duration = 'pc.gdap.new.durationInvalid';
  const roleIds = roleIdsOf(values);
  if (roleIds.length === 0) errors.unifiedRoles = 'validation.gdapRolesRequired';
  else if (roleIds.some((id) => !entraRoleById(id))) errors.unifiedRoles = 'validation.gdapRoleUnknown';
  else if (values.autoExtendDuration === AUTO_EXTEND_ON && !canAutoExtend(roleIds)) {
    errors.autoExtendDuration = 'validation.gdapAutoExtendGlobalAdmin';
  }
  return errors;
}

/** Graph's body for checked values. */
export function gdapRequestBody(
  values: FieldValues,
  customer: { tenantId: string; displayName?: string },
): NewDelegatedAdminRelationship {
  return {
    displayName: (values.displayName ?? '').trim(),
    duration: formatDurationDays(durationDaysOf(values.duration) ?? 0),
    customer,
    accessDetails: { unifiedRoles: roleIdsOf(values).map((roleDefinitionId) => ({ roleDefinitionId })) },
    autoExtendDuration: values.autoExtendDuration === AUTO_EXTEND_ON ? AUTO_EXTEND_ON : AUTO_EXTEND_OFF,
  };
}

/**
 * Creates the relationship (`created`). Graph's refusal of one role (`…unifiedRoles.0.roleDefinitionId`)
 * is shown by the roles.
 */
export async function createGdapFromForm(
  values: FieldValues,
  customer: { tenantId: string; displayName?: string },
  takenNames: readonly string[],
): Promise<ActionResult<{ relationship: DelegatedAdminRelationship }>> {
  const errors = checkGdapRequest(values, takenNames);
  if (Object.keys(errors).length) return refused(errors);
  const result = await runAction(async () => ({
    relationship: await createDelegatedAdminRelationship(gdapRequestBody(values, customer)),
  }));
  if (result.ok || !result.fieldErrors?.roleDefinitionId) return result;
  const { roleDefinitionId, ...others } = result.fieldErrors;
  return refused({ ...others, unifiedRoles: roleDefinitionId });
}

/** Sends a created relationship to the customer (`approvalPending`): its approval link works from then on. */
export const sendGdapForApproval = (relationshipId: string) =>
  runAction(async () => {
    await lockDelegatedAdminRelationshipForApproval(relationshipId);
    return {};
  });
