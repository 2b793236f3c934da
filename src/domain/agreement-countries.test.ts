import { describe, expect, it } from 'vitest';
import {
  ENGLISH_ONLY_COUNTRIES,
  SECOND_LANGUAGE_BY_COUNTRY,
  agreementDocumentLanguage,
  isAgreementCountry,
} from './agreement-countries';

describe('MCA countries and languages', () => {
  it('lists the 246 countries of the Partner Center reference, each once', () => {
    const all = [...Object.keys(SECOND_LANGUAGE_BY_COUNTRY), ...ENGLISH_ONLY_COUNTRIES];
    expect(all).toHaveLength(246);
    expect(new Set(all).size).toBe(246);
  });

  it('serves the requested language where the country offers it, else en-US', () => {
    expect(agreementDocumentLanguage('IT', 'it-IT')).toBe('it-IT');
    expect(agreementDocumentLanguage('DE', 'it-IT')).toBe('en-US');
    expect(agreementDocumentLanguage('CH', 'fr-FR')).toBe('fr-FR');
    expect(agreementDocumentLanguage('GB', 'it-IT')).toBe('en-US');
    expect(agreementDocumentLanguage('IT', null)).toBe('en-US');
  });

  it('is case-sensitive, as the API is', () => {
    expect(isAgreementCountry('IT')).toBe(true);
    expect(isAgreementCountry('it')).toBe(false);
    expect(isAgreementCountry('XK')).toBe(true);
    expect(isAgreementCountry('ZZ')).toBe(false);
  });
});
