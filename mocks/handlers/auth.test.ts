import { describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { load } from '../db/db';

describe('sign-in API', () => {
  it('issues a bearer token for a demo account', async () => {
    const result = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: 'Admin@NorthwindTraders.onmicrosoft.com', password: 'Northwind#2026' },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'signedIn',
      token: expect.any(String),
      expiresAt: expect.any(String),
    });
  });

  it('tells an unknown account from a wrong password', async () => {
    const unknown = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: 'nobody@x.com', password: 'x' },
    });
    const wrong = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: 'admin@northwindtraders.onmicrosoft.com', password: 'nope' },
    });
    expect(unknown).toMatchObject({ status: 401, body: { code: 'AccountNotFound' } });
    expect(wrong).toMatchObject({ status: 401, body: { code: 'InvalidPassword' } });
  });

  it('tells a partner agent at the customer sign-in that this sign-in is for the customer', async () => {
    load({ scenarioId: 'gdap-approval' });
    const partner = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: 'adele@fabrikam.example', password: 'Partner#2026' },
    });
    expect(partner).toMatchObject({ status: 401, body: { code: 'PartnerAccount' } });
  });

  it('makes a temporary password be changed before a session is given', async () => {
    load({ scenarioId: 'new-customer' });
    const upn = 'admin@contosonew.onmicrosoft.com';
    const first = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: upn, password: 'TempPass#2026' },
    });
    expect(first.body).toEqual({ status: 'passwordChangeRequired', changeToken: expect.any(String) });

    const me = await call('/api/me', { token: first.body.changeToken });
    expect(me.status).toBe(401);

    const reused = await call('/api/auth/password', {
      method: 'POST',
      body: { changeToken: first.body.changeToken, newPassword: 'TempPass#2026' },
    });
    expect(reused).toMatchObject({
      status: 400,
      body: { data: [{ field: 'newPassword', message: 'validation.passwordReused' }] },
    });

    const weak = await call('/api/auth/password', {
      method: 'POST',
      body: { changeToken: first.body.changeToken, newPassword: 'short' },
    });
    expect(weak.status).toBe(400);

    const changed = await call('/api/auth/password', {
      method: 'POST',
      body: { changeToken: first.body.changeToken, newPassword: 'Contoso#2026new' },
    });
    expect(changed.body).toMatchObject({ status: 'signedIn' });
    await expect(tokenFor(upn, 'Contoso#2026new')).resolves.toEqual(expect.any(String));
    const old = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: upn, password: 'TempPass#2026' },
    });
    expect(old.status).toBe(401);
  });

  it('refuses calls without a token, with Partner Center’s 401', async () => {
    const result = await call('/api/me');
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      code: 1002,
      description: 'Authorization Failed',
      data: [],
      source: 'PartnerFD',
    });
    expect(result.headers.get('www-authenticate')).toMatch(/^OAuth realm=/);
  });

  it('ends the session on sign-out: the token is refused afterwards', async () => {
    const token = await tokenFor('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
    expect((await call('/api/me', { token })).status).toBe(200);
    expect((await call('/api/auth/signout', { method: 'POST', token })).status).toBe(204);
    expect((await call('/api/me', { token })).status).toBe(401);
  });

  it.each([
    ['not JSON', 'userPrincipalName=a', { 'Content-Type': 'application/json' }],
    [
      'the wrong content type',
      JSON.stringify({ userPrincipalName: 'a@b.com', password: 'x' }),
      { 'Content-Type': 'text/plain' },
    ],
    ['extra fields', JSON.stringify({ userPrincipalName: 'a@b.com', password: 'x', admin: true }), {}],
    ['wrong types', JSON.stringify({ userPrincipalName: 42, password: ['x'] }), {}],
    ['a huge body', JSON.stringify({ userPrincipalName: 'a@b.com', password: 'x'.repeat(70_000) }), {}],
  ])('answers 400 InvalidInput to %s', async (_name, body, headers) => {
    const result = await call('/api/auth/signin', { method: 'POST', body, headers });
    expect(result).toMatchObject({ status: 400, body: { code: 'InvalidInput' } });
  });
});

describe('POST /api/auth/signin with a password over 256 characters', () => {
  it('says the password is too long, not that it is missing', async () => {
    const result = await call('/api/auth/signin', {
      method: 'POST',
      body: { userPrincipalName: 'admin@northwindtraders.onmicrosoft.com', password: 'x'.repeat(257) },
    });
    expect(result.status).toBe(400);
    expect(result.body.data).toEqual([{ field: 'password', message: 'validation.passwordTooLong' }]);
  });
});
