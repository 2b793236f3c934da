import TextField from '@mui/material/TextField';
import { useTranslation } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { usePreferencesStore } from '../stores/preferences-store';

/** Each language named in itself, as a language list shows them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'en-US': 'English (United States)',
  'it-IT': 'Italiano (Italia)',
};

/** The sign-in pages' language list (inside a shell, the top bar's language menu does this). */
export function LanguagePicker() {
  const { t, unavailable } = useTranslation();
  const language = usePreferencesStore((state) => state.language);
  const setLanguage = usePreferencesStore((state) => state.setLanguage);
  return (
    <TextField
      select
      size="small"
      label={t('language.label')}
      value={language}
      onChange={(event) => setLanguage(event.target.value as Language)}
      error={unavailable !== null}
      helperText={
        unavailable ? t('language.unavailable', { language: LANGUAGE_NAMES[unavailable] }) : undefined
      }
      // The browser's own list: light to load, and at home with every keyboard and screen reader.
      slotProps={{ select: { native: true } }}
      sx={{ minWidth: 200 }}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </TextField>
  );
}
