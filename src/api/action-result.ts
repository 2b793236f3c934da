import { fieldErrors, type FieldErrors } from '../domain/field-errors';
import { ApiError } from './client';

// What every route action returns (a redirect aside), so that pages, forms and revalidation read one shape.

/** A failed call, with what a form needs to say why. */
export interface ActionError {
  status: number;
  code: number | string;
  description: string;
}

/** The action changed nothing: a message for the whole form, messages by field, or both. */
export interface ActionFailure {
  ok: false;
  error?: ActionError;
  fieldErrors?: FieldErrors;
}

/**
 * Success carries what the page shows next (`T`); a failure says why, plus whatever the page needs to put
 * the answer in the right place (`F`, e.g. which product's form was sent). Pages with several forms add
 * the form's `intent` to tell the answers apart.
 */
export type ActionResult<T extends object = object, F extends object = object> =
  ({ ok: true } & T) | (ActionFailure & F);

/** Refused before any call: the form shows these messages by its fields. */
export const refused = (errors: FieldErrors): ActionFailure => ({ ok: false, fieldErrors: errors });

/** An input the page cannot show by a field (a tampered hidden value): said as the backend would say it. */
export const invalidInput = (description: string): ActionError => ({
  status: 400,
  code: 'InvalidInput',
  description,
});

/** The parts of an ApiError a form shows. Anything else is not the action's to handle: it goes on. */
export function actionError(error: unknown): ActionError {
  if (!(error instanceof ApiError)) throw error;
  return { status: error.status, code: error.code, description: error.description };
}

/**
 * The field messages (validation keys) an error answer names in its `data` (a 400's refused fields, or a
 * 409's taken domain), or null when it names none.
 */
function fieldErrorsOf(error: ApiError): FieldErrors | null {
  const issues = [];
  for (const item of error.data) {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string' && message.startsWith('validation.')) {
      issues.push({ path: field, message });
    }
  }
  return issues.length ? fieldErrors(issues) : null;
}

/**
 * A failed call as the form shows it: an answer that names fields becomes messages by field (the form
 * says there what to fix), any other ApiError the error. Redirects and other errors go on.
 */
export function failureFrom(error: unknown): ActionFailure {
  const fields = error instanceof ApiError ? fieldErrorsOf(error) : null;
  return fields ? refused(fields) : { ok: false, error: actionError(error) };
}

/**
 * Runs an action's calls: what they return is the success, an ApiError the failure. A thrown redirect
 * (or any other error) goes through to React Router.
 */
export async function runAction<T extends object = object>(
  calls: () => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await calls()) };
  } catch (error) {
    return failureFrom(error);
  }
}
