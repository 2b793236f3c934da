import { z } from 'zod';
import { isAgreementCountry } from './agreement-countries';
import { isAfterMcaStart } from './mca-standing';
import { GUID_PATTERN } from './paths';
import { CLOUD_AGREEMENT_TYPE, MCA_TYPE } from './contract';
import {
  ENTRA_ROLES,
  MAX_NAME_LENGTH,
  entraRoleById,
  isValidDurationDays,
  parseAutoExtendDays,
  parseDurationDays,
} from './gdap';

// Schemas shared by the forms and the mock backend. Messages are i18n keys under `validation.`.

const UPN_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const signInSchema = z.object({
  userPrincipalName: z
    .string({ error: 'validation.upnRequired' })
    .trim()
    .min(1, 'validation.upnRequired')
    .max(113, 'validation.upnInvalid')
    .regex(UPN_PATTERN, 'validation.upnInvalid')
    .transform((value) => value.toLowerCase()),
  password: z
    .string({ error: 'validation.passwordRequired' })
    .min(1, 'validation.passwordRequired')
    .max(256, 'validation.passwordTooLong'),
});

/** At least 8 characters, and three of: lower case, upper case, digits, symbols. */
export const newPasswordSchema = z
  .string({ error: 'validation.passwordRequired' })
  .min(8, 'validation.passwordTooShort')
  .max(256, 'validation.passwordTooLong')
  .refine(
    (value) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length >= 3,
    'validation.passwordTooSimple',
  );

export const changePasswordSchema = z.object({
  changeToken: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const changePasswordFormSchema = changePasswordSchema
  .extend({ confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: 'validation.passwordsDiffer',
    path: ['confirmPassword'],
  });

export const acceptAgreementSchema = z.strictObject({
  templateId: z.string().regex(GUID_PATTERN, 'validation.templateInvalid'),
});

export const acceptInvitationSchema = z.strictObject({
  dap: z.boolean(),
  msppId: z.string().max(40).optional(),
});

export const purchaseSchema = z.strictObject({
  productId: z.string().min(1).max(64),
  quantity: z
    .int('validation.quantityInvalid')
    .min(1, 'validation.quantityInvalid')
    .max(300, 'validation.quantityInvalid'),
});

export const partnerFilterSchema = z.string().max(100);

// Partner Center: the contact who accepted the MCA, the attestation, a new customer.

const EMAIL_PATTERN = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]{2,}$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{3,28}[0-9]$/;
const DATE_PATTERN = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether a text holds what no name or address may keep: C0 and C1 control characters (NUL, tab, line
 * breaks, escape …) or half of a UTF-16 pair without its other half. Nobody types them in a name, and they
 * break whatever shows or exports it later. Emoji (whole pairs) and right-to-left text are fine.
 */
export function hasUnstorableCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isControl(code) || isLowSurrogate(code)) return true;
    if (isHighSurrogate(code)) {
      if (!isLowSurrogate(value.charCodeAt(i + 1))) return true;
      i++;
    }
  }
  return false;
}

const storable = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((value) => !hasUnstorableCharacters(value), 'validation.controlCharacters');

const name = (required: string) =>
  storable(
    z
      .string({ error: required })
      .trim()
      .min(1, required)
      .max(50, 'validation.nameTooLong')
      .refine((value) => !/[<>]/.test(value), 'validation.nameInvalid'),
  );

export const contactSchema = z.strictObject({
  firstName: name('validation.firstNameRequired'),
  lastName: name('validation.lastNameRequired'),
  email: storable(
    z
      .string({ error: 'validation.emailRequired' })
      .trim()
      .min(1, 'validation.emailRequired')
      .max(254, 'validation.emailInvalid')
      .regex(EMAIL_PATTERN, 'validation.emailInvalid'),
  ),
  /** Optional: an empty string counts as not given. */
  phoneNumber: z
    .string()
    .trim()
    .max(30, 'validation.phoneInvalid')
    .refine((value) => value === '' || PHONE_PATTERN.test(value), 'validation.phoneInvalid')
    .optional()
    .transform((value) => (value ? value : undefined)),
});

/**
 * A calendar date (`2026-11-25`) or a date-time; it must exist (no 30 February). Dates without a zone are
 * read as UTC, as Partner Center does.
 */
