import { beforeEach, describe, expect, it } from 'vitest';
import { call, tokenFor } from '../../tests/api';
import { adele } from '../../tests/partner-center';
import { load } from '../db/db';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

describe('POST /api/partner/signin', () => {
  it('signs agents in, tells unknown accounts from wrong passwords, and refuses customer tokens', async () => {
    expect(typeof (await adele())).toBe('string');
    const unknown = await call('/api/partner/signin', {
      method: 'POST',
      body: { userPrincipalName: 'nobody@fabrikam.example', password: 'Partner#2026' },
    });
    expect([unknown.status, unknown.body.code]).toEqual([401, 'AccountNotFound']);
    const wrong = await call('/api/partner/signin', {
      method: 'POST',
      body: { userPrincipalName: 'adele@fabrikam.example', password: 'nope' },
    });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'InvalidPassword']);

    const customer = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    const asCustomer = await call('/v1/customers', { token: customer });
    expect(asCustomer.status).toBe(401);
    expect(asCustomer.body).toEqual({
      code: 1002,
      description: 'Authorization Failed',
      data: [],
      source: 'PartnerFD',
    });
  });
});

describe('POST /api/partner/signin with a password over 256 characters', () => {
  it('says the password is too long, not that it is missing', async () => {
    const result = await call('/api/partner/signin', {
      method: 'POST',
      body: { userPrincipalName: 'adele@fabrikam.example', password: 'x'.repeat(257) },
    });
    expect(result.status).toBe(400);
    expect(result.body.data).toEqual([{ field: 'password', message: 'validation.passwordTooLong' }]);
  });
});
