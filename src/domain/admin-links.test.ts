import { describe, expect, it } from 'vitest';
import { adminPortalLink, entryRoute } from './admin-links';

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

  const GDAP_ROUTE =
    '/partners/invitation/granularAdminRelationships/d1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';

  it("maps the GDAP approval link, in both hosts' forms, to Approve partner roles with its id", () => {
    expect(at(`/AdminPortal/Home#${GDAP_ROUTE}`)).toBe(GDAP_ROUTE);
    expect(at(`/adminportal/home/#${GDAP_ROUTE.toUpperCase()}`)).toBe(GDAP_ROUTE);
    expect(at(`/sim/AdminPortal/Home?scenario=gdap-approval#${GDAP_ROUTE}`, '/sim/')).toBe(GDAP_ROUTE);
    // The newer host's `/?#/partners/…` is already an in-app URL: the hash router reads the route as it is.
    expect(at(`/?#${GDAP_ROUTE}`)).toBeNull();
    expect(at(`/sim/?scenario=gdap-approval#${GDAP_ROUTE}`, '/sim/')).toBeNull();
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

  it("keeps the GDAP approval route in the hash, as the admin center's link does", () => {
    const route =
      '/partners/invitation/granularAdminRelationships/d1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';
    const link = adminPortalLink(route, 'https://sim.example', '/sim');
    expect(link).toBe(`https://sim.example/sim/AdminPortal/Home#${route}`);
    expect(at(link, '/sim/')).toBe(route);
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
