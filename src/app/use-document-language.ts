import { useEffect } from 'react';
import { useRevalidator } from 'react-router';
import { usePreferencesStore } from '../stores/preferences-store';

/**
 * Reloads the page's data when the UI language changes, so the MCA link follows the language.
 * `loadedFor` is the language the data was loaded in; null when nothing on the page depends on it.
 */
export function useDocumentLanguage(loadedFor: string | null): void {
  const language = usePreferencesStore((state) => state.language);
  const revalidator = useRevalidator();
  useEffect(() => {
    if (loadedFor !== null && loadedFor !== language && revalidator.state === 'idle')
      void revalidator.revalidate();
  }, [language, loadedFor, revalidator]);
}
