import { describe, expect, it } from 'vitest';
import { fieldErrors } from './field-errors';
import { changePasswordFormSchema, newPasswordSchema, signInSchema } from './validation';

describe('signInSchema', () => {
  it('trims and lower-cases the user name', () => {
    expect(
      signInSchema.parse({ userPrincipalName: '  Admin@ContosoNew.onmicrosoft.com ', password: 'x' }),
    ).toEqual({
      userPrincipalName: 'admin@contosonew.onmicrosoft.com',
      password: 'x',
    });
  });

  it.each([
    [{ userPrincipalName: '', password: 'x' }, { userPrincipalName: 'validation.upnRequired' }],
    [{ userPrincipalName: 'admin', password: 'x' }, { userPrincipalName: 'validation.upnInvalid' }],
    [
      { userPrincipalName: `${'a'.repeat(120)}@x.com`, password: 'x' },
      { userPrincipalName: 'validation.upnInvalid' },
    ],
    [{ userPrincipalName: 'a@b.com', password: '' }, { password: 'validation.passwordRequired' }],
    [{}, { userPrincipalName: 'validation.upnRequired', password: 'validation.passwordRequired' }],
  ])('refuses %j', (input, errors) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error.issues)).toEqual(errors);
  });
});

describe('new passwords', () => {
  it.each([
    ['short1!', 'validation.passwordTooShort'],
    ['alllowercase', 'validation.passwordTooSimple'],
    ['ALLUPPER123', 'validation.passwordTooSimple'],
    ['ALLUPPER123!', null],
    ['Abcdefg1', null],
    ['x'.repeat(257), 'validation.passwordTooLong'],
  ])('%s', (password, message) => {
    const result = newPasswordSchema.safeParse(password);
    expect(result.success ? null : result.error.issues[0]?.message).toBe(message);
  });

  it('asks for the same password twice', () => {
    const result = changePasswordFormSchema.safeParse({
      changeToken: 't',
      newPassword: 'Abcdefg1!',
      confirmPassword: 'Abcdefg1?',
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(fieldErrors(result.error.issues)).toEqual({ confirmPassword: 'validation.passwordsDiffer' });
  });
});