export const agreementDateSchema = z
  .string({ error: 'validation.dateRequired' })
  .trim()
  .min(1, 'validation.dateRequired')
  .refine((value) => {
    const match = DATE_PATTERN.exec(value);
    if (!match?.[1]) return false;
    const zoned = match[5] ? value : `${match[2] ? value : `${value}T00:00:00`}Z`;
    const date = new Date(zoned);
    return !Number.isNaN(date.getTime()) && (match[5] ? true : date.toISOString().startsWith(match[1]));
  }, 'validation.dateInvalid')
  .transform((value) => {
    const match = DATE_PATTERN.exec(value);
    return new Date(match?.[5] ? value : `${match?.[2] ? value : `${value}T00:00:00`}Z`).toISOString();
  })
  // Not before the MCA existed (2018, MCA_FIRST_DAY): an older date cannot be a real acceptance.
  .refine(isAfterMcaStart, 'validation.dateBeforeMca');

/** Partner Center's Agreement body (POST /v1/customers/{id}/agreements). */
export const attestationSchema = z.strictObject({
  primaryContact: contactSchema,
  dateAgreed: agreementDateSchema,
  templateId: z.string().regex(GUID_PATTERN, 'validation.templateInvalid'),
  type: z.enum([MCA_TYPE, CLOUD_AGREEMENT_TYPE]),
  // Echoed by clients that post back what they read; the service sets them itself.
  userId: z.string().max(64).optional(),
  agreementLink: z.string().max(2048).optional(),
});

/** The `<prefix>.onmicrosoft.com` part a partner chooses: letters and digits, as the admin center allows. */
export const domainPrefixSchema = z
  .string({ error: 'validation.domainRequired' })
  .trim()
  .min(1, 'validation.domainRequired')
  .max(27, 'validation.domainInvalid')
  .regex(/^[A-Za-z0-9]+$/, 'validation.domainInvalid')
  .transform((value) => value.toLowerCase());

const text = (required: string, max: number) =>
  storable(
    z
      .string({ error: required })
      .trim()
      .min(1, required)
      .max(max, 'validation.textTooLong')
      .refine((value) => !/[<>]/.test(value), 'validation.textInvalid'),
  );

export const countrySchema = z
  .string({ error: 'validation.countryRequired' })
  .refine(isAgreementCountry, 'validation.countryInvalid');

/** Partner Center's Customer body (POST /v1/customers), the fields this simulator keeps. */
export const newCustomerSchema = z.strictObject({
  companyProfile: z.strictObject({
    domain: z
      .string({ error: 'validation.domainRequired' })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]{1,27}\.onmicrosoft\.com$/, 'validation.domainInvalid'),
  }),
  billingProfile: z.strictObject({
    email: contactSchema.shape.email,
    culture: z.string().max(10).optional(),
    language: z.string().max(10).optional(),
    companyName: text('validation.companyRequired', 100),
    defaultAddress: z.strictObject({
      country: countrySchema,
      city: text('validation.cityRequired', 50),
      state: storable(z.string().trim().max(50)).optional(),
      addressLine1: text('validation.addressRequired', 100),
      postalCode: text('validation.postalCodeRequired', 20),
      firstName: contactSchema.shape.firstName,
      lastName: contactSchema.shape.lastName,
      phoneNumber: contactSchema.shape.phoneNumber,
    }),
  }),
});

/** Partner Center's Order body (POST /v1/customers/{id}/orders), one line per offer. */
export const orderSchema = z.strictObject({
  referenceCustomerId: z.string().optional(),
  billingCycle: z.enum(['monthly', 'annual', 'none']).optional(),
  lineItems: z
    .array(
      z.strictObject({
        lineItemNumber: z.int().min(0).max(99),
        offerId: z.string().min(1, 'validation.offerUnknown').max(64),
        quantity: purchaseSchema.shape.quantity,
      }),
    )
    .min(1, 'validation.orderEmpty')
    .max(10),
});

/** The customer's acceptance as a partner enters it: the person who accepted and the date. */
export const attestationFormSchema = z.object({
  primaryContact: contactSchema,
  dateAgreed: agreementDateSchema,
});

// Microsoft Graph's delegatedAdminRelationships (GDAP): the bodies a partner sends. Roles come back as
// lower-case ids without repeats, durations as whole days.

