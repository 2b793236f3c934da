import { describe, expect, it } from 'vitest';
import { safePartnerReturnPath, safeReturnPath } from './return-url';

describe('safeReturnPath', () => {
  it.each([
    ['/BillingAccounts/agreement', '/BillingAccounts/agreement'],
    ['/billingaccounts/AGREEMENT', '/BillingAccounts/agreement'],
    ['#/partners', '/partners'],
    ['/partners/', '/partners'],
    ['/partners/3B33E682-00C3-41EE-9DD2-A548ADF56438', '/partners/3b33e682-00c3-41ee-9dd2-a548adf56438'],
    [
      '/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=x',
      '/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=x',
    ],
    [
      '/partners/invitation/granularAdminRelationships/D1A90001-6DA9-4D1E-8A1C-A548ADF56438-C0A1E5B2-0013-4A6E-9B1C-000000000013',
      '/partners/invitation/granularAdminRelationships/d1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013',
    ],
    // A GDAP relationship's page on Partner relationships.
    [
      '/partners/granularAdminRelationships/D1A90011-6DA9-4D1E-8A1C-A548ADF56438-C0A1E5B2-0015-4A6E-9B1C-000000000015',
      '/partners/granularAdminRelationships/d1a90011-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0015-4a6e-9b1c-000000000015',
    ],
    // A cut-off id still reaches Approve partner roles, which says no such request exists.
    [
      '/Partners/Invitation/GranularAdminRelationships/d1a90001',
      '/partners/invitation/granularAdminRelationships/d1a90001',
    ],
  ])('follows the known in-app route %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    '   ',
    '//evil.example',
    '//evil.example/BillingAccounts/agreement',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/BillingAccounts/agreement',
    'http:/evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/%2F%2Fevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/signin',
    '/unknown-page',
    '/partners/not-a-guid',
    '/partners/../../evil',
    '/partners/invitation/granularAdminRelationships/',
    '/partners/invitation/granularAdminRelationships/a/b',
    '/partners/invitation/granularAdminRelationships/%3Cscript%3E',
    `/partners/invitation/granularAdminRelationships/${'a'.repeat(101)}`,
    'BillingAccounts/agreement',
    '#//evil.example',
  ])('lands on Home for %j', (raw) => {
    expect(safeReturnPath(raw)).toBe('/homepage');
  });
});

const GDAP_ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';

describe('safePartnerReturnPath', () => {
  it.each([
    ['/partner-center/customers/new', '/partner-center/customers/new'],
    [
      '/Partner-Center/Customers/C0A1E5B2-0010-4A6E-9B1C-000000000010',
      '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010',
    ],
    [
      '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/orders/new',
      '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/orders/new',
    ],
    ['/partner-center/relationship-request/', '/partner-center/relationship-request'],
    [
      '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/Admin-Relationships/NEW',
      '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/admin-relationships/new',
    ],
    [
      `/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/admin-relationships/${GDAP_ID}`,
      `/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/admin-relationships/${GDAP_ID}`,
    ],
  ])('follows the Partner Center route %s', (raw, expected) => {
    expect(safePartnerReturnPath(raw)).toBe(expected);
  });

  it.each([
    '/BillingAccounts/agreement',
    '/partner-center/customers/not-a-guid',
    '/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/admin-relationships/not-an-id',
    `/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/admin-relationships/${GDAP_ID}/x`,
    '/partner-center/signin',
    '//evil.example/partner-center/customers',
    'https://evil.example/partner-center/customers',
  ])('sends %s to the Customers list', (raw) => {
    expect(safePartnerReturnPath(raw)).toBe('/partner-center/customers');
  });
});
