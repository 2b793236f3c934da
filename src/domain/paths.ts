// Every in-app route, with href builders. The routes follow the admin center's own hash routes.
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const paths = {
  signIn: {
    path: '/signin',
    href: (returnTo?: string) =>
      returnTo && returnTo !== paths.home.path
        ? `/signin?returnTo=${encodeURIComponent(returnTo)}`
        : '/signin',
  },
  home: { path: '/homepage', href: () => '/homepage' },
  billingAccounts: { path: '/BillingAccounts', href: () => '/BillingAccounts' },
  agreement: { path: '/BillingAccounts/agreement', href: () => '/BillingAccounts/agreement' },
  agreementDocument: {
    path: '/BillingAccounts/agreement/document',
    href: (templateId: string, language: string, country: string) =>
      `/BillingAccounts/agreement/document?${new URLSearchParams({ templateId, language, country })}`,
  },
  invitation: {
    path: '/BillingAccounts/partner-invitation',
    /**
     * A reseller invitation; with `indirect`, the indirect reseller invitation of `partnerId` (the reseller,
     * whose MPN ID Partner Center puts in msppId) and its indirect provider.
     */
    href: (params: { partnerId: string; dap: boolean; indirect?: { providerId: string; mpnId: string } }) =>
      `/BillingAccounts/partner-invitation?${new URLSearchParams(
        params.indirect
          ? {
              invType: 'IndirectResellerRelationship',
              partnerId: params.partnerId,
              msppId: params.indirect.mpnId,
              indirectCSPId: params.indirect.providerId,
              DAP: String(params.dap),
            }
          : {
              invType: 'ResellerRelationship',
              partnerId: params.partnerId,
              msppId: '0',
              DAP: String(params.dap),
            },
      )}`,
  },
  partners: { path: '/partners', href: () => '/partners' },
  /** The admin center's GDAP approval link (Approve partner roles), by relationship id. */
  gdapApproval: {
    path: '/partners/invitation/granularAdminRelationships/:relationshipId',
    href: (relationshipId: string) => `/partners/invitation/granularAdminRelationships/${relationshipId}`,
  },
  /** A GDAP relationship's detail page on Partner relationships (Remove roles). */
  gdapRelationship: {
    path: '/partners/granularAdminRelationships/:relationshipId',
    href: (relationshipId: string) => `/partners/granularAdminRelationships/${relationshipId}`,
  },
  partner: { path: '/partners/:partnerId', href: (partnerId: string) => `/partners/${partnerId}` },
  purchase: { path: '/catalog', href: () => '/catalog' },
  /** The simulated mailbox of an address (the top bar's Mail). */
  mailbox: {
    path: '/mailbox',
    href: (address?: string) => (address ? `/mailbox?${new URLSearchParams({ address })}` : '/mailbox'),
  },
  signOut: { path: '/signout', href: () => '/signout' },
  resetDemo: { path: '/demo/reset', href: () => '/demo/reset' },
  demoFaults: { path: '/demo/faults', href: () => '/demo/faults' },
  demoClock: { path: '/demo/clock', href: () => '/demo/clock' },
  /** Training: the guided procedures (the customer side's; Partner Center has its own). */
  training: { path: '/training', href: () => '/training' },
  /** The top bar's search for partners by name (a loader only, for a fetcher). */
  search: { path: '/search', href: (query: string) => `/search?${new URLSearchParams({ q: query })}` },
  /** Partner Center (simulated): the partner's side, a separate area of the same app. */
  partnerCenter: {
    signIn: {
      path: '/partner-center/signin',
      href: (returnTo?: string) =>
        returnTo && returnTo !== '/partner-center/customers'
          ? `/partner-center/signin?returnTo=${encodeURIComponent(returnTo)}`
          : '/partner-center/signin',
    },
    signOut: { path: '/partner-center/signout', href: () => '/partner-center/signout' },
    customers: { path: '/partner-center/customers', href: () => '/partner-center/customers' },
    newCustomer: { path: '/partner-center/customers/new', href: () => '/partner-center/customers/new' },
    customer: {
      path: '/partner-center/customers/:customerId',
      href: (customerId: string) => `/partner-center/customers/${customerId}`,
    },
    newOrder: {
      path: '/partner-center/customers/:customerId/orders/new',
      href: (customerId: string) => `/partner-center/customers/${customerId}/orders/new`,
    },
    /** A customer's Admin relationships › Request admin relationship (GDAP). */
    newAdminRelationship: {
      path: '/partner-center/customers/:customerId/admin-relationships/new',
      href: (customerId: string) => `/partner-center/customers/${customerId}/admin-relationships/new`,
    },
    /** One admin relationship (GDAP) of a customer: approval link, terminate, security groups. */
    adminRelationship: {
      path: '/partner-center/customers/:customerId/admin-relationships/:relationshipId',
      href: (customerId: string, relationshipId: string) =>
        `/partner-center/customers/${customerId}/admin-relationships/${relationshipId}`,
    },
    relationshipRequest: {
      path: '/partner-center/relationship-request',
      href: () => '/partner-center/relationship-request',
    },
    /** The simulated mailbox of an address, inside Partner Center (the top bar's Mail). */
    mailbox: {
      path: '/partner-center/mailbox',
      href: (address?: string) =>
        address ? `/partner-center/mailbox?${new URLSearchParams({ address })}` : '/partner-center/mailbox',
    },
    training: { path: '/partner-center/training', href: () => '/partner-center/training' },
    /** The top bar's search for customers by name (a loader only, for a fetcher). */
    search: {
      path: '/partner-center/search',
      href: (query: string) => `/partner-center/search?${new URLSearchParams({ q: query })}`,
    },
  },
} as const;

