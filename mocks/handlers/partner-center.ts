import { HttpResponse, http } from 'msw';
import type {
  Agreement,
  Collection,
  Customer,
  Offer,
  Order,
  PartnerCustomerSummary,
  PartnerMe,
  PartnerRelationship,
  RelationshipRequest,
} from '../../src/api/types';
import { adminPortalLink } from '../../src/domain/admin-links';
import { GUID_PATTERN, paths } from '../../src/domain/paths';
import {
  AGENT_ROLES,
  canAttest,
  canManageCustomers,
  canPlaceOrders,
  type McaStatus,
} from '../../src/domain/partner-center';
import { attestationSchema, newCustomerSchema, orderSchema, signInSchema } from '../../src/domain/validation';
import { db, nextId, now } from '../db/db';
import { findPartner, isMcaConfirmed, mcaAgreements, relationshipsOf } from '../db/queries';
import { MCA_TEMPLATE_ID, PRODUCTS } from '../db/reference-data';
import type { AgreementRow, PartnerRow, RelationshipRow, TenantRow } from '../db/schema';
import { problems } from '../lib/errors';
import { backendSettings, collection, partnerRoute, publicRoute, readBody } from '../lib/route';
import { issueToken, requireCustomer, revokeToken, type PartnerSessionContext } from '../lib/session';

// Partner Center: the partner's side of the same backend. Partner tokens see only their own customers.

const created = (body: object) => HttpResponse.json(body, { status: 201 });

function requireAgentRole(session: PartnerSessionContext): void {
  if (!canManageCustomers(session.agent.roles)) throw problems.insufficientRole(AGENT_ROLES);
}

const customerOf = (session: PartnerSessionContext, customerId: string | undefined): TenantRow =>
  requireCustomer({ side: 'partner', ...session }, customerId);

export function mcaStatus(tenantId: string): McaStatus {
  const rows = mcaAgreements(tenantId);
  return {
    attested: rows.some((row) => row.acceptedVia === 'partner'),
    acceptedDirectly: rows.some((row) => row.acceptedVia === 'direct'),
  };
}

const customersOf = (partner: PartnerRow): { tenant: TenantRow; relationship: RelationshipRow }[] =>
  db()
    .relationships.filter((row) => row.partnerId === partner.id)
    .flatMap((relationship) => {
      const tenant = db().tenants.find((t) => t.id === relationship.tenantId);
      return tenant ? [{ tenant, relationship }] : [];
    })
    .sort((a, b) => a.tenant.displayName.localeCompare(b.tenant.displayName, 'en'));

function customerResource(tenant: TenantRow, relationship: RelationshipRow | undefined): Customer {
  const admin = db().users.find((u) => u.tenantId === tenant.id && u.roles.includes('globalAdmin'));
  const [adminFirst = '', ...adminRest] = (admin?.displayName ?? '').split(' ');
  const contact = tenant.profile?.primaryContact ?? {
    firstName: adminFirst,
    lastName: adminRest.join(' '),
    email: admin?.userPrincipalName ?? '',
  };
  const address = tenant.profile?.address;
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
    relationshipToPartner: relationship?.types.includes('advisor') ? 'advisor' : 'reseller',
    allowDelegatedAccess: relationship?.types.includes('delegatedAdmin') ?? false,
    attributes: { objectType: 'Customer' },
  };
}

/** A temporary password that differs per customer but is the same on every replay of a demo. */
function temporaryPassword(seed: string): string {
  const hash = Array.from(seed).reduce((sum, char) => (sum * 33 + char.charCodeAt(0)) % 1_000_000_007, 5381);
  const letters = 'bcdfghjkmnpqrstvwxz';
  const word = Array.from({ length: 5 }, (_, i) => letters[Math.floor(hash / 19 ** i) % 19]).join('');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}#${String(hash % 10_000).padStart(4, '0')}`;
}

const contactKey = (contact: AgreementRow['primaryContact']) =>
  [contact.firstName, contact.lastName, contact.email.toLowerCase(), contact.phoneNumber ?? '']
    .map((part) => part.trim())
    .join('\u0000');

/** The link a customer opens to accept a reseller relationship, in the real format on this simulator's host. */
function invitationUrl(partnerId: string): string {
  const app = new URL(backendSettings().appUrl);
  return adminPortalLink(paths.invitation.href({ partnerId, dap: false }), app.origin, app.pathname);
}

function optionalGuid(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return null;
  if (!GUID_PATTERN.test(value)) throw problems.invalidInput(`${name} must be a tenant id (a GUID).`);
  return value.toLowerCase();
}

const RELATIONSHIP_WIRE: Partial<Record<string, PartnerRelationship['relationshipType']>> = {
  indirectReseller: 'is_indirect_reseller_of',
  indirectProvider: 'is_indirect_cloud_solution_provider_of',
};

