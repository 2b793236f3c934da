import { HttpResponse, http } from 'msw';
import type { Collection, Customer, McaInvitation, PartnerCustomerSummary } from '../../src/api/types';
import { adminPortalLink } from '../../src/domain/admin-links';
import { isMcaSettled } from '../../src/domain/mca-standing';
import { paths } from '../../src/domain/paths';
import { isResellerOf } from '../../src/domain/partner-center';
import { newCustomerSchema } from '../../src/domain/validation';
import { customersOf, globalAdminOf, isDomainTaken, mcaStandingOf, relationshipBetween } from '../db/queries';
import type { RelationshipRow, TenantRow } from '../db/schema';
import { createCustomerTenant, recordMcaInvitation } from '../db/writes';
import { problems } from '../lib/errors';
import { backendSettings, collection, partnerRoute, readBody } from '../lib/route';
import { customerOf, requireAgentRole, requireReseller } from './partner-checks';

// Partner Center: the partner's customers (Customer resources), creating one, and the portal's Customers
// list. A partner sees only tenants it has a relationship with.

function customerResource(tenant: TenantRow, relationship: RelationshipRow | undefined): Customer {
  const admin = globalAdminOf(tenant.id);
  const [adminFirst = '', ...adminRest] = (admin?.displayName ?? '').split(' ');
  const contact = tenant.profile?.primaryContact ?? {
    firstName: adminFirst,
    lastName: adminRest.join(' '),
    email: admin?.userPrincipalName ?? '',
  };
  const address = tenant.profile?.address;
  const types = relationship?.types ?? [];
  return {
    id: tenant.id,
    commerceId: tenant.id,
    companyProfile: {
      tenantId: tenant.id,
      domain: tenant.defaultDomain,
      companyName: tenant.displayName,
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    billingProfile: {
      email: contact.email,
      culture: 'en-US',
      language: 'en',
      companyName: tenant.displayName,
      defaultAddress: {
        country: tenant.country,
        city: address?.city ?? '',
        state: address?.state ?? '',
        addressLine1: address?.line1 ?? '',
        postalCode: address?.postalCode ?? '',
        firstName: contact.firstName,
        lastName: contact.lastName,
        ...(contact.phoneNumber ? { phoneNumber: contact.phoneNumber } : {}),
      },
      attributes: { objectType: 'CustomerBillingProfile' },
    },
    relationshipToPartner: types.includes('advisor') && !isResellerOf(types) ? 'advisor' : 'reseller',
    allowDelegatedAccess: types.includes('delegatedAdmin'),
    attributes: { objectType: 'Customer' },
  };
}

/** The Accept agreement link the customer opens, in the real format on this simulator's host. */
function acceptAgreementLink(): string {
  const app = new URL(backendSettings().appUrl);
  return adminPortalLink(paths.agreement.href(), app.origin, app.pathname);
}

const invitation = (relationship: RelationshipRow | undefined): McaInvitation => ({
  invitedAt: relationship?.mcaInvitedAt ?? null,
  link: acceptAgreementLink(),
});

export const customerHandlers = [
  // Simulator: the Customers list of the portal, with each customer's MCA standing.
  http.get(
    '*/api/partner/customers',
    partnerRoute(({ session }): Collection<PartnerCustomerSummary> =>
      collection(
        customersOf(session.partner).map(({ tenant, relationship }) => ({
          id: tenant.id,
          companyName: tenant.displayName,
          domain: tenant.defaultDomain,
          country: tenant.country,
          relationshipTypes: [...relationship.types],
          mca: {
            ...mcaStandingOf(tenant.id),
            ...(relationship.mcaInvitedAt ? { invitedAt: relationship.mcaInvitedAt } : {}),
          },
        })),
      ),
    ),
  ),

  // Simulator: whether (and when) the partner asked the customer to accept the MCA in the admin center, with
  // the link to send. Partner Center keeps no such record; it lets the Customers list say "invited".
  http.get(
    '*/api/partner/customers/:customerId/mca-invitation',
    partnerRoute(({ params, session }) => {
      const tenant = customerOf(session, params.customerId);
      return invitation(relationshipBetween(tenant.id, session.partner.id));
    }),
  ),

  // Simulator: the partner invites the customer (again) to accept in the admin center; the date is now.
  http.post(
    '*/api/partner/customers/:customerId/mca-invitation',
    partnerRoute(({ params, session }) => {
      const tenant = customerOf(session, params.customerId);
      requireAgentRole(session);
      requireReseller(session, tenant, 'invite');
      if (isMcaSettled(mcaStandingOf(tenant.id))) throw problems.alreadyAccepted('The agreement');
      const relationship = relationshipBetween(tenant.id, session.partner.id);
      if (relationship) recordMcaInvitation(relationship, session.agent.id);
      return HttpResponse.json(invitation(relationship), { status: 201 });
    }),
  ),

  http.get(
    '*/v1/customers',
    partnerRoute(({ session }) =>
      collection(
        customersOf(session.partner).map(({ tenant, relationship }) =>
          customerResource(tenant, relationship),
        ),
      ),
    ),
  ),

  // Create a customer tenant with its first Global admin (credentials in the answer only).
  http.post(
    '*/v1/customers',
    partnerRoute(async ({ request, session }) => {
      requireAgentRole(session);
      const input = await readBody(request, newCustomerSchema);
      const domain = input.companyProfile.domain;
      if (isDomainTaken(domain)) throw problems.domainTaken(domain);
      const address = input.billingProfile.defaultAddress;
      const { tenant, relationship, credentials } = createCustomerTenant(
        {
          companyName: input.billingProfile.companyName,
          domain,
          country: address.country,
          address: {
            line1: address.addressLine1,
            city: address.city,
            postalCode: address.postalCode,
            state: address.state ?? '',
          },
          primaryContact: {
            firstName: address.firstName,
            lastName: address.lastName,
            email: input.billingProfile.email,
            ...(address.phoneNumber ? { phoneNumber: address.phoneNumber } : {}),
          },
        },
        session.agent,
        session.partner,
      );
      return HttpResponse.json(
        { ...customerResource(tenant, relationship), userCredentials: credentials },
        { status: 201 },
      );
    }),
  ),

  http.get(
    '*/v1/customers/:customerId',
    partnerRoute(({ params, session }) => {
      const tenant = customerOf(session, params.customerId);
      return customerResource(tenant, relationshipBetween(tenant.id, session.partner.id));
    }),
  ),
];
