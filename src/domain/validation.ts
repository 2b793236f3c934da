import { z } from 'zod';
import { GUID_PATTERN } from './paths';

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
  password: z.string({ error: 'validation.passwordRequired' }).min(1, 'validation.passwordRequired').max(256),
});
export type SignInInput = z.infer<typeof signInSchema>;

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

/** The first message of a failed parse, keyed by field, for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    result[field] ??= issue.message;
  }
  return result;
}
