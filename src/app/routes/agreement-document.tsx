import { useTranslation } from 'react-i18next';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getAgreementDocument } from '../../api/agreements';
import { PageHeader } from '../../components/page-header';
import { GUID_PATTERN } from '../../domain/paths';
import { AgreementDocumentView } from '../../features/agreements/agreement-document-view';
import { usePreferencesStore } from '../../stores/preferences-store';
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
  return withSession(request, async () => ({
    templateId,
    document: await getAgreementDocument(templateId, { language, country }, request.signal),
  }));
}

export function Component() {
  const { t } = useTranslation();
  const { templateId, document } = useLoaderData<typeof loader>();
  const language = usePreferencesStore((state) => state.language);
  return (
    <>
      <PageHeader title={t('document.title')} />
      <AgreementDocumentView templateId={templateId} document={document} language={language} />
    </>
  );
}
