import TextField from '@mui/material/TextField';
import { useTranslation } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { usePreferencesStore } from '../stores/preferences-store';

/** Each language named in itself, as a language list shows them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'en-US': 'English (United States)',
  'it-IT': 'Italiano (Italia)',
};

export function LanguagePicker({ dark = false }: { dark?: boolean }) {
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
      sx={
        dark
          ? {
              minWidth: 200,
              maxWidth: 260,
              '& .MuiInputBase-root': { color: 'common.white', bgcolor: 'rgba(255,255,255,0.12)' },
              '& .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused': { color: 'common.white' },
              '& .MuiSvgIcon-root': { color: 'common.white' },
              '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.6)' },
              '& .MuiFormHelperText-root, & .MuiFormHelperText-root.Mui-error': { color: 'common.white' },
              // The open list is the browser's, on a light background.
              '& option': { color: 'text.primary', bgcolor: 'background.paper' },
            }
          : { minWidth: 200 }
      }
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </TextField>
  );
}
