export const LANGUAGES = ['en-US', 'it-IT'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The browser's preferred language if we ship it (it, it-IT, it-CH → it-IT), else en-US. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('it')) return 'it-IT';
    if (lower.startsWith('en')) return 'en-US';
  }
  return 'en-US';
}
