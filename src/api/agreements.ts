import { ApiError, apiRequest, type Audience } from './client';
import type {
  AgreementDocument,
  AgreementMetaData,
  AgreementRecord,
  Collection,
  PartnerContact,
} from './types';
import { MCA_TYPE } from '../domain/contract';
import type { AcceptanceBlock } from '../domain/acceptance';

export interface CustomerAgreementStatus {
  templateId: string;
  mcaConfirmed: boolean;
  acceptedDirectly: boolean;
  block: AcceptanceBlock;
  /**
   * While blocked (Scenario 1 or 2): the partners the tenant bought through, the latest first. They are the
   * ones who can confirm its acceptance, so the customer is told whom to contact.
   */
  partnersToContact: PartnerContact[];
  agreements: AgreementRecord[];
}

/** Partner Center's agreement metadata; both sides read it (a customer for the document, a partner to confirm). */
export const getAgreementMetadata = (
  agreementType: string,
  signal?: AbortSignal,
  audience: Audience = 'customer',
) =>
  apiRequest<Collection<AgreementMetaData>>('/v1/agreements', {
    audience,
    query: { agreementType },
    signal,
  });

/**
 * The current MCA template id from the agreement metadata, as Partner Center clients read it before they
 * confirm an acceptance. Never empty: metadata without an MCA template is an error, not an empty id to post.
 */
export async function getMcaTemplateId(audience: Audience, signal?: AbortSignal): Promise<string> {
  const metadata = await getAgreementMetadata(MCA_TYPE, signal, audience);
  const template = metadata.items.find((item) => item.agreementType === MCA_TYPE && item.templateId);
  if (!template)
    throw new ApiError(
      404,
      'McaTemplateMissing',
      'The agreement metadata lists no Microsoft Customer Agreement template.',
    );
  return template.templateId;
}

export const getAgreementDocument = (
  templateId: string,
  params: { language: string; country: string },
  signal?: AbortSignal,
) =>
  apiRequest<AgreementDocument>(`/v1/agreementtemplates/${encodeURIComponent(templateId)}/document`, {
    query: params,
    signal,
  });

export const getAgreementStatus = (signal?: AbortSignal) =>
  apiRequest<CustomerAgreementStatus>('/api/agreement', { signal });

export const acceptAgreement = (templateId: string) =>
  apiRequest<AgreementRecord>('/api/agreement/accept', { method: 'POST', body: { templateId } });
