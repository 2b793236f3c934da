import {
  confirmCustomerAcceptance,
  getCustomer,
  getCustomerAgreements,
  getCustomerDirectSignStatus,
} from '../api/partner-center';
import { getMcaTemplateId } from '../api/agreements';
import { useTranslation } from '../i18n/i18n';
import { mcaStanding } from '../domain/mca-standing';
import { canAttest, canManageCustomers } from '../domain/partner-center';
import { attestationFormSchema, leafFieldErrors } from '../domain/validation';
import { fieldErrorsFrom, toActionFailure, type ActionFailure } from './session';
import { usePartnerShellData } from './use-shell-data';

// Confirm a customer's MCA acceptance from a form (Account info › Update, and the prompt before a new
// order): read the MCA template id from the agreement metadata, then POST the agreement, as Partner
// Center does.

/** A customer as the partner's pages show it: the Customer, its confirmations, and its MCA standing. */
export async function loadCustomerStanding(customerId: string, signal: AbortSignal) {
  const [customer, agreements, direct] = await Promise.all([
    getCustomer(customerId, signal),
    getCustomerAgreements(customerId, signal),
    getCustomerDirectSignStatus(customerId, signal),
  ]);
  return {
    customer,
    agreements: agreements.items,
    status: mcaStanding({ confirmations: agreements.items, signedDirectly: direct.isSigned }),
  };
}

export type AttestationResult =
  | { intent: 'attest'; attested: true }
  | { intent: 'attest'; fieldErrors: Record<string, string> }
  | (ActionFailure & { intent: 'attest' });

export async function attestFromForm(
  customerId: string,
  form: Record<string, string | undefined>,
): Promise<AttestationResult> {
  const parsed = attestationFormSchema.safeParse({
    primaryContact: {
      firstName: form.firstName ?? '',
      lastName: form.lastName ?? '',
      email: form.email ?? '',
      phoneNumber: form.phoneNumber ?? '',
    },
    dateAgreed: form.dateAgreed ?? '',
  });
  if (!parsed.success) return { intent: 'attest', fieldErrors: leafFieldErrors(parsed.error.issues) };
  try {
    const templateId = await getMcaTemplateId('partner');
    await confirmCustomerAcceptance(customerId, { ...parsed.data, templateId });
    return { intent: 'attest', attested: true };
  } catch (error) {
    const failure = toActionFailure(error);
    const fields = fieldErrorsFrom(failure);
    return fields ? { intent: 'attest', fieldErrors: fields } : { intent: 'attest', ...failure };
  }
}

/** Why this agent may not confirm, or null: no agent role, or an indirect reseller. */
export function useAttestationBlock(): string | null {
  const { t } = useTranslation();
  const { me } = usePartnerShellData();
  if (!canManageCustomers(me.agent.roles)) return t('pc.viewOnly');
  if (!canAttest(me.partner.kind))
    return t('pc.attest.resellerCannot', {
      provider: me.partner.provider?.name ?? t('pc.attest.yourProvider'),
    });
  return null;
}
