import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, db, load, loadNotices } from '../../mocks/db/db';
import { DB_VERSION } from '../../mocks/db/schema';
import { fieldErrors } from '../../src/domain/field-errors';
import { parseInvitationLink } from '../../src/domain/invitation-link';
import { safeReturnPath } from '../../src/domain/return-url';
import {
  attestationFormSchema,
  changePasswordFormSchema,
  newCustomerSchema,
  signInSchema,
} from '../../src/domain/validation';
import { enUS } from '../../src/i18n/locales/en-US';
import { call, partnerTokenFor, tokenFor } from '../api';
import { renderApp } from '../render-app';

// The bad-input catalog (README, "Bad input"): each case gets a clear message or a safe default, and
// changes nothing. Categories: forms, link parameters, API bodies, stored data.

const MCA = '117a77b0-9360-443b-8795-c6dedc750cf9';
const GDI = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';

/** The message a validation key stands for, to prove each key has words behind it. */
const words = (key: string) => {
  const name = key.replace(/^validation\./, '') as keyof typeof enUS.validation;
  return enUS.validation[name];
};

// Sessions, and the time GDAP relationships were last brought up to (any request moves it), are not data.
const dataWithoutSessions = () => JSON.stringify({ ...db(), sessions: [], settledAt: null });

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('forms: sign-in and password', () => {
  it.each([
    [
      'an empty user name',
      { userPrincipalName: '', password: 'x' },
      'userPrincipalName',
      'validation.upnRequired',
    ],
    [
      'a user name without @',
      { userPrincipalName: 'admin', password: 'x' },
      'userPrincipalName',
      'validation.upnInvalid',
    ],
    [
      'a 200-character user name',
      { userPrincipalName: `${'a'.repeat(190)}@x.example`, password: 'x' },
      'userPrincipalName',
      'validation.upnInvalid',
    ],
    [
      'a script tag as user name',
      { userPrincipalName: '<script>alert(1)</script>', password: 'x' },
      'userPrincipalName',
      'validation.upnInvalid',
    ],
    [
      'an empty password',
      { userPrincipalName: 'admin@x.example', password: '' },
      'password',
      'validation.passwordRequired',
    ],
    [
      'a 257-character password',
      { userPrincipalName: 'admin@x.example', password: 'x'.repeat(257) },
      'password',
      'validation.passwordTooLong',
    ],
  ])('sign-in: %s', (_, input, field, key) => {
    const parsed = signInSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error?.issues ?? [])[field]).toBe(key);
    expect(words(key)).toBeTruthy();
  });

  it.each([
    ['a short new password', 'Ab#1', 'Ab#1', 'newPassword', 'validation.passwordTooShort'],
    ['a simple new password', 'abcdefghij', 'abcdefghij', 'newPassword', 'validation.passwordTooSimple'],
    [
      'two different passwords',
      'Contoso#2026',
      'Contoso#2027',
      'confirmPassword',
      'validation.passwordsDiffer',
    ],
    [
      'a 300-character password',
      `Aa1#${'x'.repeat(296)}`,
      `Aa1#${'x'.repeat(296)}`,
      'newPassword',
      'validation.passwordTooLong',
    ],
  ])('change password: %s', (_, newPassword, confirmPassword, field, key) => {
    const parsed = changePasswordFormSchema.safeParse({ changeToken: 't', newPassword, confirmPassword });
    expect(fieldErrors(parsed.error?.issues ?? [])[field]).toBe(key);
    expect(words(key)).toBeTruthy();
  });

  it.each([
    ['the customer sign-in', '/signin', 'admin@graphicdesigninstitute.onmicrosoft.com'],
    ['the Partner Center sign-in', '/partner-center/signin', 'adele@fabrikam.example'],
  ])('%s tells a password over 256 characters is too long, not missing', async (_, url, upn) => {
    const { user } = renderApp(url);
    await user.type(await screen.findByLabelText(/User name/), upn);
    await user.click(screen.getByLabelText(/Password/));
    await user.paste('x'.repeat(257));
    const before = db().sessions.length;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Use at most 256 characters.')).toBeInTheDocument();
    expect(screen.queryByText('Enter your password.')).not.toBeInTheDocument();
    expect(db().sessions).toHaveLength(before);
  });

  it('a wrong password keeps what was typed and signs no one in', async () => {
    const { user } = renderApp('/signin');
    await user.type(
      await screen.findByLabelText(/User name/),
      'admin@graphicdesigninstitute.onmicrosoft.com',
    );
    await user.type(screen.getByLabelText(/Password/), 'not-it');
    const before = db().sessions.length;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The password is not correct for this account.')).toBeInTheDocument();
    expect(screen.getByLabelText(/User name/)).toHaveValue('admin@graphicdesigninstitute.onmicrosoft.com');
    expect(db().sessions).toHaveLength(before);
  });
});

