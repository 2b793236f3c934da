import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/languages';
import { usePreferencesStore } from '../stores/preferences-store';

const NAMES: Record<Language, string> = { 'en-US': 'English (United States)', 'it-IT': 'Italiano (Italia)' };

export function LanguagePicker({ dark = false }: { dark?: boolean }) {
  const { t } = useTranslation();
  const language = usePreferencesStore((state) => state.language);
  const setLanguage = usePreferencesStore((state) => state.setLanguage);
  return (
    <TextField
      select
      size="small"
      label={t('language.label')}
      value={language}
      onChange={(event) => setLanguage(event.target.value as Language)}
      sx={
        dark
          ? {
              minWidth: 200,
              '& .MuiInputBase-root': { color: 'common.white', bgcolor: 'rgba(255,255,255,0.12)' },
              '& .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused': { color: 'common.white' },
              '& .MuiSvgIcon-root': { color: 'common.white' },
              '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.6)' },
            }
          : { minWidth: 200 }
      }
    >
      {LANGUAGES.map((code) => (
        <MenuItem key={code} value={code} lang={code}>
          {NAMES[code]}
        </MenuItem>
      ))}
    </TextField>
  );
}