export const partnerCenterHandlers = [
  // Simulator: Partner Center sign-in for a partner agent (stands in for the App+User token flow).
  http.post(
    '*/api/partner/signin',
    publicRoute(async ({ request }) => {
      const input = await readBody(request, signInSchema.strict());
      const agent = db().agents.find((row) => row.userPrincipalName === input.userPrincipalName);
      if (!agent) throw problems.accountNotFound();
      if (agent.password !== input.password) throw problems.wrongPassword();
      return issueToken(agent.id, 'partner');
    }),
  ),

  http.post(
    '*/api/partner/signout',
    partnerRoute(({ session }) => {
      revokeToken(session.token);
      return null;
    }),
  ),

  http.get(
    '*/api/partner/me',
    partnerRoute(({ session: { agent, partner } }): PartnerMe => {
      const provider = partner.providerId ? findPartner(partner.providerId) : undefined;
      return {
        agent: {
          id: agent.id,
          displayName: agent.displayName,
          userPrincipalName: agent.userPrincipalName,
          roles: agent.roles,
        },
        partner: {
          id: partner.id,
          name: partner.name,
          kind: partner.kind,
          mpnId: partner.mpnId,
          provider: provider ? { id: provider.id, name: provider.name } : null,
        },
        now: now().toISOString(),
      };
    }),
  ),

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
          mca: mcaStatus(tenant.id),
        })),
      ),
    ),
  ),

  // Partner Center: the link that invites a customer to a reseller relationship. Before `:customerId`.
  http.get(
    '*/v1/customers/relationshiprequests',
    partnerRoute(({ url, session: { partner } }): RelationshipRequest => {
      const resellerId = optionalGuid(url, 'indirectResellerId');
      const providerId = optionalGuid(url, 'indirectCloudSolutionProviderId');
      const dualRole = url.searchParams.get('dualRoleIndirectRelationship');
      if (dualRole !== null && !/^(true|false)$/i.test(dualRole))
        throw problems.invalidInput('dualRoleIndirectRelationship must be true or false.');
      if (resellerId) {
        // An indirect provider asks on behalf of one of its indirect resellers.
        const reseller = findPartner(resellerId);
        if (partner.kind !== 'indirectProvider' || reseller?.providerId !== partner.id)
          throw problems.invalidInput(`'${resellerId}' is not an indirect reseller of ${partner.name}.`);
        return { url: invitationUrl(reseller.id), attributes: { objectType: 'RelationshipRequest' } };
      }
      if (providerId && (partner.kind !== 'indirectReseller' || partner.providerId !== providerId))
        throw problems.invalidInput(`'${providerId}' is not the indirect provider of ${partner.name}.`);
      return { url: invitationUrl(partner.id), attributes: { objectType: 'RelationshipRequest' } };
    }),
  ),

  // Partner Center: the partner's customers.
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

  // Partner Center: is a `<prefix>.onmicrosoft.com` domain taken? 200 when it is, 404 when it is free.
  http.head(
    '*/v1/domains/:domain',
    partnerRoute(({ params }) => {
      const domain = (params.domain ?? '').toLowerCase();
      const taken = db().tenants.some((t) => t.defaultDomain === domain);
      return new HttpResponse(null, { status: taken ? 200 : 404 });
    }),
  ),

  // Partner Center: create a customer tenant with its first Global admin (credentials in the answer only).
  http.post(
    '*/v1/customers',
    partnerRoute(async ({ request, session }) => {
      requireAgentRole(session);
      const input = await readBody(request, newCustomerSchema);
      const domain = input.companyProfile.domain;
      if (db().tenants.some((t) => t.defaultDomain === domain)) throw problems.domainTaken(domain);
      const address = input.billingProfile.defaultAddress;
      const tenant: TenantRow = {
        id: nextId('tenant'),
        displayName: input.billingProfile.companyName,
        defaultDomain: domain,
        country: address.country,
        profile: {
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
          createdBy: session.agent.id,
          createdAt: now().toISOString(),
        },
      };
      const password = temporaryPassword(`${tenant.id}:${domain}`);
      const userName = `admin@${domain}`;
      db().tenants.push(tenant);
      db().users.push({
        id: nextId('user'),
        tenantId: tenant.id,
        displayName: `${address.firstName} ${address.lastName}`,
        userPrincipalName: userName,
        password,
        temporaryPassword: true,
        roles: ['globalAdmin'],
      });
      const { partner } = session;
      const since = now().toISOString();
      const own: RelationshipRow = {
        tenantId: tenant.id,
        partnerId: partner.id,
        types: [partner.kind === 'directBill' ? 'reseller' : partner.kind],
        roles: [],
        since,
      };
      db().relationships.push(own);
      if (partner.kind === 'indirectReseller' && partner.providerId) {
        db().relationships.push({
          tenantId: tenant.id,
          partnerId: partner.providerId,
          types: ['indirectProvider'],
          roles: [],
          since,
        });
      }
      return created({ ...customerResource(tenant, own), userCredentials: { userName, password } });
    }),
  ),

  http.get(
    '*/v1/customers/:customerId',
    partnerRoute(({ params, session }) => {
      const tenant = customerOf(session, params.customerId);
      const relationship = relationshipsOf(tenant.id).find((row) => row.partnerId === session.partner.id);
      return customerResource(tenant, relationship);
    }),
  ),

  // Partner Center: confirm (attest) that the customer accepted the MCA.
  http.post(
    '*/v1/customers/:customerId/agreements',
    partnerRoute(async ({ params, request, session }) => {
      const tenant = customerOf(session, params.customerId);
      requireAgentRole(session);
      if (!canAttest(session.partner.kind)) {
        const provider = session.partner.providerId ? findPartner(session.partner.providerId) : undefined;
        throw problems.indirectResellerCannotAttest(provider?.name ?? null);
      }
      const input = await readBody(request, attestationSchema);
      if (input.type === 'MicrosoftCloudAgreement') throw problems.cloudAgreementRetired(input.templateId);
      if (input.templateId !== MCA_TEMPLATE_ID)
        throw problems.notFound(`Agreement template '${input.templateId}'`);
      if (new Date(input.dateAgreed).getTime() > now().getTime()) throw problems.agreementDateInFuture();
      const contact = {
        firstName: input.primaryContact.firstName,
        lastName: input.primaryContact.lastName,
        email: input.primaryContact.email,
        ...(input.primaryContact.phoneNumber ? { phoneNumber: input.primaryContact.phoneNumber } : {}),
      };
      const duplicate = mcaAgreements(tenant.id).some(
        (row) => row.acceptedVia === 'partner' && contactKey(row.primaryContact) === contactKey(contact),
      );
      if (duplicate) throw problems.agreementAlreadyConfirmed();
      const row: AgreementRow = {
        id: nextId('agreement'),
        tenantId: tenant.id,
        type: 'MicrosoftCustomerAgreement',
        templateId: MCA_TEMPLATE_ID,
        dateAgreed: input.dateAgreed,
        acceptedVia: 'partner',
        userId: session.agent.id,
        partnerId: session.partner.id,
        primaryContact: contact,
      };
      db().agreements.push(row);
      const body: Agreement = {
        userId: row.userId,
        primaryContact: row.primaryContact,
        templateId: row.templateId,
        dateAgreed: row.dateAgreed,
        type: row.type,
      };
      return created(body);
    }),
  ),

  // Partner Center: the customer's indirect resellers and indirect providers.
  http.get(
    '*/v1/customers/:customerId/relationships',
    partnerRoute(({ params, session }) => {
      const tenant = customerOf(session, params.customerId);
      return collection(
        relationshipsOf(tenant.id).flatMap((row): PartnerRelationship[] => {
          const partner = findPartner(row.partnerId);
          const type = row.types.map((t) => RELATIONSHIP_WIRE[t]).find((t) => t !== undefined);
          if (!partner || !type) return [];
          return [
            {
              id: partner.id,
              name: partner.name,
              relationshipType: type,
              mpnId: partner.mpnId,
              location: partner.address.countryCode,
              state: 'active',
              attributes: { objectType: 'PartnerRelationship' },
            },
          ];
        }),
      );
    }),
  ),

  // Partner Center: the offers a partner can order (the simulator's small catalog).
  http.get(
    '*/v1/offers',
    partnerRoute(() =>
      collection(
        PRODUCTS.map((product): Offer => ({
          id: product.id,
          name: product.name,
          category: product.kind,
          unitPrice: product.monthlyPrice,
          currency: product.currency,
          attributes: { objectType: 'Offer' },
        })),
      ),
    ),
  ),

  // Partner Center: place an order. Refused with 13605 until the customer's MCA acceptance is confirmed.
  http.post(
    '*/v1/customers/:customerId/orders',
    partnerRoute(async ({ params, request, session }) => {
      const tenant = customerOf(session, params.customerId);
      requireAgentRole(session);
      if (!canPlaceOrders(session.partner.kind)) throw problems.indirectResellerCannotOrder();
      const input = await readBody(request, orderSchema);
      for (const line of input.lineItems) {
        if (!PRODUCTS.some((product) => product.id === line.offerId))
          throw problems.offerNotFound(line.offerId);
      }
      if (!isMcaConfirmed(tenant.id)) throw problems.mcaNotConfirmed();
      const creationDate = now().toISOString();
      for (const line of input.lineItems) {
        const product = PRODUCTS.find((p) => p.id === line.offerId);
        db().purchases.push({
          id: nextId('purchase'),
          tenantId: tenant.id,
          productId: line.offerId,
          kind: product?.kind ?? 'offer',
          quantity: line.quantity,
          partnerId: session.partner.id,
          purchasedAt: creationDate,
        });
      }
      const order: Order = {
        id: nextId('order'),
        referenceCustomerId: tenant.id,
        billingCycle: input.billingCycle ?? 'monthly',
        lineItems: input.lineItems,
        creationDate,
        status: 'completed',
        attributes: { objectType: 'Order' },
      };
      return created(order);
    }),
  ),
];
