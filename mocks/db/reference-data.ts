import type { AgreementMetaData, Product } from '../../src/api/types';
import { currencyForCountry, type Currency } from '../../src/domain/currency';

// Data that no scenario changes: the agreement templates and the Purchase services catalog.
export const MCA_TEMPLATE_ID = '117a77b0-9360-443b-8795-c6dedc750cf9';
export const CLOUD_AGREEMENT_TEMPLATE_ID = '998b88de-aa99-4388-a42c-1b3517d49490';

export const AGREEMENT_TEMPLATES: readonly AgreementMetaData[] = [
  {
    templateId: CLOUD_AGREEMENT_TEMPLATE_ID,
    agreementType: 'MicrosoftCloudAgreement',
    agreementLink: 'https://docs.microsoft.com/en-us/partner-center/agreements',
    versionRank: 0,
  },
  {
    templateId: MCA_TEMPLATE_ID,
    agreementType: 'MicrosoftCustomerAgreement',
    agreementLink: 'https://aka.ms/customeragreement',
    versionRank: 0,
  },
];

/** A catalog product with its monthly price in each currency the simulator bills in. */
export interface CatalogProduct {
  id: string;
  name: string;
  kind: Product['kind'];
  monthlyPrices: Record<Currency, number>;
}

export const PRODUCTS: readonly CatalogProduct[] = [
  {
    id: 'm365-business-basic',
    name: 'Microsoft 365 Business Basic',
    kind: 'offer',
    monthlyPrices: { USD: 6, EUR: 5.6, GBP: 4.9 },
  },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    kind: 'offer',
    monthlyPrices: { USD: 12.5, EUR: 11.7, GBP: 10.3 },
  },
  {
    id: 'm365-business-premium',
    name: 'Microsoft 365 Business Premium',
    kind: 'offer',
    monthlyPrices: { USD: 22, EUR: 20.6, GBP: 18.1 },
  },
  {
    id: 'visio-plan-2',
    name: 'Visio Plan 2',
    kind: 'softwareSubscription',
    monthlyPrices: { USD: 15, EUR: 14, GBP: 12.3 },
  },
  { id: 'azure-plan', name: 'Azure plan', kind: 'azurePlan', monthlyPrices: { USD: 0, EUR: 0, GBP: 0 } },
  {
    id: 'reserved-vm-d2s',
    name: 'Reserved VM Instance, D2s v5, 1 year',
    kind: 'reservedInstance',
    monthlyPrices: { USD: 58.4, EUR: 54.7, GBP: 47.6 },
  },
];

/** The catalog as a customer in `country` sees it: prices in that country's currency. */
export function productsFor(country: string): Product[] {
  const currency = currencyForCountry(country);
  return PRODUCTS.map(({ id, name, kind, monthlyPrices }) => ({
    id,
    name,
    kind,
    monthlyPrice: monthlyPrices[currency],
    currency,
  }));
}
