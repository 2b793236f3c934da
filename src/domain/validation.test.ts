import { describe, expect, it } from 'vitest';
import { fieldErrors } from './field-errors';
import {
  agreementDateSchema,
  changePasswordFormSchema,
  contactSchema,
  hasUnstorableCharacters,
  newPasswordSchema,
  signInSchema,
} from './validation';

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
    [{ userPrincipalName: 'a@b.com', password: 'x'.repeat(257) }, { password: 'validation.passwordTooLong' }],
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

describe('hasUnstorableCharacters', () => {
  it.each([
    ['Bluebird Books', false],
    ['Zoë’s Books 📚', false],
    ['مريم حداد', false],
    ['Bluebird\u0000Books', true],
    ['tab\there', true],
    ['line\nbreak', true],
    ['escape\u001b[31m', true],
    ['delete\u007f', true],
    ['C1\u0085control', true],
    ['lone high \ud83d', true],
    ['\ud83d at the start of a pair that never comes', true],
    ['lone low \udc00', true],
  ])('%j → %s', (value, expected) => {
    expect(hasUnstorableCharacters(value)).toBe(expected);
  });

  it('gives contact names a clear field message', () => {
    const result = contactSchema.safeParse({
      firstName: 'Har\u0000per',
      lastName: 'Lewis',
      email: 'h@x.example',
    });
    expect(result.success ? null : fieldErrors(result.error.issues)).toEqual({
      firstName: 'validation.controlCharacters',
    });
  });
});

describe('agreementDateSchema', () => {
  it.each([
    ['1899-12-31', 'validation.dateBeforeMca'],
    ['2017-12-31', 'validation.dateBeforeMca'],
    ['2018-01-01T01:00:00+02:00', 'validation.dateBeforeMca'],
    ['2018-01-01', null],
    ['2026-11-20', null],
    ['2026-02-30', 'validation.dateInvalid'],
  ])('%s → %s', (value, message) => {
    const result = agreementDateSchema.safeParse(value);
    expect(result.success ? null : result.error.issues[0]?.message).toBe(message);
  });
});
