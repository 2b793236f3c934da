import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors, fieldErrorsAfterEdits } from './field-errors';

describe('fieldErrors', () => {
  it('keys a zod issue by the last part of its path, as the forms name their inputs', () => {
    const schema = z.object({
      primaryContact: z.object({ email: z.string().min(1, 'validation.emailRequired') }),
      lineItems: z.array(z.object({ quantity: z.int().min(1, 'validation.quantityInvalid') })),
    });
    const parsed = schema.safeParse({ primaryContact: { email: '' }, lineItems: [{ quantity: 0 }] });
    expect(fieldErrors(parsed.error?.issues ?? [])).toEqual({
      email: 'validation.emailRequired',
      quantity: 'validation.quantityInvalid',
    });
  });

  it('keys the API’s dotted field names the same way', () => {
    expect(
      fieldErrors([
        { path: 'primaryContact.email', message: 'validation.emailInvalid' },
        { path: 'lineItems.0.quantity', message: 'validation.quantityInvalid' },
        { path: 'domain', message: 'validation.domainTaken' },
      ]),
    ).toEqual({
      email: 'validation.emailInvalid',
      quantity: 'validation.quantityInvalid',
      domain: 'validation.domainTaken',
    });
  });

  it('keeps the first message of a field, and keys a message about the whole body `form`', () => {
    expect(
      fieldErrors([
        { path: ['password'], message: 'validation.passwordTooShort' },
        { path: ['password'], message: 'validation.passwordTooSimple' },
        { path: [], message: 'validation.formUnreadable' },
        { path: '', message: 'validation.other' },
      ]),
    ).toEqual({ password: 'validation.passwordTooShort', form: 'validation.formUnreadable' });
  });

  it('gives no messages for no issues', () => {
    expect(fieldErrors([])).toEqual({});
  });
});

describe('fieldErrorsAfterEdits', () => {
  const refusal = {
    email: 'validation.emailRequired',
    city: 'validation.cityRequired',
    domain: 'validation.domainTaken',
  };
  const refused = { email: '', city: '', domain: 'relecloud' };
  const check = (values: Record<string, string | undefined>) => ({
    ...(values.email?.includes('@') ? {} : { email: 'validation.emailInvalid' }),
    ...(values.city ? {} : { city: 'validation.cityRequired' }),
  });

  it('keeps every message while nothing refused was edited, without running the check', () => {
    const never = () => {
      throw new Error('checked');
    };
    expect(fieldErrorsAfterEdits(refusal, refused, { ...refused, other: 'x' }, never)).toBe(refusal);
  });

  it('an edited field shows what the check says now: its new reason, or nothing once valid', () => {
    expect(fieldErrorsAfterEdits(refusal, refused, { ...refused, email: 'kim' }, check)).toEqual({
      ...refusal,
      email: 'validation.emailInvalid',
    });
    expect(fieldErrorsAfterEdits(refusal, refused, { ...refused, email: 'kim@b.example' }, check)).toEqual({
      city: 'validation.cityRequired',
      domain: 'validation.domainTaken',
    });
  });

  it('a message only the backend could give (a taken domain) goes once the field is edited to a value the check takes', () => {
    expect(fieldErrorsAfterEdits(refusal, refused, { ...refused, domain: 'bluebird' }, check)).toEqual({
      email: 'validation.emailRequired',
      city: 'validation.cityRequired',
    });
  });

  it('never adds a message for a field the refusal did not name, and keeps all when the check cannot tell', () => {
    const result = fieldErrorsAfterEdits(
      { city: 'validation.cityRequired' },
      refused,
      { ...refused, city: 'Rome' },
      check,
    );
    expect(result).toEqual({});
    expect(fieldErrorsAfterEdits(refusal, refused, { ...refused, city: 'Rome' }, () => null)).toBe(refusal);
  });
});
