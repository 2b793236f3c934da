import { ApiError, apiRequest } from './client';
import type {
  Agreement,
  Collection,
  Contact,
  Customer,
  DirectSignedCustomerAgreementStatus,
  McaInvitation,
  NewCustomer,
  Offer,
  Order,
  OrderLineItem,
  PartnerCustomerSummary,
  PartnerMe,
  PartnerRelationship,
  RelationshipRequest,
  Session,
} from './types';
import { MCA_TYPE } from '../domain/contract';

// Partner Center (simulated): every call carries the partner agent's token.
const asPartner = { audience: 'partner' } as const;
const customerPath = (customerId: string) => `/v1/customers/${encodeURIComponent(customerId)}`;

export const partnerSignIn = (userPrincipalName: string, password: string) =>
  apiRequest<Session>('/api/partner/signin', {
    ...asPartner,
    method: 'POST',
    body: { userPrincipalName, password },
  });

export const partnerSignOut = () =>
  apiRequest<null>('/api/partner/signout', { ...asPartner, method: 'POST' });

export const getPartnerMe = (signal?: AbortSignal) =>
  apiRequest<PartnerMe>('/api/partner/me', { ...asPartner, signal });

export const getPartnerCustomers = (signal?: AbortSignal) =>
  apiRequest<Collection<PartnerCustomerSummary>>('/api/partner/customers', { ...asPartner, signal });

const invitationPath = (customerId: string) =>
  `/api/partner/customers/${encodeURIComponent(customerId)}/mca-invitation`;

/** Whether the partner asked the customer to accept the MCA in the admin center (simulator). */
export const getMcaInvitation = (customerId: string, signal?: AbortSignal) =>
  apiRequest<McaInvitation>(invitationPath(customerId), { ...asPartner, signal });

/** Ask the customer (again) to accept the MCA in the admin center: recorded with today's date (simulator). */
export const inviteToAcceptMca = (customerId: string) =>
  apiRequest<McaInvitation>(invitationPath(customerId), { ...asPartner, method: 'POST' });

export const getCustomer = (customerId: string, signal?: AbortSignal) =>
  apiRequest<Customer>(customerPath(customerId), { ...asPartner, signal });

export const getCustomerAgreements = (customerId: string, signal?: AbortSignal) =>
  apiRequest<Collection<Agreement>>(`${customerPath(customerId)}/agreements`, {
    ...asPartner,
    query: { agreementType: MCA_TYPE },
    signal,
  });

export const getCustomerDirectSignStatus = (customerId: string, signal?: AbortSignal) =>
  apiRequest<DirectSignedCustomerAgreementStatus>(
    `${customerPath(customerId)}/directSignedMicrosoftCustomerAgreementStatus`,
    { ...asPartner, signal },
  );

export const getCustomerRelationships = (customerId: string, signal?: AbortSignal) =>
  apiRequest<Collection<PartnerRelationship>>(`${customerPath(customerId)}/relationships`, {
    ...asPartner,
    signal,
  });

export const confirmCustomerAcceptance = (
  customerId: string,
  input: { primaryContact: Contact; dateAgreed: string; templateId: string },
) =>
  apiRequest<Agreement>(`${customerPath(customerId)}/agreements`, {
    ...asPartner,
    method: 'POST',
    body: { ...input, type: MCA_TYPE },
  });

/** Whether a `<prefix>.onmicrosoft.com` domain is still free (Partner Center answers 404 when it is). */
export async function isDomainAvailable(domain: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await apiRequest<null>(`/v1/domains/${encodeURIComponent(domain)}`, {
      ...asPartner,
      method: 'HEAD',
      signal,
    });
    return false;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return true;
    throw error;
  }
}

export const createCustomer = (input: NewCustomer) =>
  apiRequest<Customer>('/v1/customers', { ...asPartner, method: 'POST', body: input });

/** The invitation link; naming an indirect reseller (or provider) gives the indirect reseller invitation. */
export const getRelationshipRequest = (
  signal?: AbortSignal,
  indirect: { indirectResellerId?: string; indirectCloudSolutionProviderId?: string } = {},
) =>
  apiRequest<RelationshipRequest>('/v1/customers/relationshiprequests', {
    ...asPartner,
    query: indirect,
    signal,
  });

/** The signed-in partner's indirect resellers (as their provider) or indirect providers (as their reseller). */
export const getIndirectPartners = (
  relationshipType: 'IsIndirectCloudSolutionProviderOf' | 'IsIndirectResellerOf',
  signal?: AbortSignal,
) =>
  apiRequest<Collection<PartnerRelationship>>('/v1/relationships', {
    ...asPartner,
    query: { relationship_type: relationshipType },
    signal,
  });

export const getOffers = (country: string, signal?: AbortSignal) =>
  apiRequest<Collection<Offer>>('/v1/offers', { ...asPartner, query: { country }, signal });

export const createOrder = (customerId: string, lineItems: OrderLineItem[]) =>
  apiRequest<Order>(`${customerPath(customerId)}/orders`, {
    ...asPartner,
    method: 'POST',
    body: { referenceCustomerId: customerId, billingCycle: 'monthly', lineItems },
  });
