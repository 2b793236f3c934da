import { apiRequest } from './client';
import type {
  AgreementDocument,
  AgreementMetaData,
  AgreementRecord,
  Collection,
  DirectSignedCustomerAgreementStatus,
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

export const getAgreementDocument = (
  templateId: string,
  params: { language: string; country: string },
  signal?: AbortSignal,
) =>
  apiRequest<AgreementDocument>(`/v1/agreementtemplates/${encodeURIComponent(templateId)}/document`, {
    query: params,
    signal,
  });

export const getDirectSignStatus = (tenantId: string, signal?: AbortSignal) =>
  apiRequest<DirectSignedCustomerAgreementStatus>(
    `/v1/customers/${encodeURIComponent(tenantId)}/directSignedMicrosoftCustomerAgreementStatus`,
    { signal },
  );

export const getAgreementStatus = (signal?: AbortSignal) =>
  apiRequest<CustomerAgreementStatus>('/api/agreement', { signal });

export const acceptAgreement = (templateId: string) =>
  apiRequest<AgreementRecord>('/api/agreement/accept', { method: 'POST', body: { templateId } });
