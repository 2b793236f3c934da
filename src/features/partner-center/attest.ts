import { runAction, refused, type ActionResult } from '../../api/action-result';
import { getMcaTemplateId } from '../../api/agreements';
import { confirmCustomerAcceptance } from '../../api/partner-center';
import type { Contact, PartnerMe } from '../../api/types';
import { canAttest, canManageCustomers } from '../../domain/partner-center';
import { fieldErrors, type FieldErrors, type FieldValues } from '../../domain/field-errors';
import { attestationFormSchema } from '../../domain/validation';
import { useTranslation } from '../../i18n/i18n';

// Confirm a customer's MCA acceptance, as Partner Center does: read the MCA template id from the agreement
// metadata, then POST the agreement.

/** Posts the confirmation; a metadata answer without the MCA template fails before anything is posted. */
export async function confirmMcaAcceptance(
  customerId: string,
  attestation: { primaryContact: Contact; dateAgreed: string },
): Promise<void> {
  const templateId = await getMcaTemplateId('partner');
  await confirmCustomerAcceptance(customerId, { ...attestation, templateId });
}

const parseAttestationForm = (form: FieldValues) =>
  attestationFormSchema.safeParse({
    primaryContact: {
      firstName: form.firstName ?? '',
      lastName: form.lastName ?? '',
      email: form.email ?? '',
      phoneNumber: form.phoneNumber ?? '',
    },
    dateAgreed: form.dateAgreed ?? '',
  });

/**
 * The confirmation form's fields by the rules of its submit, plus the backend's own (no date after `today`,
 * code 600002), so that a fixed field loses its message as soon as it is fixed.
 */
export function checkAttestationForm(form: FieldValues, today: string): FieldErrors {
  const parsed = parseAttestationForm(form);
  if (!parsed.success) return fieldErrors(parsed.error.issues);
  return parsed.data.dateAgreed.slice(0, 10) > today ? { dateAgreed: 'validation.dateInFuture' } : {};
}

/** The Update form of Account info (and the prompt before a new order), checked and sent. */
export async function attestFromForm(customerId: string, form: FieldValues): Promise<ActionResult> {
  const parsed = parseAttestationForm(form);
  if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
  return runAction(async () => {
    await confirmMcaAcceptance(customerId, parsed.data);
    return {};
  });
}

/** Why this agent may not confirm, or null: no agent role, or an indirect reseller. */
export function useAttestationBlock(me: PartnerMe): string | null {
  const { t } = useTranslation();
  if (!canManageCustomers(me.agent.roles)) return t('pc.viewOnly');
  if (!canAttest(me.partner.kind))
    return t('pc.attest.resellerCannot', {
      provider: me.partner.provider?.name ?? t('pc.attest.yourProvider'),
    });
  return null;
}
