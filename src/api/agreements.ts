import { ApiError, apiRequest } from './client';
import {
  MCA_TYPE,
  type AgreementDocument,
  type AgreementMetaData,
  type AgreementRecord,
  type Collection,
} from './types';
import type { AcceptanceBlock } from '../domain/acceptance';

export interface CustomerAgreementStatus {
  templateId: string;
  mcaConfirmed: boolean;
  acceptedDirectly: boolean;
  block: AcceptanceBlock;
  agreements: AgreementRecord[];
}

export const getAgreementMetadata = (agreementType: string, signal?: AbortSignal) =>
  apiRequest<Collection<AgreementMetaData>>('/v1/agreements', { query: { agreementType }, signal });

/**
 * The Microsoft Customer Agreement's template in an agreement metadata answer. An answer without one is an
 * error to show, never an empty template id to post.
 */
export function mcaTemplate(metadata: Collection<AgreementMetaData>): AgreementMetaData {
  const template = metadata.items.find((item) => item.agreementType === MCA_TYPE);
  if (!template) {
    throw new ApiError(404, 'NotFound', 'The service offers no Microsoft Customer Agreement template.');
  }
  return template;
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
