import { useCallback } from 'react';
import { useTranslation } from './i18n';

/**
 * A product's or offer's name in the page's language. The catalog and Partner Center's offers carry the
 * English name, as Partner Center does; a name is translated only where the language has its own
 * (`productNames` by product id), so brand names such as Microsoft 365 Business Basic stay as they are.
 */
export function useProductName(): (id: string, name: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (id: string, name: string) => {
      const key = `productNames.${id}`;
      const translated = t.dynamic(key);
      return translated === key ? name : translated;
    },
    [t],
  );
}
