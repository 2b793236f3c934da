import type { ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { I18nProvider, type LoadedMessages } from '../i18n/i18n';
import { usePreferencesStore } from '../stores/preferences-store';
import { theme } from './theme';

/** The chosen language's messages (those in `messages` are there at once, others load when chosen) and the theme. */
export function AppProviders({ messages, children }: { messages: LoadedMessages; children: ReactNode }) {
  const language = usePreferencesStore((state) => state.language);
  const setLanguage = usePreferencesStore((state) => state.setLanguage);
  return (
    <I18nProvider language={language} messages={messages} onUnavailable={setLanguage}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </I18nProvider>
  );
}
