import { useMemo } from 'react';
import {
  formatAddress,
  formatCountry,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
} from './format';
import { useTranslation } from './i18n';

/**
 * Dates, numbers, money and country names in the language the page is shown in: the chosen one once its
 * messages have loaded, English until then or if they cannot load, so that a page never mixes the two.
 */
export function useFormat() {
  const { language } = useTranslation();
  return useMemo(
    () => ({
      language,
      date: (iso: string) => formatDate(iso, language),
      dateTime: (iso: string) => formatDateTime(iso, language),
      money: (amount: number, currency: string) => formatMoney(amount, currency, language),
      number: (value: number) => formatNumber(value, language),
      /** Every country shown goes through here: its name, never its code. */
      country: (code: string) => formatCountry(code, language),
      address: (address: Parameters<typeof formatAddress>[0]) => formatAddress(address, language),
      /** Sorts by name as the language does. */
      compare: (a: string, b: string) => a.localeCompare(b, language),
    }),
    [language],
  );
}

export type Format = ReturnType<typeof useFormat>;
