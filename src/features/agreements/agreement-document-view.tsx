import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { translator, useTranslation } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import type { Messages } from '../../i18n/locales/en-US';
import { Link as RouterLink } from 'react-router';
import type { AgreementDocument } from '../../api/types';
import { DetailsList } from '../../components/details-list';
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';

const SECTIONS = ['parties', 'use', 'orders', 'privacy', 'term'] as const;

/**
 * A stand-in for the agreement document: clearly a simulation, in our own words. The text is in the
 * document's language when we ship it (en-US, it-IT), else in English with a note.
 */
export function AgreementDocumentView({
  templateId,
  document,
  textLanguage,
  text: messages,
}: {
  templateId: string;
  document: AgreementDocument;
  /** The language the summary is written in, and its messages. */
  textLanguage: Language;
  text: Messages;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = translator(messages, textLanguage);
  const expires = new URL(document.displayUri).searchParams.get('expires');
  return (
    <>
      <Alert severity="warning" sx={{ mb: 3 }}>
        {t('document.simulated')}
      </Alert>
      <DetailsList
        rows={[
          [t('document.templateId'), <code key="id">{templateId}</code>],
          [t('document.country'), format.country(document.country)],
          [t('document.language'), document.language],
          ...(expires
            ? [[t('document.linkExpires'), `${format.dateTime(expires)} UTC`] as [string, string]]
            : []),
        ]}
      />
      {textLanguage !== document.language ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('document.englishStandIn', { language: document.language })}
        </Alert>
      ) : null}
      <Paper sx={{ p: 3, mb: 3 }} lang={textLanguage}>
        <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
          {text('document.heading')}
        </Typography>
        {SECTIONS.map((section, index) => (
          <Box key={section} sx={{ mb: 2 }}>
            <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
              {`${index + 1}. ${text(`document.sections.${section}.title`)}`}
            </Typography>
            <Typography>{text(`document.sections.${section}.body`)}</Typography>
          </Box>
        ))}
      </Paper>
      <Link component={RouterLink} to={paths.agreement.href()}>
        {t('document.back')}
      </Link>
    </>
  );
}
