import { http } from 'msw';
import type {
  AgreementDocument,
  AgreementMetaData,
  DirectSignedCustomerAgreementStatus,
} from '../../src/api/types';
import {
  DEFAULT_COUNTRY,
  agreementDocumentLanguage,
  isAgreementCountry,
} from '../../src/domain/agreement-countries';
import { AGREEMENT_ROLES, canAcceptAgreement } from '../../src/domain/roles';
import { acceptAgreementSchema } from '../../src/domain/validation';
import { db, now } from '../db/db';
import {
  agreementRecord,
  blockFor,
  isMcaAcceptedDirectly,
  isMcaConfirmed,
  mcaAgreements,
  recordDirectAcceptance,
} from '../db/queries';
import { AGREEMENT_TEMPLATES, MCA_TEMPLATE_ID } from '../db/reference-data';
import { problems } from '../lib/errors';
import { callerRoute, collection, readBody, route } from '../lib/route';
import { requireCustomer } from '../lib/session';

/** `agreementType` as Partner Center reads it: omitted means MicrosoftCloudAgreement, `*` means all. */
function templatesOfType(agreementType: string | null): AgreementMetaData[] {
  const wanted = agreementType ?? 'MicrosoftCloudAgreement';
  return AGREEMENT_TEMPLATES.filter((t) => wanted === '*' || t.agreementType === wanted);
}

const LINK_MINUTES = 5;

export const agreementHandlers = [
  // Partner Center: agreement metadata.
  http.get(
    '*/v1/agreements',
    callerRoute(({ url }) => collection(templatesOfType(url.searchParams.get('agreementType')))),
  ),

  // Partner Center: partner confirmations of the customer's acceptance.
  http.get(
    '*/v1/customers/:customerId/agreements',
    callerRoute(({ params, url, caller }) => {
      const tenant = requireCustomer(caller, params.customerId);
      const wanted = url.searchParams.get('agreementType') ?? 'MicrosoftCloudAgreement';
      const links = new Map(AGREEMENT_TEMPLATES.map((t) => [t.templateId, t.agreementLink]));
      return collection(
        db()
          .agreements.filter(
            (row) =>
              row.tenantId === tenant.id &&
              row.acceptedVia === 'partner' &&
              (wanted === '*' || row.type === wanted),
          )
          .map((row) => ({
            userId: row.userId,
            primaryContact: row.primaryContact,
            dateAgreed: row.dateAgreed,
            templateId: row.templateId,
            type: row.type,
            agreementLink: links.get(row.templateId) ?? '',
          })),
      );
    }),
  ),

  // Partner Center: did the customer accept the MCA themselves, in the admin center?
  http.get(
    '*/v1/customers/:customerId/directSignedMicrosoftCustomerAgreementStatus',
    callerRoute(({ params, caller }): DirectSignedCustomerAgreementStatus => {
      const tenant = requireCustomer(caller, params.customerId);
      return { isSigned: isMcaAcceptedDirectly(tenant.id) };
    }),
  ),

  // Partner Center: a link to the MCA template for a country, in a language it offers.
  http.get(
    '*/v1/agreementtemplates/:templateId/document',
    callerRoute(({ params, url }): AgreementDocument => {
      if (params.templateId !== MCA_TEMPLATE_ID)
        throw problems.notFound(`Agreement template '${params.templateId}'`);
      const country = url.searchParams.get('country') ?? DEFAULT_COUNTRY;
      if (!isAgreementCountry(country)) throw problems.unsupportedCountry(country);
      const language = agreementDocumentLanguage(country, url.searchParams.get('language'));
      const expires = new Date(now().getTime() + LINK_MINUTES * 60_000).toISOString();
      const file = `${url.origin}/simulated-agreements/${MCA_TEMPLATE_ID}/${country}/${language}`;
      return {
        country,
        language,
        displayUri: `${file}/preview?expires=${encodeURIComponent(expires)}`,
        downloadUri: `${file}/document.docx?expires=${encodeURIComponent(expires)}`,
      };
    }),
  ),

  // Simulator: the customer's view of the MCA (Accept agreement page).
  http.get(
    '*/api/agreement',
    route(({ session: { tenant } }) => ({
      templateId: MCA_TEMPLATE_ID,
      mcaConfirmed: isMcaConfirmed(tenant.id),
      acceptedDirectly: isMcaAcceptedDirectly(tenant.id),
      block: blockFor(tenant),
      agreements: mcaAgreements(tenant.id).map(agreementRecord),
    })),
  ),

  // Simulator: the customer accepts the MCA directly.
  http.post(
    '*/api/agreement/accept',
    route(async ({ request, session: { user, tenant } }) => {
      const input = await readBody(request, acceptAgreementSchema);
      if (!canAcceptAgreement(user.roles)) throw problems.insufficientRole(AGREEMENT_ROLES);
      if (input.templateId !== MCA_TEMPLATE_ID)
        throw problems.notFound(`Agreement template '${input.templateId}'`);
      if (isMcaAcceptedDirectly(tenant.id))
        throw problems.alreadyAccepted('The Microsoft Customer Agreement');
      const block = blockFor(tenant);
      if (block !== 'none') throw problems.partnerAttestationRequired(block);
      const row = recordDirectAcceptance(tenant.id, user);
      return agreementRecord(row);
    }),
  ),
];
