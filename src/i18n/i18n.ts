import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './locales/en-US';
import { itIT } from './locales/it-IT';
import type { Language } from './languages';

export const resources = { 'en-US': { translation: enUS }, 'it-IT': { translation: itIT } } as const;

/** One i18next instance for the app, created when the app starts (not at import time). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
