import { partnerTokenFor } from './api';

// Fixtures for the Partner Center contract tests (scenario partner-training): demo partners, agents and
// request bodies.

export const MCA = '117a77b0-9360-443b-8795-c6dedc750cf9';
export const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
export const CONTOSO_DISTRIBUTION = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const PROSEWARE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

export const adele = () => partnerTokenFor('adele@fabrikam.example'); // Admin agent, direct bill
export const lee = () => partnerTokenFor('lee@fabrikam.example'); // Sales agent
export const megan = () => partnerTokenFor('megan@fabrikam.example'); // no agent role
export const diego = () => partnerTokenFor('diego@contosodistribution.example'); // indirect provider
export const isaiah = () => partnerTokenFor('isaiah@proseware.example'); // indirect reseller

/** A Partner Center Agreement body (POST /v1/customers/{id}/agreements). */
export const attestation = (overrides: Record<string, unknown> = {}) => ({
  primaryContact: { firstName: 'Harper', lastName: 'Lewis', email: 'harper.lewis@graphicdesign.example' },
  templateId: MCA,
  dateAgreed: '2026-11-20T00:00:00.000Z',
  type: 'MicrosoftCustomerAgreement',
  ...overrides,
});

/** A Partner Center Customer body (POST /v1/customers); overrides replace billing profile fields. */
export const newCustomer = (prefix: string, overrides: Record<string, unknown> = {}) => ({
  companyProfile: { domain: `${prefix}.onmicrosoft.com` },
  billingProfile: {
    email: 'kim.abercrombie@bluebird.example',
    culture: 'en-US',
    language: 'en',
    companyName: 'Bluebird Books',
    defaultAddress: {
      country: 'IT',
      city: 'Bologna',
      addressLine1: 'Via Zamboni 3',
      postalCode: '40126',
      firstName: 'Kim',
      lastName: 'Abercrombie',
    },
    ...overrides,
  },
});
