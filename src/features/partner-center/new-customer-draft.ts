import type { Contact, NewCustomer } from '../../api/types';
import { fieldErrors, type FieldValues } from '../../domain/field-errors';
import { attestationFormSchema, newCustomerSchema } from '../../domain/validation';
import { ONMICROSOFT_SUFFIX } from '../../domain/partner-center';
import { emptyContact, type ContactValues } from './contact-fields';

// The New customer form as the partner fills it in, and the Partner Center calls it turns into.

export interface NewCustomerDraft {
  companyName: string;
  /** The `<prefix>` of `<prefix>.onmicrosoft.com`. */
  domain: string;
  country: string;
  addressLine1: string;
  city: string;
  postalCode: string;
  contact: ContactValues;
  /** Attest now, or have the customer accept in the admin center. */
  agreement: 'attest' | 'invite' | '';
  dateAgreed: string;
  /** The person who accepted is the primary contact, unless the partner selected Update. */
  signerIsContact: boolean;
  signer: ContactValues;
}

export const emptyDraft = (today: string): NewCustomerDraft => ({
  companyName: '',
  domain: '',
  country: 'US',
  addressLine1: '',
  city: '',
  postalCode: '',
  contact: emptyContact,
  agreement: '',
  dateAgreed: today,
  signerIsContact: true,
  signer: emptyContact,
});

export type CheckedDraft =
  | {
      ok: true;
      customer: NewCustomer;
      attestation: { primaryContact: Contact; dateAgreed: string } | null;
    }
  | { ok: false; errors: Record<string, string> };

/** Validates the draft with the API's own schemas; error keys are the form's field names. */
export function checkDraft(draft: NewCustomerDraft, today: string, culture: string): CheckedDraft {
  const customer: NewCustomer = {
    companyProfile: { domain: `${draft.domain.trim()}${ONMICROSOFT_SUFFIX}` },
    billingProfile: {
      email: draft.contact.email,
      culture,
      language: culture.slice(0, 2),
      companyName: draft.companyName,
      defaultAddress: {
        country: draft.country,
        city: draft.city,
        addressLine1: draft.addressLine1,
        postalCode: draft.postalCode,
        firstName: draft.contact.firstName,
        lastName: draft.contact.lastName,
        phoneNumber: draft.contact.phoneNumber,
      },
    },
  };
  const errors: Record<string, string> = {};
  const parsed = newCustomerSchema.safeParse(customer);
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error.issues));
  if (!/^[A-Za-z0-9]{1,27}$/.test(draft.domain.trim()))
    errors.domain = draft.domain.trim() ? 'validation.domainInvalid' : 'validation.domainRequired';

  let attestation: { primaryContact: Contact; dateAgreed: string } | null = null;
  if (draft.agreement === '') errors.agreement = 'validation.agreementChoice';
  if (draft.agreement === 'attest') {
    const signer = draft.signerIsContact ? draft.contact : draft.signer;
    const checked = attestationFormSchema.safeParse({ primaryContact: signer, dateAgreed: draft.dateAgreed });
    if (checked.success) {
      if (checked.data.dateAgreed.slice(0, 10) > today) errors.dateAgreed = 'validation.dateInFuture';
      else attestation = checked.data;
    } else {
      for (const [field, message] of Object.entries(fieldErrors(checked.error.issues))) {
        const key = field === 'dateAgreed' || draft.signerIsContact ? field : `signer.${field}`;
        errors[key] ??= message;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, customer: parsed.data as NewCustomer, attestation };
}

/**
 * The draft as the form shows it, by field name (the error keys of checkDraft): the acceptance date and the
 * person who accepted count only while they are on screen, so that hiding them clears their messages.
 */
export function draftFieldValues(draft: NewCustomerDraft): FieldValues {
  const { contact, signer, signerIsContact, agreement, dateAgreed, ...account } = draft;
  const values: Record<string, string> = { ...account, ...contact, agreement };
  if (agreement === 'attest') {
    values.dateAgreed = dateAgreed;
    if (!signerIsContact)
      for (const [field, value] of Object.entries(signer)) values[`signer.${field}`] = value;
  }
  return values;
}
