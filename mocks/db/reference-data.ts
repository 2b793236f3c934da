import type { AgreementMetaData, Product } from '../../src/api/types';

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

export const PRODUCTS: readonly Product[] = [
  {
    id: 'm365-business-basic',
    name: 'Microsoft 365 Business Basic',
    kind: 'offer',
    monthlyPrice: 6,
    currency: 'USD',
  },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    kind: 'offer',
    monthlyPrice: 12.5,
    currency: 'USD',
  },
  {
    id: 'm365-business-premium',
    name: 'Microsoft 365 Business Premium',
    kind: 'offer',
    monthlyPrice: 22,
    currency: 'USD',
  },
  {
    id: 'visio-plan-2',
    name: 'Visio Plan 2',
    kind: 'softwareSubscription',
    monthlyPrice: 15,
    currency: 'USD',
  },
  { id: 'azure-plan', name: 'Azure plan', kind: 'azurePlan', monthlyPrice: 0, currency: 'USD' },
  {
    id: 'reserved-vm-d2s',
    name: 'Reserved VM Instance, D2s v5, 1 year',
    kind: 'reservedInstance',
    monthlyPrice: 58.4,
    currency: 'USD',
  },
];
