import { actionError, refused, runAction, type ActionResult } from '../../api/action-result';
import { createCustomer, inviteToAcceptMca, isDomainAvailable } from '../../api/partner-center';
import type { Customer } from '../../api/types';
import { adminPortalLink } from '../../domain/admin-links';
import { fieldErrors } from '../../domain/field-errors';
import { ONMICROSOFT_SUFFIX } from '../../domain/partner-center';
import { paths } from '../../domain/paths';
import { domainPrefixSchema } from '../../domain/validation';
import { confirmMcaAcceptance } from './attest';
import { checkDraft, type NewCustomerDraft } from './new-customer-draft';
import type { DomainCheck } from './new-customer-form';
import type { NewCustomerConfirmationProps } from './new-customer-review';

// Customers › Add customer: creating is POST /v1/customers; attesting, when the partner chose to, is
// POST …/agreements right after.

/** Check availability: is `<prefix>.onmicrosoft.com` still free? */
export async function checkDomain(raw: string): Promise<ActionResult<DomainCheck>> {
  const prefix = domainPrefixSchema.safeParse(raw);
  if (!prefix.success) return refused(fieldErrors(prefix.error.issues));
  const domain = `${prefix.data}${ONMICROSOFT_SUFFIX}`;
  return runAction(async () => ({ domain, available: await isDomainAvailable(domain) }));
}

export interface CreatedCustomer {
  customer: Customer;
  credentials: { userName: string; password: string };
  agreement: NewCustomerConfirmationProps['agreement'];
}

function readDraft(raw: string | undefined): NewCustomerDraft | null {
  try {
    const value: unknown = JSON.parse(raw ?? '');
    const draft = value as NewCustomerDraft;
    const strings = [draft.companyName, draft.domain, draft.country, draft.addressLine1, draft.city];
    return strings.every((s) => typeof s === 'string') && typeof draft.contact === 'object' ? draft : null;
  } catch {
    return null;
  }
}

/**
 * Submit on the review step: the draft is checked again with the API's schemas, the customer created, then
 * the MCA confirmed if the partner attested. The customer exists once created: a failed confirmation is
 * reported on the confirmation page, not as a failure of the whole form.
 */
export async function createCustomerFromForm(
  form: Record<string, string | undefined>,
): Promise<ActionResult<CreatedCustomer>> {
  const draft = readDraft(form.draft);
  if (!draft) return refused({ form: 'validation.formUnreadable' });
  const checked = checkDraft(draft, form.today ?? '', form.culture ?? 'en-US');
  if (!checked.ok) return refused(checked.errors);
  return runAction(async (): Promise<CreatedCustomer> => {
    const { userCredentials, ...customer } = await createCustomer(checked.customer);
    const credentials = userCredentials ?? { userName: '', password: '' };
    if (!checked.attestation) {
      // Recorded, so that Customers shows the customer invited and waiting rather than untouched.
      try {
        const { link } = await inviteToAcceptMca(customer.id);
        return { customer, credentials, agreement: { outcome: 'invite', link } };
      } catch (error) {
        const link = adminPortalLink(
          paths.agreement.href(),
          window.location.origin,
          import.meta.env.BASE_URL,
        );
        return { customer, credentials, agreement: { outcome: 'invite', link, error: actionError(error) } };
      }
    }
    try {
      await confirmMcaAcceptance(customer.id, checked.attestation);
      return { customer, credentials, agreement: { outcome: 'attested' } };
    } catch (error) {
      return { customer, credentials, agreement: { outcome: 'failed', error: actionError(error) } };
    }
  });
}
