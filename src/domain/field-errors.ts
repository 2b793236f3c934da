// Form messages by field, from whichever side refused the input: the form's own zod parse, or the
// backend's 400 (whose `data` names each field by its body path).

/** A form's messages (i18n keys under `validation.`) by the name of the input they belong to. */
export type FieldErrors = Record<string, string>;

/** One refused value: where it sits in the body (a path, or the API's dotted `primaryContact.email`). */
export interface FieldIssue {
  path: readonly PropertyKey[] | string;
  message: string;
}

/**
 * The first message per field, keyed by the last part of its path, as the forms name their inputs
 * (`primaryContact.email` → `email`, `lineItems.0.quantity` → `quantity`). A message about the body as a
 * whole is keyed `form`.
 */
export function fieldErrors(issues: Iterable<FieldIssue>): FieldErrors {
  const result: FieldErrors = {};
  for (const { path, message } of issues) {
    const parts = typeof path === 'string' ? path.split('.').filter(Boolean) : path;
    const field = String(parts[parts.length - 1] ?? 'form');
    result[field] ??= message;
  }
  return result;
}
