// Customer-tenant admin roles and what each may do on these pages.
export const ROLES = ['globalAdmin', 'billingAdmin', 'userAdmin', 'helpdeskAdmin', 'reportsReader'] as const;
export type Role = (typeof ROLES)[number];

/** Accept the MCA on the Accept agreement page: at least a Billing admin. */
export const canAcceptAgreement = (roles: readonly Role[]) =>
  roles.includes('globalAdmin') || roles.includes('billingAdmin');

/** Accept a reseller relationship (and the MCA with it): a Global admin only. */
export const canAcceptInvitation = (roles: readonly Role[]) => roles.includes('globalAdmin');

/** Approve a partner's GDAP request (Approve partner roles › Approve all): a Global admin only. */
export const canApproveGdap = (roles: readonly Role[]) => roles.includes('globalAdmin');

/** Remove a partner's delegated admin roles: a Global admin only. */
export const canManagePartnerRoles = (roles: readonly Role[]) => roles.includes('globalAdmin');

/** Buy in Purchase services: a Global admin or a Billing admin. */
export const canPurchase = canAcceptAgreement;

/** The roles that can do what a user may not, for the "ask one of them" hint. */
export const AGREEMENT_ROLES: readonly Role[] = ['globalAdmin', 'billingAdmin'];
export const INVITATION_ROLES: readonly Role[] = ['globalAdmin'];
export const GDAP_APPROVAL_ROLES: readonly Role[] = ['globalAdmin'];
