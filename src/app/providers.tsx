import type { ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { I18nProvider, type LoadedMessages } from '../i18n/i18n';
import { usePreferencesStore } from '../stores/preferences-store';
import { theme as appTheme } from './theme';

interface AppProvidersProps {
  messages: LoadedMessages;
  /** The app's theme unless given (tests render with `stillTheme`). */
  theme?: Theme;
  children: ReactNode;
}

/** The chosen language's messages (those in `messages` are there at once, others load when chosen) and the theme. */
export function AppProviders({ messages, theme = appTheme, children }: AppProvidersProps) {
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
