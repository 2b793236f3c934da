import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { enUS, type Messages } from './locales/en-US';
import type { Language } from './languages';

// The app's translations: nested message objects, dotted keys, {{placeholder}} values and plural forms, no
// more. A small module of our own rather than a library keeps the first visit light (see README ›
// Performance).

/** A message with a form per plural category (Intl.PluralRules), chosen by the `count` value. */
type PluralForms = { other: string };

/** Every key of en-US: `t('partners.title')` type-checks, a misspelt key does not. */
export type MessageKey = KeysOf<typeof enUS>;
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | PluralForms
    ? `${Prefix}${K}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationValues = Record<string, string | number>;
export interface Translate {
  (key: MessageKey, values?: TranslationValues): string;
  /**
   * A key known only at run time (a validation key from a schema or the backend, a role's name): shown as
   * the key itself when it is not in the messages, to be noticed.
   */
  dynamic: (key: string, values?: TranslationValues) => string;
}
export type LoadedMessages = Partial<Record<Language, Messages>>;

// en-US is always there; other languages load when chosen, so a first visit downloads one translation.
const loaders: Record<Language, () => Promise<Messages>> = {
  'en-US': async () => enUS,
  'it-IT': () => import('./locales/it-IT').then((module) => module.itIT),
};

export const loadMessages = (language: Language): Promise<Messages> => loaders[language]();

/**
 * Looks a dotted key up and fills its placeholders; a plural message takes the form that `language`'s
 * plural rules give for `values.count` (`other` without a count, or when the form is missing). An unknown
 * key comes back as itself, to be noticed.
 */
export function translator(messages: Messages, language: Language): Translate {
  const plurals = new Intl.PluralRules(language);
  const lookup = (key: string, values?: TranslationValues): string => {
    let node: unknown = messages;
    for (const part of key.split('.')) node = isRecord(node) ? node[part] : undefined;
    if (isRecord(node) && typeof node.other === 'string') {
      const count = values?.count;
      const form = typeof count === 'number' ? node[plurals.select(count)] : undefined;
      node = typeof form === 'string' ? form : node.other;
    }
    if (typeof node !== 'string') return key;
    if (!values) return node;
    return node.replace(/{{\s*(\w+)\s*}}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
  };
  return Object.assign((key: MessageKey, values?: TranslationValues) => lookup(key, values), {
    dynamic: lookup,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

interface I18nValue {
  /** The language the page is shown in: the chosen one once its messages have loaded. */
  language: Language;
  t: Translate;
  /** The last language chosen whose messages could not be loaded, until one loads. */
  unavailable: Language | null;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * Shows the page in `language`, loading its messages first when needed (until then, and if they cannot be
 * loaded, the page stays in the language it was in). Keeps the page's lang attribute in step.
 */
export function I18nProvider({
  language,
  messages,
  onUnavailable,
  children,
}: {
  language: Language;
  messages: LoadedMessages;
  /** The chosen language could not be loaded (offline): the page stays in `shown`. */
  onUnavailable?: (shown: Language) => void;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<LoadedMessages>(() => ({ 'en-US': enUS, ...messages }));
  // The language on screen: the chosen one once loaded; until then the one before (React's "adjust state
  // while rendering" pattern, so that no render shows a language without its messages).
  const [shown, setShown] = useState<Language>(() => (loaded[language] ? language : 'en-US'));
  if (loaded[language] && shown !== language) setShown(language);
  const [unavailable, setUnavailable] = useState<Language | null>(null);

  useEffect(() => {
    if (loaded[language]) return;
    let current = true;
    loadMessages(language).then(
      (next) => {
        if (!current) return;
        setLoaded((before) => ({ ...before, [language]: next }));
        setUnavailable(null);
      },
      () => {
        if (!current) return;
        setUnavailable(language);
        onUnavailable?.(shown);
      },
    );
    return () => {
      current = false;
    };
  }, [language, loaded, shown, onUnavailable]);

  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo(
    () => ({ language: shown, t: translator(loaded[shown] ?? enUS, shown), unavailable }),
    [loaded, shown, unavailable],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function and the language of the page. */
export function useTranslation(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useTranslation needs an I18nProvider');
  return value;
}
