import { getAgreementDocument, getAgreementMetadata } from '../api/agreements';
import type { AgreementDocument } from '../api/types';
import { MCA_TYPE } from '../domain/contract';
import { usePreferencesStore } from '../stores/preferences-store';

export interface McaDocumentLink {
  templateId: string;
  document: AgreementDocument;
  /** The UI language the document was asked for; it differs from document.language when not offered. */
  requestedLanguage: string;
}

/**
 * The MCA as Partner Center serves it: the template from the agreement metadata, then the document for
 * the tenant's country in the UI language (the backend falls back to en-US when the country lacks it).
 */
export async function loadMcaDocument(country: string, signal: AbortSignal): Promise<McaDocumentLink> {
  const metadata = await getAgreementMetadata(MCA_TYPE, signal);
  const template = metadata.items.find((item) => item.agreementType === MCA_TYPE);
  if (!template) throw new Error('The backend offers no Microsoft Customer Agreement template');
  const requestedLanguage = usePreferencesStore.getState().language;
  const document = await getAgreementDocument(
    template.templateId,
    { language: requestedLanguage, country },
    signal,
  );
  return { templateId: template.templateId, document, requestedLanguage };
}
