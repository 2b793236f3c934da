import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LANGUAGES, type Language, detectLanguage } from '../i18n/languages';
import { browserStorage } from './browser-storage';

interface PreferencesState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const PREFERENCES_STORAGE_KEY = 'm365-admin-sim:preferences:v1';

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      language: detectLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
      setLanguage: (language) => set({ language }),
    }),
    {
      name: PREFERENCES_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => browserStorage),
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return LANGUAGES.includes(language as Language)
          ? { ...current, language: language as Language }
          : current;
      },
    },
  ),
);
