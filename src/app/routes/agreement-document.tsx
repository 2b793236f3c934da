import { loadMessages, useTranslation } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getAgreementDocument } from '../../api/agreements';
import { PageHeader } from '../../components/page-header';
import { GUID_PATTERN } from '../../domain/paths';
import { AgreementDocumentView } from '../../features/agreements/agreement-document-view';
import { withSession } from '../session';

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const templateId = params.get('templateId') ?? '';
  const country = params.get('country') ?? 'US';
  const language = params.get('language') ?? 'en-US';
  // A hand-edited link gets the not-found page rather than a request the backend would refuse.
  if (
    !GUID_PATTERN.test(templateId) ||
    !/^[A-Z]{2}$/.test(country) ||
    !/^[a-z]{2}-[A-Za-z-]{2,7}$/.test(language)
  ) {
    throw data(null, { status: 404 });
  }
  return withSession(request, async () => {
    const document = await getAgreementDocument(templateId, { language, country }, request.signal);
    // The text is in the document's language when we ship it, whatever the UI language is.
    const textLanguage = LANGUAGES.find((code) => code === document.language) ?? 'en-US';
    return { templateId, document, textLanguage, text: await loadMessages(textLanguage) };
  });
}

export function Component() {
  const { t } = useTranslation();
  const { templateId, document, textLanguage, text } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t('document.title')} />
      <AgreementDocumentView
        templateId={templateId}
        document={document}
        textLanguage={textLanguage}
        text={text}
      />
    </>
  );
}
