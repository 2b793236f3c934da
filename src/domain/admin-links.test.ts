import { describe, expect, it } from 'vitest';
import { adminPortalLink, entryRoute, gdapApprovalLink } from './admin-links';

const at = (url: string, base = '/') => {
  const parsed = new URL(url, 'https://sim.example');
  return entryRoute({ pathname: parsed.pathname, search: parsed.search, hash: parsed.hash }, base);
};

const INVITATION =
  '/Adminportal/Home?invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=true#/BillingAccounts/partner-invitation';

describe('entryRoute', () => {
  it('maps the Accept agreement link to its page', () => {
    expect(at('/AdminPortal/Home?ref=/BillingAccounts/agreement')).toBe('/BillingAccounts/agreement');
  });

  it('accepts both spellings of the portal path, with or without a trailing slash', () => {
    expect(at('/Adminportal/Home?ref=/BillingAccounts/agreement')).toBe('/BillingAccounts/agreement');
    expect(at('/adminportal/home/?ref=/BillingAccounts/agreement')).toBe('/BillingAccounts/agreement');
    expect(at('/AdminPortal/Home/index.html?ref=/BillingAccounts/agreement')).toBe(
      '/BillingAccounts/agreement',
    );
  });

  it('keeps the invitation parameters on the invitation route', () => {
    expect(at(INVITATION)).toBe(
      '/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=true',
    );
  });

  it('works under a sub-path', () => {
    expect(at(`/sim${INVITATION}`, '/sim/')).toMatch(/^\/BillingAccounts\/partner-invitation\?invType=/);
    expect(at('/sim/AdminPortal/Home?ref=/partners', '/sim/')).toBe('/partners');
  });

  it('drops the simulator parameters', () => {
    expect(at('/AdminPortal/Home?ref=/partners&scenario=six-partners&now=2026-03-01')).toBe('/partners');
    expect(at('/?scenario=six-partners')).toBeNull();
  });

  it('leaves a plain app URL alone and sends the bare portal to Home', () => {
    expect(at('/')).toBeNull();
    expect(at('/#/partners')).toBeNull();
    expect(at('/AdminPortal/Home')).toBe('/homepage');
    expect(at('/AdminPortal/Home#/homepage')).toBe('/homepage');
  });

  it.each([
    '/AdminPortal/Home?ref=//evil.example',
    '/AdminPortal/Home?ref=https://evil.example',
    '/AdminPortal/Home?ref=javascript:alert(1)',
    '/AdminPortal/Home?ref=%2F%2Fevil.example',
    '/AdminPortal/Home#//evil.example',
    '/AdminPortal/Home?ref=/\\evil.example',
    '/somewhere/else',
  ])('never leaves the origin: %s', (url) => {
    expect(at(url)).toBe('/homepage');
  });
});

describe('adminPortalLink', () => {
  it('builds the links Partner Center hands out, with this origin', () => {
    expect(adminPortalLink('/BillingAccounts/agreement', 'https://sim.example', '/')).toBe(
      'https://sim.example/AdminPortal/Home?ref=/BillingAccounts/agreement',
    );
    expect(
      adminPortalLink(
        '/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=x&msppId=0&DAP=false',
        'https://sim.example',
        '/sim/',
      ),
    ).toBe(
      'https://sim.example/sim/Adminportal/Home?invType=ResellerRelationship&partnerId=x&msppId=0&DAP=false#/BillingAccounts/partner-invitation',
    );
  });

  it('round-trips through entryRoute', () => {
    const route =
      '/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=true';
    expect(at(adminPortalLink(route, 'https://sim.example', '/'))).toBe(route);
    expect(at(adminPortalLink('/BillingAccounts/agreement', 'https://sim.example', '/'))).toBe(
      '/BillingAccounts/agreement',
    );
  });
});

describe('gdapApprovalLink', () => {
  const id = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';
  it("is the admin center's hash link to Approve partner roles, on the simulator's origin and base", () => {
    expect(gdapApprovalLink(id, 'https://sim.example', '/')).toBe(
      `https://sim.example/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${id}`,
    );
    expect(gdapApprovalLink(id, 'https://sim.example', '/sim')).toBe(
      `https://sim.example/sim/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${id}`,
    );
  });
});
