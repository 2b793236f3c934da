import { getAgreementDocument, getMcaTemplateId } from '../../api/agreements';
import type { AgreementDocument } from '../../api/types';
import { usePreferencesStore } from '../../stores/preferences-store';

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
  const templateId = await getMcaTemplateId('customer', signal);
  const requestedLanguage = usePreferencesStore.getState().language;
  const document = await getAgreementDocument(templateId, { language: requestedLanguage, country }, signal);
  return { templateId, document, requestedLanguage };
}
