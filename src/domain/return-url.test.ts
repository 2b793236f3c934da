import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-url';

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
    'BillingAccounts/agreement',
    '#//evil.example',
  ])('lands on Home for %j', (raw) => {
    expect(safeReturnPath(raw)).toBe('/homepage');
  });
});