describe('forms: attestation and new customer', () => {
  const contact = { firstName: 'Harper', lastName: 'Lewis', email: 'harper@graphicdesign.example' };
  it.each([
    [
      'an empty first name',
      { primaryContact: { ...contact, firstName: '  ' }, dateAgreed: '2026-11-20' },
      'firstName',
      'validation.firstNameRequired',
    ],
    [
      'a 51-character last name',
      { primaryContact: { ...contact, lastName: 'x'.repeat(51) }, dateAgreed: '2026-11-20' },
      'lastName',
      'validation.nameTooLong',
    ],
    [
      'a script tag in a name',
      { primaryContact: { ...contact, firstName: '<script>alert(1)</script>' }, dateAgreed: '2026-11-20' },
      'firstName',
      'validation.nameInvalid',
    ],
    [
      'an email without a domain',
      { primaryContact: { ...contact, email: 'harper@' }, dateAgreed: '2026-11-20' },
      'email',
      'validation.emailInvalid',
    ],
    [
      'an email with spaces',
      { primaryContact: { ...contact, email: 'harper lewis@x.example' }, dateAgreed: '2026-11-20' },
      'email',
      'validation.emailInvalid',
    ],
    [
      'letters as phone number',
      { primaryContact: { ...contact, phoneNumber: 'call me' }, dateAgreed: '2026-11-20' },
      'phoneNumber',
      'validation.phoneInvalid',
    ],
    ['no date', { primaryContact: contact, dateAgreed: '' }, 'dateAgreed', 'validation.dateRequired'],
    [
      '30 February',
      { primaryContact: contact, dateAgreed: '2026-02-30' },
      'dateAgreed',
      'validation.dateInvalid',
    ],
    [
      'a date in words',
      { primaryContact: contact, dateAgreed: 'yesterday' },
      'dateAgreed',
      'validation.dateInvalid',
    ],
    [
      'a date before the MCA existed',
      { primaryContact: contact, dateAgreed: '1899-12-31' },
      'dateAgreed',
      'validation.dateBeforeMca',
    ],
    [
      'a NUL in a name',
      { primaryContact: { ...contact, lastName: 'Le\u0000wis' }, dateAgreed: '2026-11-20' },
      'lastName',
      'validation.controlCharacters',
    ],
  ])('attestation: %s', (_, input, field, key) => {
    const parsed = attestationFormSchema.safeParse(input);
    expect(fieldErrors(parsed.error?.issues ?? [])[field]).toBe(key);
    expect(words(key)).toBeTruthy();
  });

  it.each([
    ['right-to-left text', 'مريم', 'حداد'],
    ['emoji', 'Zoë 🌟', 'O’Brien'],
  ])('attestation: a name in %s is accepted as it is', (_, firstName, lastName) => {
    const parsed = attestationFormSchema.safeParse({
      primaryContact: { ...contact, firstName, lastName },
      dateAgreed: '2026-11-20',
    });
    expect(parsed.success && parsed.data.primaryContact.firstName).toBe(firstName);
  });

  const customer = (overrides: { domain?: string; companyName?: string; country?: string }) => ({
    companyProfile: { domain: overrides.domain ?? 'bluebird.onmicrosoft.com' },
    billingProfile: {
      email: 'kim@bluebird.example',
      companyName: overrides.companyName ?? 'Bluebird Books',
      defaultAddress: {
        country: overrides.country ?? 'IT',
        city: 'Bologna',
        addressLine1: 'Via Zamboni 3',
        postalCode: '40126',
        firstName: 'Kim',
        lastName: 'Abercrombie',
      },
    },
  });
  it.each([
    ['a domain with a dash', { domain: 'blue-bird.onmicrosoft.com' }, 'domain', 'validation.domainInvalid'],
    [
      'a 28-character domain',
      { domain: `${'a'.repeat(28)}.onmicrosoft.com` },
      'domain',
      'validation.domainInvalid',
    ],
    ['no company name', { companyName: '' }, 'companyName', 'validation.companyRequired'],
    ['markup as company name', { companyName: '<b>Bluebird</b>' }, 'companyName', 'validation.textInvalid'],
    ['an unknown country', { country: 'XX' }, 'country', 'validation.countryInvalid'],
    [
      'a control character in the company name',
      { companyName: 'Blue\u0007bird' },
      'companyName',
      'validation.controlCharacters',
    ],
  ])('new customer: %s', (_, overrides, field, key) => {
    const parsed = newCustomerSchema.safeParse(customer(overrides));
    expect(fieldErrors(parsed.error?.issues ?? [])[field]).toBe(key);
    expect(words(key)).toBeTruthy();
  });
});

