import { describe, expect, it } from 'vitest';
import { apiReferenceFor } from './api-reference';

const C = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';
const GDAP = '/v1.0/tenantRelationships/delegatedAdminRelationships';
const R = `5e1a0000-0000-4000-8000-000000000001-${C}`;

describe('the reference page of a call', () => {
  it.each([
    [
      'GET',
      '/v1/agreements?agreementType=MicrosoftCustomerAgreement',
      'Get agreement metadata for the Microsoft Customer Agreement',
    ],
    [
      'GET',
      `/v1/customers/${C}/agreements?agreementType=MicrosoftCustomerAgreement`,
      'Get confirmation of customer acceptance of Microsoft Customer Agreement',
    ],
    ['POST', `/v1/customers/${C}/agreements`, 'Confirm customer acceptance of Microsoft Customer Agreement'],
    [
      'GET',
      `/v1/customers/${C}/directSignedMicrosoftCustomerAgreementStatus`,
      "Get customer's direct signing status for Microsoft Customer Agreement",
    ],
    [
      'GET',
      '/v1/agreementtemplates/117a77b0-9360-443b-8795-c6dedc750cf9/document?language=it-IT&country=IT',
      'Get a download link for the Microsoft Customer Agreement template',
    ],
    ['GET', '/v1/customers/relationshiprequests', 'Retrieve a relationship request URL'],
    ['GET', '/v1/customers', 'Get a list of customers'],
    ['POST', '/v1/customers', 'Create a customer'],
    ['GET', `/v1/customers/${C}`, 'Get a customer by ID'],
    ['HEAD', '/v1/domains/contoso.onmicrosoft.com', 'Verify domain availability'],
    ['POST', `/v1/customers/${C}/orders`, 'Create a customer order'],
    ['GET', `${GDAP}?$filter=status eq 'active'`, 'List delegatedAdminRelationships'],
    ['POST', GDAP, 'Create delegatedAdminRelationship'],
    ['GET', `${GDAP}/${R}`, 'Get delegatedAdminRelationship'],
    ['PATCH', `${GDAP}/${R}`, 'Update delegatedAdminRelationship'],
    ['POST', `${GDAP}/${R}/requests`, 'Create delegatedAdminRelationshipRequest'],
    ['POST', `${GDAP}/${R}/accessAssignments`, 'Create delegatedAdminAccessAssignment'],
    ['DELETE', `${GDAP}/${R}/accessAssignments/abc`, 'Delete delegatedAdminAccessAssignment'],
  ])('%s %s → %s', (method, path, title) => {
    const reference = apiReferenceFor(method, path);
    expect(reference).toMatchObject({ title });
    if (reference.kind === 'partnerCenter')
      expect(reference.url).toMatch(/^https:\/\/learn\.microsoft\.com\/partner-center\/developer\/[a-z-]+$/);
    if (reference.kind === 'graph')
      expect(reference.url).toMatch(
        /^https:\/\/learn\.microsoft\.com\/graph\/api\/[a-z-]+\?view=graph-rest-1\.0$/,
      );
  });

  it('tells a Partner Center page from a Graph page', () => {
    expect(apiReferenceFor('get', '/v1/customers').kind).toBe('partnerCenter');
    expect(apiReferenceFor('GET', `${GDAP}/${R}/requests`).kind).toBe('graph');
  });

  it('names the admin-center backend call a customer endpoint stands in for', () => {
    expect(apiReferenceFor('DELETE', `/api/partners/${C}/roles`)).toEqual({
      kind: 'adminCenter',
      operation: 'DELETE fd/commerceMgmt/partnermanage/partners/csp/{partnerId}/delegatedaccess',
    });
    expect(apiReferenceFor('GET', '/api/partners?filter=fab').kind).toBe('adminCenter');
  });

  it('has no page for the simulator own endpoints, a wrong method or a path that only starts alike', () => {
    expect(apiReferenceFor('POST', '/api/sim/reset')).toEqual({ kind: 'simulator' });
    expect(apiReferenceFor('DELETE', '/v1/customers')).toEqual({ kind: 'simulator' });
    expect(apiReferenceFor('GET', `/v1/customers/${C}/agreementsx`)).toEqual({ kind: 'simulator' });
  });
});
