import { describe, expect, it } from 'vitest';
import { indirectInvitationMismatch, parseInvitationLink, withDap } from './invitation-link';

const PARTNER = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const RESELLER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const PROVIDER = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const parse = (query: string) => parseInvitationLink(new URLSearchParams(query));

describe('parseInvitationLink', () => {
  it('reads a real reseller invitation', () => {
    expect(parse(`invType=ResellerRelationship&partnerId=${PARTNER}&msppId=0&DAP=true`)).toEqual({
      ok: true,
      link: { partnerId: PARTNER, providerId: null, dap: true, msppId: '0' },
    });
  });

  it('accepts DAP=True, upper-case ids and other parameter-name case, and defaults DAP to false', () => {
    expect(parse(`invtype=ResellerRelationship&PartnerId=${PARTNER.toUpperCase()}&dap=True`)).toMatchObject({
      ok: true,
      link: { partnerId: PARTNER, dap: true },
    });
    expect(parse(`invType=ResellerRelationship&partnerId=${PARTNER}`)).toMatchObject({
      ok: true,
      link: { dap: false, msppId: '0' },
    });
  });

  it.each([
    [`partnerId=${PARTNER}&DAP=true`, { kind: 'missingParameter', parameter: 'invType' }],
    ['invType=ResellerRelationship&DAP=true', { kind: 'missingParameter', parameter: 'partnerId' }],
    [`invType=ResellerRelationship&partnerId=`, { kind: 'missingParameter', parameter: 'partnerId' }],
    [`invType=Administration&partnerId=${PARTNER}`, { kind: 'invalidInvType', value: 'Administration' }],
    ['invType=ResellerRelationship&partnerId=not-a-guid', { kind: 'invalidPartnerId', value: 'not-a-guid' }],
    [`invType=ResellerRelationship&partnerId=${PARTNER}&DAP=maybe`, { kind: 'invalidDap', value: 'maybe' }],
    [
      `invType=ResellerRelationship&partnerId=${PARTNER}&partnerId=${PARTNER}`,
      { kind: 'duplicateParameter', parameter: 'partnerId' },
    ],
    [
      `invType=ResellerRelationship&partnerId=${PARTNER}&DAP=true&dap=false`,
      { kind: 'duplicateParameter', parameter: 'DAP' },
    ],
    [`invType=ResellerRelationship&partnerId=${PARTNER}&msppId=abc`, { kind: 'invalidMsppId', value: 'abc' }],
    [
      `invType=IndirectResellerRelationship&partnerId=${RESELLER}&msppId=6234410`,
      { kind: 'missingParameter', parameter: 'indirectCSPId' },
    ],
    [
      `invType=IndirectResellerRelationship&partnerId=${RESELLER}&indirectCSPId=contoso`,
      { kind: 'invalidProviderId', value: 'contoso' },
    ],
    [
      `invType=IndirectResellerRelationship&partnerId=${RESELLER}&indirectCSPId=${RESELLER.toUpperCase()}`,
      { kind: 'samePartner', value: RESELLER },
    ],
    [
      `invType=IndirectResellerRelationship&partnerId=${RESELLER}&indirectCSPId=${PROVIDER}&indirectcspid=${PROVIDER}`,
      { kind: 'duplicateParameter', parameter: 'indirectCSPId' },
    ],
  ])('refuses %s', (query, problem) => {
    expect(parse(query)).toEqual({ ok: false, problem });
  });
});

describe('parseInvitationLink, indirect reseller invitation', () => {
  it('reads the reseller, its provider and the reseller’s MPN ID, whatever the case of invType', () => {
    const query = `msppId=6234410&indirectCSPId=${PROVIDER.toUpperCase()}&DAP=True&partnerId=${RESELLER}`;
    for (const invType of ['IndirectResellerRelationship', 'indirectresellerrelationship']) {
      expect(parse(`invType=${invType}&${query}`)).toEqual({
        ok: true,
        link: { partnerId: RESELLER, providerId: PROVIDER, dap: true, msppId: '6234410' },
      });
    }
  });

  it('ignores indirectCSPId on a plain reseller invitation', () => {
    expect(parse(`invType=ResellerRelationship&partnerId=${PARTNER}&indirectCSPId=x`)).toMatchObject({
      ok: true,
      link: { providerId: null },
    });
  });
});

describe('indirectInvitationMismatch', () => {
  const reseller = { kind: 'indirectReseller' as const, providerId: PROVIDER, mpnId: '6234410' };
  const provider = { id: PROVIDER, kind: 'indirectProvider' as const };
  const check = (overrides: Partial<Parameters<typeof indirectInvitationMismatch>[0]>) =>
    indirectInvitationMismatch({ reseller, provider, msppId: '6234410', ...overrides });

  it('accepts the reseller with its own provider, with its MPN ID or 0 as msppId', () => {
    expect(check({})).toBeNull();
    expect(check({ msppId: '0' })).toBeNull();
  });

  it.each([
    ['an unknown provider', { provider: null }, 'unknownProvider'],
    [
      'a direct-bill partner as reseller',
      { reseller: { ...reseller, kind: 'directBill' as const } },
      'notIndirectReseller',
    ],
    [
      'a provider that is not an indirect provider',
      { provider: { ...provider, kind: 'directBill' as const } },
      'notIndirectProvider',
    ],
    [
      'another provider’s reseller',
      { reseller: { ...reseller, providerId: PARTNER } },
      'notProviderOfReseller',
    ],
    ['another partner’s MPN ID', { msppId: '4847383' }, 'msppIdMismatch'],
  ])('refuses %s', (_name, overrides, mismatch) => {
    expect(check(overrides)).toBe(mismatch);
  });
});

describe('withDap', () => {
  const link =
    'http://127.0.0.1:5173/sim/Adminportal/Home?invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
  it('sets DAP and keeps the other parameters, their order and the route', () => {
    expect(withDap(link, true)).toBe(link.replace('DAP=false', 'DAP=true'));
    expect(withDap(withDap(link, true), false)).toBe(link);
  });
  it('leaves something that is not a URL alone', () => {
    expect(withDap('not a link', true)).toBe('not a link');
  });
});