describe('link parameters', () => {
  it.each([
    ['no partnerId', 'invType=ResellerRelationship&DAP=true', 'missingParameter'],
    ['no invType', 'partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438', 'missingParameter'],
    [
      'a duplicated partnerId',
      'invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&partnerid=7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11',
      'duplicateParameter',
    ],
    ['a non-GUID partnerId', 'invType=ResellerRelationship&partnerId=fabrikam', 'invalidPartnerId'],
    [
      'DAP=maybe',
      'invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&DAP=maybe',
      'invalidDap',
    ],
    [
      'another invitation type',
      'invType=Administration&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438',
      'invalidInvType',
    ],
  ])('an invitation link with %s is refused with a reason', (_, query, kind) => {
    const result = parseInvitationLink(new URLSearchParams(query));
    expect(result.ok ? null : result.problem.kind).toBe(kind);
  });

  it('reads parameter names in either case, as the real links spell them', () => {
    const result = parseInvitationLink(
      new URLSearchParams(
        'invtype=ResellerRelationship&PARTNERID=3B33E682-00C3-41EE-9DD2-A548ADF56438&dap=TRUE',
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      link: { partnerId: '3b33e682-00c3-41ee-9dd2-a548adf56438', dap: true },
    });
  });

  it.each([
    'https://evil.example/BillingAccounts/agreement',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '%2F%2Fevil.example',
    'HTTPS://EVIL.EXAMPLE',
  ])('a ref pointing off-origin (%s) lands on Home', (ref) => {
    expect(safeReturnPath(ref)).toBe('/homepage');
  });

  it('an unknown partner in a well-formed link says so and records nothing', async () => {
    const before = dataWithoutSessions();
    renderApp(
      '/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=00000000-0000-4000-8000-000000000000&DAP=false',
      {
        signedInAs: 'admin@graphicdesigninstitute.onmicrosoft.com',
      },
    );
    expect(
      await screen.findByText('No partner with the ID 00000000-0000-4000-8000-000000000000 exists.'),
    ).toBeInTheDocument();
    expect(dataWithoutSessions()).toBe(before);
  });
});