/** `displayName`: at most 50 characters (unique for the partner: the backend checks that). */
export const gdapNameSchema = storable(
  z
    .string({ error: 'validation.gdapNameRequired' })
    .trim()
    .min(1, 'validation.gdapNameRequired')
    .max(MAX_NAME_LENGTH, 'validation.nameTooLong'),
);

/** `duration`: ISO 8601 from `P1D` to `P2Y` (730 days), read as whole days. */
export const gdapDurationSchema = z
  .string({ error: 'validation.gdapDurationInvalid' })
  .max(32, 'validation.gdapDurationInvalid')
  .refine((value) => {
    const days = parseDurationDays(value);
    return days !== null && isValidDurationDays(days);
  }, 'validation.gdapDurationInvalid')
  .transform((value) => parseDurationDays(value) ?? 0);

/** `autoExtendDuration`: `PT0S` or `P0D` (off) or `P180D`, read as days. */
export const gdapAutoExtendSchema = z
  .string({ error: 'validation.gdapAutoExtendInvalid' })
  .max(32, 'validation.gdapAutoExtendInvalid')
  .refine((value) => parseAutoExtendDays(value) !== null, 'validation.gdapAutoExtendInvalid')
  .transform((value) => parseAutoExtendDays(value) ?? 0);

/** `accessDetails`: at least one known Microsoft Entra role. */
export const gdapAccessDetailsSchema = z.strictObject({
  unifiedRoles: z
    .array(
      z.strictObject({
        roleDefinitionId: z
          .string({ error: 'validation.gdapRoleUnknown' })
          .max(64, 'validation.gdapRoleUnknown')
          .refine((id) => entraRoleById(id) !== undefined, 'validation.gdapRoleUnknown'),
      }),
      { error: 'validation.gdapRolesRequired' },
    )
    .min(1, 'validation.gdapRolesRequired')
    .max(ENTRA_ROLES.length * 2, 'validation.gdapRoleUnknown')
    .transform((roles) => [...new Set(roles.map((role) => role.roleDefinitionId.toLowerCase()))]),
});

// Clients that post back what they read may echo the type annotation; the service knows the type.
const odataType = z.string().max(100).optional();

/** Graph's body to create a `delegatedAdminRelationship`. */
export const newGdapRelationshipSchema = z.strictObject({
  '@odata.type': odataType,
  displayName: gdapNameSchema,
  duration: gdapDurationSchema,
  customer: z.strictObject({
    tenantId: z.string().regex(GUID_PATTERN),
    // The partner may send a name; the service shows the tenant's own.
    displayName: z.string().max(256).optional(),
  }),
  accessDetails: gdapAccessDetailsSchema,
  autoExtendDuration: gdapAutoExtendSchema.optional(),
});

/** Graph's PATCH of a `delegatedAdminRelationship`: any of the fields a partner may change. */
export const gdapRelationshipChangesSchema = z.strictObject({
  '@odata.type': odataType,
  displayName: gdapNameSchema.optional(),
  duration: gdapDurationSchema.optional(),
  accessDetails: gdapAccessDetailsSchema.optional(),
  autoExtendDuration: gdapAutoExtendSchema.optional(),
});

/** Graph's `delegatedAdminRelationshipRequest` body. */
export const gdapRequestSchema = z.strictObject({
  action: z.enum(['lockForApproval', 'approve', 'terminate']),
});

/** Graph's `delegatedAdminAccessAssignment` body: one security group of the partner, some of the relationship's roles. */
export const gdapAccessAssignmentSchema = z.strictObject({
  '@odata.type': odataType,
  accessContainer: z.strictObject({
    accessContainerId: z
      .string({ error: 'validation.gdapSecurityGroupInvalid' })
      .trim()
      .regex(GUID_PATTERN, 'validation.gdapSecurityGroupInvalid')
      .transform((id) => id.toLowerCase()),
    accessContainerType: z.literal('securityGroup'),
  }),
  accessDetails: gdapAccessDetailsSchema,
});

/** Graph's PATCH of an access assignment: its roles. */
export const gdapAccessAssignmentChangesSchema = z.strictObject({
  '@odata.type': odataType,
  accessDetails: gdapAccessDetailsSchema,
});
