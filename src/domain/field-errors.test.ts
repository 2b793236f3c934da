import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from './field-errors';

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
