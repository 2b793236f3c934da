import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FieldValues } from '../domain/field-errors';
import { useFieldErrors } from './use-field-errors';

// The hook's contract with memoized fields: the same messages come back as the same object, so a field
// whose message did not change does not render again on a keystroke elsewhere.

const check = (values: FieldValues) => ({
  ...(values.city ? {} : { city: 'validation.cityRequired' }),
  ...(values.email?.includes('@') ? {} : { email: 'validation.emailInvalid' }),
});

describe('useFieldErrors', () => {
  it('keeps one object while the messages stay the same, and follows the fixes', () => {
    const refusal = { city: 'validation.cityRequired', email: 'validation.emailRequired' };
    const { result, rerender } = renderHook((values: FieldValues) => useFieldErrors(refusal, values, check), {
      initialProps: { city: '', email: '', name: '' },
    });
    const first = result.current;
    expect(first).toEqual(refusal);
    rerender({ city: '', email: '', name: 'Kim' });
    expect(result.current).toBe(first);

    rerender({ city: '', email: 'k', name: 'Kim' });
    const typing = result.current;
    expect(typing).toEqual({ city: 'validation.cityRequired', email: 'validation.emailInvalid' });
    rerender({ city: '', email: 'ki', name: 'Kim' });
    expect(result.current).toBe(typing);

    rerender({ city: 'Rome', email: 'ki@b.example', name: 'Kim' });
    expect(result.current).toEqual({});
  });

  it('a new refusal starts again from the values it refused', () => {
    interface Props {
      refusal?: Record<string, string>;
      values: FieldValues;
    }
    const initialProps: Props = { values: { city: 'Rome', email: 'a@b.example' } };
    const { result, rerender } = renderHook(
      ({ refusal, values }: Props) => useFieldErrors(refusal, values, check),
      { initialProps },
    );
    expect(result.current).toEqual({});
    const refusal = { email: 'validation.domainTaken' };
    rerender({ refusal, values: { city: 'Rome', email: 'a@b.example' } });
    // A message the check cannot give (the backend's) stays while the refused value is there.
    expect(result.current).toEqual(refusal);
    rerender({ refusal, values: { city: 'Rome', email: 'c@b.example' } });
    expect(result.current).toEqual({});
  });
});
