import type { AgentRow, PartnerRow } from '../db/schema';

// The partner directory the scenarios draw from. Names are fictitious (Microsoft's sample company names).
const partner = (
  id: string,
  name: string,
  domain: string,
  phone: string,
  mpnId: string,
  address: PartnerRow['address'],
  kind: PartnerRow['kind'] = 'directBill',
  providerId: string | null = null,
): PartnerRow => ({
  id,
  name,
  email: `partners@${domain}`,
  phone,
  website: `https://www.${domain}`,
  mpnId,
  kind,
  providerId,
  address,
});

export const FABRIKAM = partner(
  '3b33e682-00c3-41ee-9dd2-a548adf56438',
  'Fabrikam Cloud Services',
  'fabrikam.example',
  '+1 425 555 0100',
  '4847383',
  { line1: '1 Fabrikam Way', city: 'Redmond', postalCode: '98052', countryCode: 'US' },
);
export const TAILSPIN = partner(
  '7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11',
  'Tailspin Toys Solutions',
  'tailspintoys.example',
  '+44 20 7946 0321',
  '5120934',
  { line1: '22 Hangar Lane', city: 'London', postalCode: 'EC1A 1BB', countryCode: 'GB' },
);
export const CONTOSO_DISTRIBUTION = partner(
  '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  'Contoso Distribution',
  'contosodistribution.example',
  '+1 206 555 0142',
  '6011872',
  { line1: '500 Harbor Blvd', city: 'Seattle', postalCode: '98101', countryCode: 'US' },
  'indirectProvider',
);
export const PROSEWARE = partner(
  '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  'Proseware Partners',
  'proseware.example',
  '+39 02 5550 1234',
  '6234410',
  { line1: 'Via Torino 12', city: 'Milano', postalCode: '20123', countryCode: 'IT' },
  'indirectReseller',
  CONTOSO_DISTRIBUTION.id,
);
export const LUCERNE = partner(
  '4f3e2d1c-0b9a-4876-9543-210fedcba987',
  'Lucerne Advisory',
  'lucerneadvisory.example',
  '+41 41 555 0199',
  '5899013',
  { line1: 'Seestrasse 8', city: 'Luzern', postalCode: '6004', countryCode: 'CH' },
);
export const ALPINE = partner(
  '2c4e6a80-1b3d-4f57-9a8c-0e2d4f6a8b0c',
  'Alpine IT Services',
  'alpineit.example',
  '+33 4 55 50 12 34',
  '6102287',
  { line1: '3 Rue des Alpes', city: 'Grenoble', postalCode: '38000', countryCode: 'FR' },
);
export const TREY = partner(
  '6b5a4938-2716-4e5d-8c3b-a29180f7e6d5',
  'Trey Research Services',
  'treyresearch.example',
  '+39 06 5550 9876',
  '5771204',
  { line1: 'Via Appia 101', city: 'Roma', postalCode: '00179', countryCode: 'IT' },
);

const WORDS_A = [
  'Blue',
  'Northern',
  'Bright',
  'Summit',
  'Coastal',
  'Silver',
  'Prime',
  'Urban',
  'Green',
  'Swift',
];
const WORDS_B = [
  'Cloud',
  'Data',
  'Network',
  'Systems',
  'Logic',
  'Harbor',
  'Bridge',
  'Vertex',
  'Stack',
  'Signal',
];
const WORDS_C = ['Solutions', 'Partners', 'Consulting', 'Services', 'Group', 'Labs', 'Works', 'Advisors'];

/** A deterministic partner for bulk scenarios: the same index always gives the same row. */
export function generatedPartner(index: number): PartnerRow {
  const name = `${WORDS_A[index % 10]} ${WORDS_B[Math.floor(index / 10) % 10]} ${WORDS_C[index % 8]} ${String(index + 1).padStart(4, '0')}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const hex = index.toString(16).padStart(12, '0');
  return {
    id: `a11ce000-0000-4000-8000-${hex}`,
    name,
    email: `contact@${slug}.example`,
    phone: `+1 555 ${String(1000 + (index % 9000)).padStart(4, '0')}`,
    website: `https://www.${slug}.example`,
    mpnId: String(7000000 + index),
    kind: 'directBill',
    providerId: null,
    address: {
      line1: `${index + 1} Market Street`,
      city: 'Springfield',
      postalCode: '00000',
      countryCode: 'US',
    },
  };
}

/** The password of every demo partner agent. */
export const AGENT_PASSWORD = 'Partner#2026';

const NAMED_AGENTS: Record<string, { alias: string; displayName: string; roles: AgentRow['roles'] }[]> = {
  [FABRIKAM.id]: [
    { alias: 'adele', displayName: 'Adele Vance', roles: ['adminAgent'] },
    { alias: 'lee', displayName: 'Lee Gu', roles: ['salesAgent'] },
    { alias: 'megan', displayName: 'Megan Bowen', roles: [] },
  ],
  [CONTOSO_DISTRIBUTION.id]: [{ alias: 'diego', displayName: 'Diego Siciliani', roles: ['adminAgent'] }],
  [PROSEWARE.id]: [{ alias: 'isaiah', displayName: 'Isaiah Langer', roles: ['adminAgent'] }],
};

/**
 * The Partner Center users of a named partner: an Admin agent for each, and for Fabrikam also a Sales agent
 * and a user without an agent role. Bulk partners have none.
 */
export function agentsOf(partner: PartnerRow): AgentRow[] {
  if (partner.id.startsWith('a11ce000-')) return [];
  const domain = partner.email.split('@')[1] ?? 'partner.example';
  const agents = NAMED_AGENTS[partner.id] ?? [
    { alias: 'admin', displayName: `${partner.name} admin`, roles: ['adminAgent'] },
  ];
  return agents.map((agent, index) => ({
    id: `${partner.id.slice(0, 8)}-a9e0-4000-8000-${String(index + 1).padStart(12, '0')}`,
    partnerId: partner.id,
    displayName: agent.displayName,
    userPrincipalName: `${agent.alias}@${domain}`,
    password: AGENT_PASSWORD,
    roles: [...agent.roles],
  }));
}
