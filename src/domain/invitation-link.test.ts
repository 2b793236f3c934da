import { describe, expect, it } from 'vitest';
import { parseInvitationLink, withDap } from './invitation-link';

const PARTNER = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const parse = (query: string) => parseInvitationLink(new URLSearchParams(query));

describe('parseInvitationLink', () => {
  it('reads a real reseller invitation', () => {
    expect(parse(`invType=ResellerRelationship&partnerId=${PARTNER}&msppId=0&DAP=true`)).toEqual({
      ok: true,
      link: { partnerId: PARTNER, dap: true, msppId: '0' },
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
  ])('refuses %s', (query, problem) => {
    expect(parse(query)).toEqual({ ok: false, problem });
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
