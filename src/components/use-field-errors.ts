import { useMemo, useState, type FormEvent } from 'react';
import { fieldErrorsAfterEdits, type FieldErrors, type FieldValues } from '../domain/field-errors';

const none: FieldErrors = {};

/**
 * The field messages a form shows: those of the last refusal (the action's answer, or the form's own check
 * on Next), each until its field holds a valid value by `check`, the same rules that refused it. Every form
 * shows its errors through this, so they all clear the same way. The answer keeps its identity while the
 * messages stay the same: memoized fields (MemoTextField) do not render again on every keystroke.
 */
export function useFieldErrors(
  refusal: FieldErrors | undefined,
  values: FieldValues,
  check: (values: FieldValues) => FieldErrors | null,
): FieldErrors {
  // The values the refusal was about: taken in the render where a new refusal arrives.
  const [refused, setRefused] = useState({ refusal, values });
  let current = refused;
  if (refused.refusal !== refusal) {
    current = { refusal, values };
    setRefused(current);
  }
  const shown = current.refusal
    ? fieldErrorsAfterEdits(current.refusal, current.values, values, check)
    : none;
  const signature = JSON.stringify(shown);
  return useMemo(() => JSON.parse(signature) as FieldErrors, [signature]);
}

/**
 * A form checked before it is sent: the refusal to show (its own check on submit, or the action's answer
 * `failure`), and the submit handler that stops a form with errors from being sent. Nothing typed is lost.
 */
export function useCheckedSubmit(
  failure: { fieldErrors?: FieldErrors } | undefined,
  values: FieldValues,
  check: (values: FieldValues) => FieldErrors,
): { fieldErrors: FieldErrors; onSubmit: (event: FormEvent<HTMLFormElement>) => void } {
  const [refusal, setRefusal] = useState<FieldErrors | undefined>(undefined);
  const [handled, setHandled] = useState(failure);
  if (failure !== handled) {
    setHandled(failure);
    if (failure?.fieldErrors) setRefusal(failure.fieldErrors);
  }
  const fieldErrors = useFieldErrors(refusal, values, check);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const errors = check(values);
    if (Object.keys(errors).length > 0) {
      event.preventDefault();
      setRefusal(errors);
    }
  };
  return { fieldErrors, onSubmit };
}
