// The reference page behind each call the API activity panel shows: Partner Center's REST pages
// (learn.microsoft.com/partner-center/developer/…) and Microsoft Graph's GDAP pages, by method and path.
// Titles are the pages' own. The simulator's customer endpoints (`/api/…`) stand in for the admin
// center's backend, which is not public: those that mirror a call the admin center makes say which.

export type ApiReference =
  | { kind: 'partnerCenter' | 'graph'; title: string; url: string }
  /** An admin-center backend call (Gerenios/AADInternals' reading of it), not a public contract. */
  | { kind: 'adminCenter'; operation: string }
  | { kind: 'simulator' };

const PC_DOCS = 'https://learn.microsoft.com/partner-center/developer/';
const GRAPH_DOCS = 'https://learn.microsoft.com/graph/api/';

const pc = (title: string, slug: string): ApiReference => ({
  kind: 'partnerCenter',
  title,
  url: PC_DOCS + slug,
});
const graph = (title: string, slug: string): ApiReference => ({
  kind: 'graph',
  title,
  url: `${GRAPH_DOCS}${slug}?view=graph-rest-1.0`,
});
const adminCenter = (operation: string): ApiReference => ({ kind: 'adminCenter', operation });

const ID = '[^/]+';
const GDAP = '/v1\\.0/tenantRelationships/delegatedAdminRelationships';

/** [method, path pattern (whole path, no query), reference]; the first match wins. */
const TABLE: [string, string, ApiReference][] = [
  [
    'GET',
    '/v1/agreements',
    pc('Get agreement metadata for the Microsoft Customer Agreement', 'get-customer-agreement-metadata'),
  ],
  [
    'GET',
    `/v1/agreementtemplates/${ID}/document`,
    pc(
      'Get a download link for the Microsoft Customer Agreement template',
      'download-customer-agreement-template',
    ),
  ],
  [
    'GET',
    '/v1/customers/relationshiprequests',
    pc('Retrieve a relationship request URL', 'request-reseller-relationship'),
  ],
  [
    'GET',
    `/v1/customers/${ID}/agreements`,
    pc(
      'Get confirmation of customer acceptance of Microsoft Customer Agreement',
      'get-confirmation-of-customer-agreement',
    ),
  ],
  [
    'POST',
    `/v1/customers/${ID}/agreements`,
    pc(
      'Confirm customer acceptance of Microsoft Customer Agreement',
      'confirm-customer-consent-customer-agreement',
    ),
  ],
  [
    'GET',
    `/v1/customers/${ID}/directSignedMicrosoftCustomerAgreementStatus`,
    pc(
      "Get customer's direct signing status for Microsoft Customer Agreement",
      'get-direct-sign-status-of-customer-agreement',
    ),
  ],
  [
    'GET',
    `/v1/customers/${ID}/relationships`,
    pc('Get indirect resellers of a customer', 'get-indirect-resellers-of-a-customer'),
  ],
  ['POST', `/v1/customers/${ID}/orders`, pc('Create a customer order', 'create-an-order')],
  ['GET', '/v1/customers', pc('Get a list of customers', 'get-a-list-of-customers')],
  ['POST', '/v1/customers', pc('Create a customer', 'create-a-customer')],
  ['GET', `/v1/customers/${ID}`, pc('Get a customer by ID', 'get-a-customer-by-id')],
  ['HEAD', `/v1/domains/${ID}`, pc('Verify domain availability', 'verify-domain-availability')],
  [
    'GET',
    '/v1/relationships',
    pc('Retrieve a list of indirect resellers', 'retrieve-a-list-of-indirect-resellers'),
  ],
  ['GET', '/v1/offers', pc('Get a list of offers for a market', 'get-a-list-of-offers-for-a-market')],
  [
    'GET',
    GDAP,
    graph('List delegatedAdminRelationships', 'tenantrelationship-list-delegatedadminrelationships'),
  ],
  [
    'POST',
    GDAP,
    graph('Create delegatedAdminRelationship', 'tenantrelationship-post-delegatedadminrelationships'),
  ],
  ['GET', `${GDAP}/${ID}/requests`, graph('List requests', 'delegatedadminrelationship-list-requests')],
  [
    'POST',
    `${GDAP}/${ID}/requests`,
    graph('Create delegatedAdminRelationshipRequest', 'delegatedadminrelationship-post-requests'),
  ],
  [
    'GET',
    `${GDAP}/${ID}/requests/${ID}`,
    graph('Get delegatedAdminRelationshipRequest', 'delegatedadminrelationshiprequest-get'),
  ],
  [
    'GET',
    `${GDAP}/${ID}/accessAssignments`,
    graph('List accessAssignments', 'delegatedadminrelationship-list-accessassignments'),
  ],
  [
    'POST',
    `${GDAP}/${ID}/accessAssignments`,
    graph('Create delegatedAdminAccessAssignment', 'delegatedadminrelationship-post-accessassignments'),
  ],
  [
    'GET',
    `${GDAP}/${ID}/accessAssignments/${ID}`,
    graph('Get delegatedAdminAccessAssignment', 'delegatedadminaccessassignment-get'),
  ],
  [
    'PATCH',
    `${GDAP}/${ID}/accessAssignments/${ID}`,
    graph('Update delegatedAdminAccessAssignment', 'delegatedadminaccessassignment-update'),
  ],
  [
    'DELETE',
    `${GDAP}/${ID}/accessAssignments/${ID}`,
    graph('Delete delegatedAdminAccessAssignment', 'delegatedadminaccessassignment-delete'),
  ],
  ['GET', `${GDAP}/${ID}`, graph('Get delegatedAdminRelationship', 'delegatedadminrelationship-get')],
  ['PATCH', `${GDAP}/${ID}`, graph('Update delegatedAdminRelationship', 'delegatedadminrelationship-update')],
  [
    'DELETE',
    `${GDAP}/${ID}`,
    graph('Delete delegatedAdminRelationship', 'delegatedadminrelationship-delete'),
  ],
  // The admin center's own backend, as far as it is known (contracts file, 1.12).
  ['GET', '/api/partners', adminCenter('POST admin/api/Partners/GetPartners')],
  [
    'GET',
    `/api/invitations/${ID}`,
    adminCenter('GET fd/commerceMgmt/partnermanage/partners/csp/{partnerId}/delegatedaccess'),
  ],
  [
    'POST',
    `/api/invitations/${ID}/accept`,
    adminCenter('POST fd/commerceMgmt/partnermanage/partners/csp/delegatedaccess'),
  ],
  [
    'DELETE',
    `/api/partners/${ID}/roles`,
    adminCenter('DELETE fd/commerceMgmt/partnermanage/partners/csp/{partnerId}/delegatedaccess'),
  ],
];

const COMPILED = TABLE.map(([method, pattern, reference]) => ({
  method,
  pattern: new RegExp(`^${pattern}/?$`),
  reference,
}));

/** The reference page of a call (path with or without its query), or the simulator's own when none. */
export function apiReferenceFor(method: string, path: string): ApiReference {
  const pathname = path.split(/[?#]/)[0] ?? '';
  const upper = method.toUpperCase();
  const found = COMPILED.find((row) => row.method === upper && row.pattern.test(pathname));
  return found?.reference ?? { kind: 'simulator' };
}