/** Routes a return URL may point to (all but sign-in), in their canonical spelling. */
const RETURNABLE_PATHS = [
  paths.home.path,
  paths.billingAccounts.path,
  paths.agreement.path,
  paths.agreementDocument.path,
  paths.invitation.path,
  paths.partners.path,
  paths.purchase.path,
  paths.training.path,
];

/** Partner Center (simulated) routes sign-in may return to, in their canonical spelling, or null. */
export function canonicalPartnerPath(pathname: string): string | null {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const pc = paths.partnerCenter;
  const fixed = [pc.customers.path, pc.newCustomer.path, pc.relationshipRequest.path, pc.training.path];
  const known = fixed.find((p) => p.toLowerCase() === trimmed.toLowerCase());
  if (known) return known;
  const match =
    /^\/partner-center\/customers\/([^/]+)(\/orders\/new|\/admin-relationships\/new|\/admin-relationships\/([^/]+))?$/i.exec(
      trimmed,
    );
  if (!match?.[1] || !GUID_PATTERN.test(match[1])) return null;
  const id = match[1].toLowerCase();
  const relationshipId = match[3]?.toLowerCase();
  if (relationshipId !== undefined) {
    // A GDAP relationship id is two GUIDs joined by a hyphen.
    const [first, second] = [relationshipId.slice(0, 36), relationshipId.slice(37)];
    const valid = relationshipId[36] === '-' && GUID_PATTERN.test(first) && GUID_PATTERN.test(second);
    return valid ? pc.adminRelationship.href(id, relationshipId) : null;
  }
  if (match[2]?.toLowerCase() === '/admin-relationships/new') return pc.newAdminRelationship.href(id);
  return match[2] ? pc.newOrder.href(id) : pc.customer.href(id);
}

/**
 * What a GDAP relationship id in an approval link may look like to be kept through sign-in: Graph's two GUIDs
 * joined by `-`, or anything else made of letters, digits and hyphens, so that a truncated or mistyped link
 * still reaches Approve partner roles and is told there that no such request exists.
 */
const RELATIONSHIP_ID_SHAPE = /^[0-9a-z-]{1,100}$/i;

/** The canonical spelling of a known in-app path (matched without regard to case), or null. */
export function canonicalPath(pathname: string): string | null {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const known = RETURNABLE_PATHS.find((p) => p.toLowerCase() === trimmed.toLowerCase());
  if (known) return known;
  const partner = /^\/partners\/([^/]+)$/i.exec(trimmed);
  if (partner?.[1] && GUID_PATTERN.test(partner[1])) return paths.partner.href(partner[1].toLowerCase());
  const approval = /^\/partners\/invitation\/granularAdminRelationships\/([^/]+)$/i.exec(trimmed);
  if (approval?.[1] && RELATIONSHIP_ID_SHAPE.test(approval[1])) {
    return paths.gdapApproval.href(approval[1].toLowerCase());
  }
  const gdap = /^\/partners\/granularAdminRelationships\/([^/]+)$/i.exec(trimmed);
  if (gdap?.[1] && RELATIONSHIP_ID_SHAPE.test(gdap[1]))
    return paths.gdapRelationship.href(gdap[1].toLowerCase());
  return null;
}
