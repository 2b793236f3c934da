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

/** What a form's fields hold, by input name (a hidden field is simply absent). */
export type FieldValues = Readonly<Record<string, string | undefined>>;

/**
 * The messages to show while the user fixes a refused form: a field keeps the refusal's message while it
 * holds the value that was refused; once edited, it shows what `check` says of the form as it is now, which
 * is nothing when the new value is valid. Fields the refusal did not name stay quiet until the next submit.
 * `check` runs only once a refused field was edited; it returns null when it cannot tell yet (its rules are
 * not loaded), and the refusal's messages stay.
 */
export function fieldErrorsAfterEdits(
  refusal: FieldErrors,
  refusedValues: FieldValues,
  values: FieldValues,
  check: (values: FieldValues) => FieldErrors | null,
): FieldErrors {
  const edited = Object.keys(refusal).filter((field) => values[field] !== refusedValues[field]);
  if (edited.length === 0) return refusal;
  const now = check(values);
  if (!now) return refusal;
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(refusal)) {
    const shown = edited.includes(field) ? now[field] : message;
    if (shown) result[field] = shown;
  }
  return result;
}
