import { HttpResponse, http } from 'msw';
import type { Agreement, DirectSignedCustomerAgreementStatus } from '../../src/api/types';
import { canAttest } from '../../src/domain/partner-center';
import { attestationSchema } from '../../src/domain/validation';
import { now } from '../db/db';
import { findPartner, isMcaAcceptedDirectly, mcaAgreements, partnerConfirmations } from '../db/queries';
import { AGREEMENT_TEMPLATES, MCA_TEMPLATE_ID } from '../db/reference-data';
import type { AgreementRow } from '../db/schema';
import { recordAttestation } from '../db/writes';
import { problems } from '../lib/errors';
import { callerRoute, collection, partnerRoute, readBody } from '../lib/route';
import { requireCustomer } from '../lib/session';
import { customerOf, requireAgentRole, requireReseller } from './partner-checks';
import { CLOUD_AGREEMENT_TYPE } from '../../src/domain/contract';

// Partner Center: a customer's agreements. Partners confirm (attest) the customer's MCA acceptance and read
// the confirmations; both sides read whether the customer accepted directly in the admin center.

const contactKey = (contact: AgreementRow['primaryContact']) =>
  [contact.firstName, contact.lastName, contact.email.toLowerCase(), contact.phoneNumber ?? '']
    .map((part) => part.trim())
    .join('\u0000');

const agreementLinks = new Map(AGREEMENT_TEMPLATES.map((t) => [t.templateId, t.agreementLink]));

export const customerAgreementHandlers = [
  // The partners' confirmations of the customer's acceptance (`agreementType` defaults as for the metadata).
  http.get(
    '*/v1/customers/:customerId/agreements',
    callerRoute(({ params, url, caller }) => {
      const tenant = requireCustomer(caller, params.customerId);
      const wanted = url.searchParams.get('agreementType') ?? CLOUD_AGREEMENT_TYPE;
      return collection(
        partnerConfirmations(tenant.id, wanted).map((row) => ({
          userId: row.userId,
          primaryContact: row.primaryContact,
          dateAgreed: row.dateAgreed,
          templateId: row.templateId,
          type: row.type,
          agreementLink: agreementLinks.get(row.templateId) ?? '',
        })),
      );
    }),
  ),

  // Confirm (attest) that the customer accepted the MCA.
  http.post(
    '*/v1/customers/:customerId/agreements',
    partnerRoute(async ({ params, request, session }) => {
      const tenant = customerOf(session, params.customerId);
      requireAgentRole(session);
      if (!canAttest(session.partner.kind)) {
        const provider = session.partner.providerId ? findPartner(session.partner.providerId) : undefined;
        throw problems.indirectResellerCannotAttest(provider?.name ?? null);
      }
      requireReseller(session, tenant, 'attest');
      const input = await readBody(request, attestationSchema);
      if (input.type === CLOUD_AGREEMENT_TYPE) throw problems.cloudAgreementRetired(input.templateId);
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
      const row = recordAttestation(tenant.id, session.agent, {
        primaryContact: contact,
        dateAgreed: input.dateAgreed,
      });
      const body: Agreement = {
        userId: row.userId,
        primaryContact: row.primaryContact,
        templateId: row.templateId,
        dateAgreed: row.dateAgreed,
        type: row.type,
      };
      return HttpResponse.json(body, { status: 201 });
    }),
  ),

  // Did the customer accept the MCA themselves, in the admin center?
  http.get(
    '*/v1/customers/:customerId/directSignedMicrosoftCustomerAgreementStatus',
    callerRoute(({ params, caller }): DirectSignedCustomerAgreementStatus => {
      const tenant = requireCustomer(caller, params.customerId);
      return { isSigned: isMcaAcceptedDirectly(tenant.id) };
    }),
  ),
];
