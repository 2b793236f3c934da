import { db, nextId } from '../mocks/db/db';
import { MCA_TEMPLATE_ID } from '../mocks/db/reference-data';

/** A partner's attestation of the customer's MCA acceptance, as Partner Center would record it. */
export function attestAcceptance(
  tenantId: string,
  partnerId: string,
  dateAgreed = '2026-01-15T00:00:00Z',
): void {
  db().agreements.push({
    id: nextId('attestation'),
    tenantId,
    type: 'MicrosoftCustomerAgreement',
    templateId: MCA_TEMPLATE_ID,
    dateAgreed,
    acceptedVia: 'partner',
    userId: 'f0000001-0001-4000-8000-000000000099',
    partnerId,
    primaryContact: { firstName: 'Lena', lastName: 'Fischer', email: 'lena.fischer@adatum.example' },
  });
}

export const tenantOf = (domainPrefix: string): string => {
  const tenant = db().tenants.find((row) => row.defaultDomain === `${domainPrefix}.onmicrosoft.com`);
  if (!tenant) throw new Error(`No tenant ${domainPrefix}`);
  return tenant.id;
};
