import { useEffect, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { switchLanguage } from '../i18n/i18n';
import { usePreferencesStore } from '../stores/preferences-store';
import { theme } from './theme';

/** Keeps i18next and the page's lang attribute in step with the chosen language. */
function LanguageSync({ i18n }: { i18n: i18n }) {
  const language = usePreferencesStore((state) => state.language);
  useEffect(() => {
    void switchLanguage(i18n, language).then(() => {
      document.documentElement.lang = language;
    });
  }, [i18n, language]);
  return null;
}

export function AppProviders({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <LanguageSync i18n={i18n} />
        {children}
      </ThemeProvider>
    </I18nextProvider>
  );
}
