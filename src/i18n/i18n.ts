import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS, type Messages } from './locales/en-US';
import type { Language } from './languages';

// en-US is always there (and the fallback for nothing: every locale has every key); other languages load
// when chosen, so that a first visit does not download every translation.
const loaders: Record<Language, () => Promise<Messages>> = {
  'en-US': async () => enUS,
  'it-IT': () => import('./locales/it-IT').then((module) => module.itIT),
};

export const loadMessages = (language: Language): Promise<Messages> => loaders[language]();

/** One i18next instance for the app, created when the app starts (not at import time). */
export function createI18n(language: Language, loaded: Partial<Record<Language, Messages>> = {}): i18n {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: Messages }> = { 'en-US': { translation: enUS } };
  for (const [code, messages] of Object.entries(loaded)) resources[code] = { translation: messages };
  void instance.use(initReactI18next).init({
    lng: resources[language] ? language : 'en-US',
    fallbackLng: false,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Switches to a language, loading its messages first when needed. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadMessages(language));
  }
  await instance.changeLanguage(language);
}
