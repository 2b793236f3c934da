import { http } from 'msw';
import type { AgreementDocument, AgreementMetaData } from '../../src/api/types';
import {
  DEFAULT_COUNTRY,
  agreementDocumentLanguage,
  isAgreementCountry,
} from '../../src/domain/agreement-countries';
import { now } from '../db/db';
import { AGREEMENT_TEMPLATES, MCA_TEMPLATE_ID } from '../db/reference-data';
import { problems } from '../lib/errors';
import { callerRoute, collection } from '../lib/route';
import { CLOUD_AGREEMENT_TYPE } from '../../src/domain/contract';

// Partner Center: the agreement templates (metadata) and the MCA template's document.

/** `agreementType` as Partner Center reads it: omitted means MicrosoftCloudAgreement, `*` means all. */
function templatesOfType(agreementType: string | null): AgreementMetaData[] {
  const wanted = agreementType ?? CLOUD_AGREEMENT_TYPE;
  return AGREEMENT_TEMPLATES.filter((t) => wanted === '*' || t.agreementType === wanted);
}

const LINK_MINUTES = 5;

export const agreementTemplateHandlers = [
  http.get(
    '*/v1/agreements',
    callerRoute(({ url }) => collection(templatesOfType(url.searchParams.get('agreementType')))),
  ),

  // A link to the MCA template for a country, in a language it offers.
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
];