describe('API bodies', () => {
  type Case = [name: string, path: string, who: 'customer' | 'partner', body: unknown, contentType?: string];
  const cases: Case[] = [
    ['a number where a string belongs', '/api/agreement/accept', 'customer', { templateId: 42 }],
    ['an extra field', '/api/agreement/accept', 'customer', { templateId: MCA, admin: true }],
    ['no body at all', '/api/agreement/accept', 'customer', ''],
    ['broken JSON', '/api/agreement/accept', 'customer', '{"templateId":'],
    [
      'a form post instead of JSON',
      '/api/agreement/accept',
      'customer',
      `templateId=${MCA}`,
      'application/x-www-form-urlencoded',
    ],
    [
      'a 100 KB body',
      '/api/purchases',
      'customer',
      JSON.stringify({ productId: 'x'.repeat(100_000), quantity: 1 }),
    ],
    ['a quantity of 0', '/api/purchases', 'customer', { productId: 'visio-plan-2', quantity: 0 }],
    ['a fractional quantity', '/api/purchases', 'customer', { productId: 'visio-plan-2', quantity: 1.5 }],
    [
      'DAP as a string',
      '/api/invitations/3b33e682-00c3-41ee-9dd2-a548adf56438/accept',
      'customer',
      { dap: 'true' },
    ],
    [
      'a contact that is a string',
      `/v1/customers/${GDI}/agreements`,
      'partner',
      {
        primaryContact: 'Harper',
        templateId: MCA,
        dateAgreed: '2026-11-20',
        type: 'MicrosoftCustomerAgreement',
      },
    ],
    [
      'an unknown agreement type',
      `/v1/customers/${GDI}/agreements`,
      'partner',
      {
        primaryContact: { firstName: 'H', lastName: 'L', email: 'h@l.example' },
        templateId: MCA,
        dateAgreed: '2026-11-20',
        type: 'Whatever',
      },
    ],
    ['an order without lines', `/v1/customers/${GDI}/orders`, 'partner', { lineItems: [] }],
    [
      'a customer without a billing profile',
      '/v1/customers',
      'partner',
      { companyProfile: { domain: 'x.onmicrosoft.com' } },
    ],
    ['faults as a number', '/api/sim/faults', 'customer', { faults: 3 }],
  ];

  it.each(cases)('refuses %s with 400 and changes nothing', async (_, path, who, body, contentType) => {
    const token =
      who === 'partner'
        ? await partnerTokenFor('adele@fabrikam.example')
        : await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const before = dataWithoutSessions();
    const method = path === '/api/sim/faults' ? 'PUT' : 'POST';
    const result = await call(path, {
      method,
      token,
      body: typeof body === 'string' ? body : body,
      headers: contentType ? { 'Content-Type': contentType } : { 'Content-Type': 'application/json' },
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: expect.anything(), description: expect.any(String) });
    expect(result.body.description.length).toBeGreaterThan(10);
    expect(dataWithoutSessions()).toBe(before);
  });
});

describe('stored data', () => {
  it.each([
    ['corrupt JSON', '{"version":'],
    [
      'the previous version',
      JSON.stringify({ version: DB_VERSION - 1, scenarioId: 'partner-training', tenants: [] }),
    ],
    ['a wrong shape', JSON.stringify({ version: DB_VERSION, scenarioId: 'x', tenants: 'none' })],
    ['a JSON array', '[]'],
  ])('%s starts the scenario again with a notice', (_, stored) => {
    localStorage.setItem(STORAGE_KEY, stored);
    load({ storage: localStorage });
    expect(loadNotices()).toEqual(['storageReset']);
    expect(db().tenants.length).toBeGreaterThan(0);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').version).toBe(DB_VERSION);
  });

  it('a full storage keeps the demo running in memory', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    load({ storage: full, scenarioId: 'partner-training' });
    const token = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const accepted = await call('/api/agreement/accept', {
      method: 'POST',
      token,
      body: { templateId: MCA },
    });
    expect(accepted.status).toBe(200);
  });
});
