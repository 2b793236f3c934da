import type { ScenarioSummary } from '../../src/api/types';
import { paths } from '../../src/domain/paths';
import { MCA_TEMPLATE_ID } from '../db/reference-data';
import type { AgreementRow, PartnerRow, RelationshipRow, Seed, TenantRow, UserRow } from '../db/schema';
import {
  ALPINE,
  CONTOSO_DISTRIBUTION,
  FABRIKAM,
  LUCERNE,
  PROSEWARE,
  TAILSPIN,
  TREY,
  agentsOf,
  generatedPartner,
} from './partners';
import { bulkGdapRelationships, gdapRelationship } from './gdap-rows';
import { MICROSOFT_LED_ROLE_KEYS, microsoftLedName } from '../../src/domain/gdap';

// The named demo scenarios. Each seed is a function so that nothing is built at import time, and each
// returns the same rows every time (ids and dates are fixed).
export interface ScenarioDefinition extends Omit<ScenarioSummary, 'accounts' | 'partnerAccounts'> {
  seed: () => Seed;
  /**
   * The simulated day the scenario starts on, when its story depends on dates (a request sent three days
   * ago, a relationship ending in three weeks): the clock starts there and runs on, unless `?now=` fixes it.
   */
  startsAt?: string;
}

/** A scenario as written below: the partner agents are added from the partner directory. */
interface ScenarioDraft extends Omit<ScenarioDefinition, 'seed'> {
  seed: () => Omit<Seed, 'agents'>;
}

const tenant = (
  id: string,
  displayName: string,
  domainPrefix: string,
  country: string,
  profile?: TenantRow['profile'],
): TenantRow => ({
  id,
  displayName,
  defaultDomain: `${domainPrefix}.onmicrosoft.com`,
  country,
  ...(profile ? { profile } : {}),
});

const user = (
  t: TenantRow,
  id: string,
  alias: string,
  displayName: string,
  password: string,
  roles: UserRow['roles'],
  temporaryPassword = false,
): UserRow => ({
  id,
  tenantId: t.id,
  displayName,
  userPrincipalName: `${alias}@${t.defaultDomain}`,
  password,
  temporaryPassword,
  roles,
});

const relationship = (
  t: TenantRow,
  p: PartnerRow,
  types: RelationshipRow['types'],
  since: string,
  roles: RelationshipRow['roles'] = [],
): RelationshipRow => ({ tenantId: t.id, partnerId: p.id, types, roles, since });

const empty = { agreements: [], purchases: [], relationships: [], gdapRelationships: [] };
const agreementLink = {
  label: { 'en-US': 'Accept agreement link', 'it-IT': 'Link Accetta il contratto' },
  route: paths.agreement.href(),
};
const invitationLink = (p: PartnerRow, dap: boolean) => ({
  label: {
    'en-US': `Reseller invitation from ${p.name} (DAP=${dap})`,
    'it-IT': `Invito rivenditore da ${p.name} (DAP=${dap})`,
  },
  route: paths.invitation.href({ partnerId: p.id, dap }),
});
const indirectInvitationLink = (reseller: PartnerRow, provider: PartnerRow) => ({
  label: {
    'en-US': `Indirect reseller invitation from ${reseller.name} and ${provider.name}`,
    'it-IT': `Invito rivenditore indiretto da ${reseller.name} e ${provider.name}`,
  },
  route: paths.invitation.href({
    partnerId: reseller.id,
    dap: false,
    indirect: { providerId: provider.id, mpnId: reseller.mpnId },
  }),
});

const contosoNew = tenant('c0a1e5b2-0001-4a6e-9b1c-000000000001', 'Contoso New Ltd', 'contosonew', 'US');
const northwind = tenant(
  'c0a1e5b2-0002-4a6e-9b1c-000000000002',
  'Northwind Traders',
  'northwindtraders',
  'IT',
);
const adatum = tenant('c0a1e5b2-0003-4a6e-9b1c-000000000003', 'Adatum Corporation', 'adatum', 'DE');
const litware = tenant('c0a1e5b2-0004-4a6e-9b1c-000000000004', 'Litware Inc', 'litware', 'FR');
const woodgrove = tenant('c0a1e5b2-0005-4a6e-9b1c-000000000005', 'Woodgrove Bank', 'woodgrovebank', 'GB');
const fourthCoffee = tenant('c0a1e5b2-0006-4a6e-9b1c-000000000006', 'Fourth Coffee', 'fourthcoffee', 'IT');
const margies = tenant('c0a1e5b2-0007-4a6e-9b1c-000000000007', "Margie's Travel", 'margiestravel', 'US');

const profile = (
  line1: string,
  city: string,
  postalCode: string,
  firstName: string,
  lastName: string,
  email: string,
  createdAt: string,
): TenantRow['profile'] => ({
  address: { line1, city, postalCode, state: '' },
  primaryContact: { firstName, lastName, email },
  createdBy: 'Partner Center',
  createdAt,
});
const relecloud = tenant(
  'c0a1e5b2-0008-4a6e-9b1c-000000000008',
  'Relecloud',
  'relecloud',
  'US',
  profile(
    '9 Cloud Street',
    'Seattle',
    '98104',
    'Avery',
    'Howard',
    'avery.howard@relecloud.example',
    '2025-01-20T10:00:00Z',
  ),
);
const wingtip = tenant(
  'c0a1e5b2-0009-4a6e-9b1c-000000000009',
  'Wingtip Toys',
  'wingtiptoys',
  'IT',
  profile(
    'Via Roma 1',
    'Torino',
    '10121',
    'Chiara',
    'Ferri',
    'chiara.ferri@wingtiptoys.example',
    '2025-03-02T09:00:00Z',
  ),
);
const graphicDesign = tenant(
  'c0a1e5b2-0010-4a6e-9b1c-000000000010',
  'Graphic Design Institute',
  'graphicdesigninstitute',
  'GB',
  profile(
    '4 Print Row',
    'Leeds',
    'LS1 4AP',
    'Harper',
    'Lewis',
    'harper.lewis@graphicdesign.example',
    '2025-10-14T08:30:00Z',
  ),
);
const coho = tenant(
  'c0a1e5b2-0011-4a6e-9b1c-000000000011',
  'Coho Winery',
  'cohowinery',
  'FR',
  profile(
    '12 Quai des Vignes',
    'Bordeaux',
    '33000',
    'Louis',
    'Moreau',
    'louis.moreau@cohowinery.example',
    '2025-06-05T12:00:00Z',
  ),
);

/** A tenant with `count` generated partners, for filtering, paging and performance checks. */
function bulkPartnersSeed(
  t: TenantRow,
  admin: UserRow,
  count: number,
  accepted: AgreementRow,
): Omit<Seed, 'agents'> {
  const partners = Array.from({ length: count }, (_, index) => generatedPartner(index));
  const kinds: RelationshipRow['types'][] = [
    ['reseller'],
    ['indirectReseller'],
    ['advisor'],
    ['reseller', 'delegatedAdmin'],
  ];
  return {
    ...empty,
    tenants: [t],
    users: [admin],
    partners,
    relationships: partners.map((p, index) => {
      const types = kinds[index % kinds.length] ?? ['reseller'];
      const day = String((index % 28) + 1).padStart(2, '0');
      return relationship(
        t,
        p,
        types,
        `2020-01-${day}T00:00:00Z`,
        types.includes('delegatedAdmin') ? ['helpdeskAdmin'] : [],
      );
    }),
    agreements: [accepted],
    gdapRelationships: bulkGdapRelationships(t, partners, Math.round((count * 2) / 5)),
  };
}

const directAcceptance = (t: TenantRow, admin: UserRow, id: string, dateAgreed: string): AgreementRow => {
  const [firstName = '', lastName = ''] = admin.displayName.split(' ');
  return {
    id,
    tenantId: t.id,
    type: 'MicrosoftCustomerAgreement',
    templateId: MCA_TEMPLATE_ID,
    dateAgreed,
    acceptedVia: 'direct',
    userId: admin.id,
    partnerId: null,
    primaryContact: { firstName, lastName, email: admin.userPrincipalName },
  };
};

const margiesAdmin = user(
  margies,
  'e0000007-0001-4000-8000-000000000001',
  'admin',
  'Margie Shoop',
  'Margies#2026',
  ['globalAdmin'],
);
const lamna = tenant('c0a1e5b2-0012-4a6e-9b1c-000000000012', 'Lamna Healthcare', 'lamnahealthcare', 'US');
const lamnaAdmin = user(
  lamna,
  'e0000012-0001-4000-8000-000000000001',
  'admin',
  'Nestor Wilke',
  'Lamna#2026',
  ['globalAdmin'],
);

// The GDAP scenarios start on a fixed simulated day, so that "sent three days ago" stays true on any day.
const GDAP_START = '2026-12-01T09:00:00Z';
const gdapApprovalLink = (id: string) => ({
  label: { 'en-US': 'GDAP approval link', 'it-IT': 'Link di approvazione GDAP' },
  route: paths.gdapApproval.href(id),
});
const bellows = tenant('c0a1e5b2-0013-4a6e-9b1c-000000000013', 'Bellows College', 'bellowscollege', 'US');
const bellowsPending = gdapRelationship({
  serial: 0xd1a90001,
  partner: FABRIKAM,
  tenant: bellows,
  displayName: 'Fabrikam managed services',
  roles: [
    'globalAdministrator',
    'helpdeskAdministrator',
    'userAdministrator',
    'billingAdministrator',
    'exchangeAdministrator',
    'teamsAdministrator',
  ],
  status: 'approvalPending',
  createdAt: '2026-11-28T09:50:00Z',
  requestedAt: '2026-11-28T10:00:00Z',
});
const humongous = tenant(
  'c0a1e5b2-0014-4a6e-9b1c-000000000014',
  'Humongous Insurance',
  'humongousinsurance',
  'IT',
);
const tailwind = tenant('c0a1e5b2-0015-4a6e-9b1c-000000000015', 'Tailwind Traders', 'tailwindtraders', 'US');

const drafts: readonly ScenarioDraft[] = [
  {
    id: 'new-customer',
    title: {
      'en-US': 'New customer, invited by a direct-bill partner',
      'it-IT': 'Nuovo cliente, invitato da un partner a fatturazione diretta',
    },
    description: {
      'en-US':
        'Fabrikam created this tenant and handed over a temporary password. The customer sets a new password, then accepts the reseller relationship (with delegated admin roles) and the MCA.',
      'it-IT':
        'Fabrikam ha creato questo tenant e ha consegnato una password temporanea. Il cliente imposta una nuova password, poi accetta la relazione come rivenditore (con ruoli di amministrazione delegata, DAP) e il contratto MCA.',
    },
    links: [invitationLink(FABRIKAM, true), agreementLink],
    seed: () => ({
      ...empty,
      tenants: [contosoNew],
      users: [
        user(
          contosoNew,
          'e0000001-0001-4000-8000-000000000001',
          'admin',
          'Alex Wilber',
          'TempPass#2026',
          ['globalAdmin'],
          true,
        ),
      ],
      partners: [FABRIKAM],
    }),
  },
  {
    id: 'existing-customer',
    title: {
      'en-US': 'Existing customer asked to accept the MCA',
      'it-IT': 'Cliente esistente a cui si chiede di accettare il contratto MCA',
    },
    description: {
      'en-US':
        'Northwind Traders already works with Trey Research as its reseller and has not accepted the MCA. Its Italian agreement is offered in Italian.',
      'it-IT':
        'Northwind Traders lavora già con Trey Research come rivenditore e non ha accettato il contratto MCA. Il contratto per l’Italia è disponibile in italiano.',
    },
    links: [agreementLink, invitationLink(TAILSPIN, false)],
    seed: () => ({
      ...empty,
      tenants: [northwind],
      users: [
        user(northwind, 'e0000002-0001-4000-8000-000000000001', 'admin', 'Marco Rossi', 'Northwind#2026', [
          'globalAdmin',
        ]),
        user(northwind, 'e0000002-0002-4000-8000-000000000002', 'billing', 'Giulia Bianchi', 'Billing#2026', [
          'billingAdmin',
        ]),
      ],
      partners: [TREY, TAILSPIN],
      relationships: [relationship(northwind, TREY, ['reseller'], '2024-05-10T09:00:00Z')],
      purchases: [
        {
          id: 'b0000002-0001-4000-8000-000000000001',
          tenantId: northwind.id,
          productId: 'm365-business-basic',
          kind: 'offer',
          quantity: 12,
          partnerId: null,
          purchasedAt: '2025-09-01T10:00:00Z',
        },
      ],
    }),
  },
  {
    id: 'scenario-1',
    title: {
      'en-US': 'Scenario 1: purchases through an existing partner',
      'it-IT': 'Scenario 1: acquisti tramite un partner esistente',
    },
    description: {
      'en-US':
        'Adatum bought an Azure plan and subscriptions through Fabrikam, and the MCA is not confirmed. The Accept agreement link asks the customer to reach out to the partner until Fabrikam attests.',
      'it-IT':
        'Adatum ha acquistato un piano di Azure e abbonamenti tramite Fabrikam e il contratto MCA non è confermato. Il link Accetta il contratto chiede di contattare il partner finché Fabrikam non conferma.',
    },
    links: [agreementLink],
    seed: () => ({
      ...empty,
      tenants: [adatum],
      users: [
        user(adatum, 'e0000003-0001-4000-8000-000000000001', 'admin', 'Lena Fischer', 'Adatum#2026', [
          'globalAdmin',
        ]),
      ],
      partners: [FABRIKAM],
      relationships: [relationship(adatum, FABRIKAM, ['reseller'], '2023-03-15T08:00:00Z')],
      purchases: [
        {
          id: 'b0000003-0001-4000-8000-000000000001',
          tenantId: adatum.id,
          productId: 'azure-plan',
          kind: 'azurePlan',
          quantity: 1,
          partnerId: FABRIKAM.id,
          purchasedAt: '2024-02-01T09:30:00Z',
        },
        {
          id: 'b0000003-0002-4000-8000-000000000002',
          tenantId: adatum.id,
          productId: 'm365-business-standard',
          kind: 'offer',
          quantity: 40,
          partnerId: FABRIKAM.id,
          purchasedAt: '2024-06-20T14:00:00Z',
        },
      ],
    }),
  },
  {
    id: 'scenario-2',
    title: {
      'en-US': 'Scenario 2: purchases, then a new partner',
      'it-IT': 'Scenario 2: acquisti, poi un nuovo partner',
    },
    description: {
      'en-US':
        'Litware bought Reserved Instances through Alpine IT. Tailspin, a partner new to Litware, sends a reseller invitation: the customer is asked to reach out to the partner.',
      'it-IT':
        'Litware ha acquistato istanze riservate tramite Alpine IT. Tailspin, un partner nuovo per Litware, invia un invito come rivenditore: al cliente viene chiesto di contattare il partner.',
    },
    links: [invitationLink(TAILSPIN, false)],
    seed: () => ({
      ...empty,
      tenants: [litware],
      users: [
        user(litware, 'e0000004-0001-4000-8000-000000000001', 'admin', 'Camille Martin', 'Litware#2026', [
          'globalAdmin',
        ]),
      ],
      partners: [ALPINE, TAILSPIN],
      relationships: [relationship(litware, ALPINE, ['reseller'], '2022-11-02T10:00:00Z')],
      purchases: [
        {
          id: 'b0000004-0001-4000-8000-000000000001',
          tenantId: litware.id,
          productId: 'reserved-vm-d2s',
          kind: 'reservedInstance',
          quantity: 4,
          partnerId: ALPINE.id,
          purchasedAt: '2025-01-10T11:00:00Z',
        },
      ],
    }),
  },
  {
    id: 'six-partners',
    title: {
      'en-US': 'A customer with six partners of different kinds',
      'it-IT': 'Un cliente con sei partner di tipo diverso',
    },
    description: {
      'en-US':
        'Woodgrove Bank accepted the MCA and works with a reseller with delegated admin roles, an indirect provider, an indirect reseller, an advisor and two more. Try the details and Remove roles.',
      'it-IT':
        'Woodgrove Bank ha accettato il contratto MCA e lavora con un rivenditore con ruoli di amministrazione delegata (DAP), un provider indiretto, un rivenditore indiretto, un consulente e altri due. Prova i dettagli e Rimuovi ruoli.',
    },
    links: [],
    seed: () => ({
      gdapRelationships: [],
      tenants: [woodgrove],
      users: [
        user(woodgrove, 'e0000005-0001-4000-8000-000000000001', 'admin', 'Oliver Smith', 'Woodgrove#2026', [
          'globalAdmin',
        ]),
      ],
      partners: [FABRIKAM, CONTOSO_DISTRIBUTION, PROSEWARE, LUCERNE, ALPINE, TREY],
      relationships: [
        relationship(woodgrove, FABRIKAM, ['reseller', 'delegatedAdmin'], '2021-04-01T09:00:00Z', [
          'globalAdmin',
          'helpdeskAdmin',
        ]),
        relationship(woodgrove, CONTOSO_DISTRIBUTION, ['indirectProvider'], '2022-01-17T09:00:00Z'),
        relationship(woodgrove, PROSEWARE, ['indirectReseller'], '2022-01-17T09:05:00Z'),
        relationship(woodgrove, LUCERNE, ['advisor'], '2023-07-03T12:00:00Z', [
          'globalAdmin',
          'helpdeskAdmin',
        ]),
        relationship(woodgrove, ALPINE, ['reseller', 'delegatedAdmin'], '2024-02-29T15:30:00Z', [
          'userAdmin',
        ]),
        relationship(woodgrove, TREY, ['reseller'], '2025-03-12T08:45:00Z'),
      ],
      agreements: [
        {
          id: 'a0000005-0001-4000-8000-000000000001',
          tenantId: woodgrove.id,
          type: 'MicrosoftCustomerAgreement',
          templateId: MCA_TEMPLATE_ID,
          dateAgreed: '2025-06-12T10:20:00Z',
          acceptedVia: 'direct',
          userId: 'e0000005-0001-4000-8000-000000000001',
          partnerId: null,
          primaryContact: {
            firstName: 'Oliver',
            lastName: 'Smith',
            email: 'admin@woodgrovebank.onmicrosoft.com',
          },
        },
        {
          id: 'a0000005-0002-4000-8000-000000000002',
          tenantId: woodgrove.id,
          type: 'MicrosoftCustomerAgreement',
          templateId: MCA_TEMPLATE_ID,
          dateAgreed: '2024-09-30T00:00:00Z',
          acceptedVia: 'partner',
          userId: 'f0000001-0001-4000-8000-000000000001',
          partnerId: FABRIKAM.id,
          primaryContact: {
            firstName: 'Oliver',
            lastName: 'Smith',
            email: 'oliver.smith@woodgrovebank.example',
            phoneNumber: '+44 20 7946 0000',
          },
        },
      ],
      purchases: [],
    }),
  },
  {
    id: 'read-only-user',
    title: { 'en-US': 'A user without admin roles', 'it-IT': 'Un utente senza ruoli di amministratore' },
    description: {
      'en-US':
        'Fourth Coffee has not accepted the MCA. Sign in as the user without admin roles to see who may accept, or as the admin to accept.',
      'it-IT':
        'Fourth Coffee non ha accettato il contratto MCA. Accedi come utente senza ruoli di amministratore per vedere chi può accettare, oppure come amministratore per accettare.',
    },
    links: [agreementLink, invitationLink(TAILSPIN, true)],
    seed: () => ({
      ...empty,
      tenants: [fourthCoffee],
      users: [
        user(fourthCoffee, 'e0000006-0001-4000-8000-000000000001', 'user', 'Sara Conti', 'Reader#2026', []),
        user(fourthCoffee, 'e0000006-0002-4000-8000-000000000002', 'reports', 'Luca Greco', 'Reports#2026', [
          'reportsReader',
        ]),
        user(fourthCoffee, 'e0000006-0003-4000-8000-000000000003', 'admin', 'Elena Romano', 'Fourth#2026', [
          'globalAdmin',
        ]),
      ],
      partners: [TREY, TAILSPIN],
      relationships: [relationship(fourthCoffee, TREY, ['reseller'], '2024-10-01T09:00:00Z')],
    }),
  },
  {
    id: 'many-partners',
    title: { 'en-US': 'A tenant with 5,000 partners', 'it-IT': 'Un tenant con 5.000 partner' },
    description: {
      'en-US':
        "Margie's Travel has 5,000 partner relationships: for filtering, paging and performance checks.",
      'it-IT':
        "Margie's Travel ha 5.000 relazioni con partner: per provare filtro, paginazione e prestazioni.",
    },
    links: [],
    seed: () =>
      bulkPartnersSeed(
        margies,
        margiesAdmin,
        5000,
        directAcceptance(
          margies,
          margiesAdmin,
          'a0000007-0001-4000-8000-000000000001',
          '2025-02-03T09:00:00Z',
        ),
      ),
  },
  {
    id: 'fifty-partners',
    title: { 'en-US': 'A tenant with 50 partners', 'it-IT': 'Un tenant con 50 partner' },
    description: {
      'en-US':
        'Lamna Healthcare has 50 partner relationships: the benchmark compares filtering here with 5,000.',
      'it-IT':
        'Lamna Healthcare ha 50 relazioni con partner: il benchmark confronta il filtro qui con 5.000.',
    },
    links: [],
    seed: () =>
      bulkPartnersSeed(
        lamna,
        lamnaAdmin,
        50,
        directAcceptance(lamna, lamnaAdmin, 'a0000012-0001-4000-8000-000000000001', '2025-02-03T09:00:00Z'),
      ),
  },
  {
    id: 'partner-training',
    title: {
      'en-US': 'Partner and customer, side by side',
      'it-IT': 'Partner e cliente, fianco a fianco',
    },
    description: {
      'en-US':
        'For trainers: sign in to Partner Center (simulated) as Fabrikam in one tab and as a customer in another. Relecloud is confirmed by attestation, Wingtip Toys accepted directly, Graphic Design Institute has not accepted, and Coho Winery buys through Proseware, an indirect reseller of Contoso Distribution.',
      'it-IT':
        'Per i formatori: accedi al Centro per i partner (simulato) come Fabrikam in una scheda e come cliente in un’altra. Relecloud è confermato da attestazione, Wingtip Toys ha accettato direttamente, Graphic Design Institute non ha accettato e Coho Winery acquista tramite Proseware, rivenditore indiretto di Contoso Distribution.',
    },
    links: [
      agreementLink,
      invitationLink(FABRIKAM, false),
      indirectInvitationLink(PROSEWARE, CONTOSO_DISTRIBUTION),
    ],
    seed: () => ({
      ...empty,
      tenants: [relecloud, wingtip, graphicDesign, coho],
      users: [
        user(graphicDesign, 'e0000010-0001-4000-8000-000000000001', 'admin', 'Harper Lewis', 'Design#2026', [
          'globalAdmin',
        ]),
        user(wingtip, 'e0000009-0001-4000-8000-000000000001', 'admin', 'Chiara Ferri', 'Wingtip#2026', [
          'globalAdmin',
        ]),
        user(relecloud, 'e0000008-0001-4000-8000-000000000001', 'admin', 'Avery Howard', 'Relecloud#2026', [
          'globalAdmin',
        ]),
        user(coho, 'e0000011-0001-4000-8000-000000000001', 'admin', 'Louis Moreau', 'Coho#2026', [
          'globalAdmin',
        ]),
      ],
      partners: [FABRIKAM, CONTOSO_DISTRIBUTION, PROSEWARE],
      relationships: [
        relationship(relecloud, FABRIKAM, ['reseller'], '2025-01-20T10:00:00Z'),
        relationship(wingtip, FABRIKAM, ['reseller', 'delegatedAdmin'], '2025-03-02T09:00:00Z', [
          'globalAdmin',
          'helpdeskAdmin',
        ]),
        relationship(graphicDesign, FABRIKAM, ['reseller'], '2025-10-14T08:30:00Z'),
        relationship(coho, CONTOSO_DISTRIBUTION, ['indirectProvider'], '2025-06-05T12:00:00Z'),
        relationship(coho, PROSEWARE, ['indirectReseller'], '2025-06-05T12:05:00Z'),
      ],
      agreements: [
        {
          id: 'a0000008-0001-4000-8000-000000000001',
          tenantId: relecloud.id,
          type: 'MicrosoftCustomerAgreement',
          templateId: MCA_TEMPLATE_ID,
          dateAgreed: '2025-01-20T00:00:00Z',
          acceptedVia: 'partner',
          userId: agentsOf(FABRIKAM)[0]?.id ?? '',
          partnerId: FABRIKAM.id,
          primaryContact: { firstName: 'Avery', lastName: 'Howard', email: 'avery.howard@relecloud.example' },
        },
        {
          id: 'a0000009-0001-4000-8000-000000000001',
          tenantId: wingtip.id,
          type: 'MicrosoftCustomerAgreement',
          templateId: MCA_TEMPLATE_ID,
          dateAgreed: '2025-03-04T15:10:00Z',
          acceptedVia: 'direct',
          userId: 'e0000009-0001-4000-8000-000000000001',
          partnerId: null,
          primaryContact: {
            firstName: 'Chiara',
            lastName: 'Ferri',
            email: 'admin@wingtiptoys.onmicrosoft.com',
          },
        },
      ],
    }),
  },
  {
    id: 'gdap-approval',
    title: {
      'en-US': 'GDAP: approve partner roles',
      'it-IT': 'GDAP: approvare i ruoli del partner',
    },
    description: {
      'en-US':
        'Fabrikam, which still holds DAP roles at Bellows College, sent a GDAP request three days ago: six roles including Global Administrator, for 730 days. Open the approval link as the Global admin (or as the Billing admin, who may not approve).',
      'it-IT':
        'Fabrikam, che ha ancora ruoli DAP presso Bellows College, ha inviato tre giorni fa una richiesta GDAP: sei ruoli, tra cui Amministratore globale, per 730 giorni. Apri il link di approvazione come amministratore globale (o come amministratore fatturazione, che non può approvare).',
    },
    links: [gdapApprovalLink(bellowsPending.id)],
    startsAt: GDAP_START,
    seed: () => ({
      ...empty,
      tenants: [bellows],
      users: [
        user(bellows, 'e0000013-0001-4000-8000-000000000001', 'admin', 'Patti Fernandez', 'Bellows#2026', [
          'globalAdmin',
        ]),
        user(bellows, 'e0000013-0002-4000-8000-000000000002', 'billing', 'Alex Wilber', 'Billing#2026', [
          'billingAdmin',
        ]),
      ],
      partners: [FABRIKAM],
      relationships: [
        relationship(bellows, FABRIKAM, ['reseller', 'delegatedAdmin'], '2021-09-01T08:00:00Z', [
          'globalAdmin',
          'helpdeskAdmin',
        ]),
      ],
      gdapRelationships: [bellowsPending],
    }),
  },
  {
    id: 'dap-to-gdap',
    title: {
      'en-US': 'GDAP: the Microsoft-led transition from DAP',
      'it-IT': 'GDAP: la transizione da DAP guidata da Microsoft',
    },
    description: {
      'en-US':
        'Trey Research had DAP at Humongous Insurance; Microsoft created the MLT_ GDAP relationship with its nine roles beside it. The DAP review bar shows until the customer removes the DAP roles.',
      'it-IT':
        'Trey Research aveva DAP presso Humongous Insurance; Microsoft ha creato accanto la relazione GDAP MLT_ con i suoi nove ruoli. La barra di revisione DAP resta finché il cliente non rimuove i ruoli DAP.',
    },
    links: [],
    startsAt: GDAP_START,
    seed: () => ({
      ...empty,
      tenants: [humongous],
      users: [
        user(humongous, 'e0000014-0001-4000-8000-000000000001', 'admin', 'Giulia Conti', 'Humongous#2026', [
          'globalAdmin',
        ]),
      ],
      partners: [TREY],
      relationships: [
        relationship(humongous, TREY, ['reseller', 'delegatedAdmin'], '2019-05-10T08:00:00Z', [
          'globalAdmin',
          'helpdeskAdmin',
        ]),
      ],
      gdapRelationships: [
        gdapRelationship({
          serial: 0xd1a90002,
          partner: TREY,
          tenant: humongous,
          displayName: microsoftLedName(TREY.id, humongous.id, '20250602'),
          roles: MICROSOFT_LED_ROLE_KEYS,
          status: 'active',
          createdAt: '2025-06-02T00:00:00Z',
          requestedAt: '2025-06-02T00:00:00Z',
          activatedAt: '2025-06-02T00:05:00Z',
        }),
      ],
    }),
  },
  {
    id: 'gdap-lifecycle',
    title: {
      'en-US': 'GDAP: relationships in every status',
      'it-IT': 'GDAP: relazioni in ogni stato',
    },
    description: {
      'en-US':
        'Tailwind Traders has GDAP relationships with three partners that are activating, active, expiring in three weeks, expired, terminating and terminated: for the Status filter, Remove roles and moving time.',
      'it-IT':
        'Tailwind Traders ha relazioni GDAP con tre partner: in attivazione, attive, in scadenza tra tre settimane, scadute, in terminazione e terminate. Per provare il filtro Stato, Rimuovi ruoli e l’avanzamento del tempo.',
    },
    links: [],
    startsAt: GDAP_START,
    seed: () => ({
      ...empty,
      tenants: [tailwind],
      users: [
        user(tailwind, 'e0000015-0001-4000-8000-000000000001', 'admin', 'Lynne Robbins', 'Tailwind#2026', [
          'globalAdmin',
        ]),
      ],
      partners: [FABRIKAM, TAILSPIN, ALPINE],
      relationships: [
        relationship(tailwind, FABRIKAM, ['reseller'], '2024-01-15T08:00:00Z'),
        relationship(tailwind, TAILSPIN, ['reseller'], '2024-05-01T08:00:00Z'),
        relationship(tailwind, ALPINE, ['advisor'], '2025-01-10T08:00:00Z'),
      ],
      gdapRelationships: [
        gdapRelationship({
          serial: 0xd1a90011,
          partner: FABRIKAM,
          tenant: tailwind,
          displayName: 'Fabrikam tier 1 support',
          roles: [
            'helpdeskAdministrator',
            'userAdministrator',
            'licenseAdministrator',
            'serviceSupportAdministrator',
            'globalReader',
            'directoryReaders',
            'exchangeAdministrator',
          ],
          status: 'active',
          createdAt: '2026-02-27T09:00:00Z',
          activatedAt: '2026-03-01T09:00:00Z',
        }),
        gdapRelationship({
          serial: 0xd1a90012,
          partner: FABRIKAM,
          tenant: tailwind,
          displayName: 'Fabrikam security review',
          roles: ['securityAdministrator', 'globalReader'],
          status: 'expiring',
          createdAt: '2025-12-18T09:00:00Z',
          activatedAt: '2025-12-22T09:00:00Z',
          durationDays: 365,
          lastModifiedAt: '2026-11-22T09:00:00Z',
        }),
        gdapRelationship({
          serial: 0xd1a90013,
          partner: FABRIKAM,
          tenant: tailwind,
          displayName: 'Fabrikam migration 2025',
          roles: ['exchangeAdministrator', 'sharePointAdministrator', 'teamsAdministrator'],
          status: 'terminated',
          createdAt: '2025-01-08T09:00:00Z',
          activatedAt: '2025-01-10T09:00:00Z',
          lastModifiedAt: '2026-06-01T12:00:00Z',
          endedBy: 'customer',
        }),
        gdapRelationship({
          serial: 0xd1a90021,
          partner: TAILSPIN,
          tenant: tailwind,
          displayName: 'Tailspin onboarding',
          roles: ['userAdministrator', 'groupsAdministrator'],
          status: 'activating',
          createdAt: '2026-11-30T15:00:00Z',
          lastModifiedAt: '2026-12-01T08:55:00Z',
        }),
        gdapRelationship({
          serial: 0xd1a90022,
          partner: TAILSPIN,
          tenant: tailwind,
          displayName: 'Tailspin pilot',
          roles: ['globalReader'],
          status: 'expired',
          createdAt: '2024-05-01T09:00:00Z',
          activatedAt: '2024-05-02T09:00:00Z',
          durationDays: 365,
          lastModifiedAt: '2025-05-02T09:00:00Z',
        }),
        gdapRelationship({
          serial: 0xd1a90031,
          partner: ALPINE,
          tenant: tailwind,
          displayName: 'Alpine IT helpdesk',
          roles: ['helpdeskAdministrator', 'passwordAdministrator'],
          status: 'terminating',
          createdAt: '2025-09-01T09:00:00Z',
          activatedAt: '2025-09-02T09:00:00Z',
          lastModifiedAt: '2026-12-01T08:30:00Z',
          endedBy: 'partner',
        }),
        gdapRelationship({
          serial: 0xd1a90032,
          partner: ALPINE,
          tenant: tailwind,
          displayName: 'Alpine IT reporting',
          roles: ['reportsReader'],
          status: 'active',
          createdAt: '2026-01-14T09:00:00Z',
          activatedAt: '2026-01-15T09:00:00Z',
          durationDays: 180,
          autoExtendDays: 180,
        }),
      ],
    }),
  },
];

export const scenarios: readonly ScenarioDefinition[] = drafts.map((draft) => ({
  ...draft,
  seed: () => {
    const seed = draft.seed();
    return { ...seed, agents: seed.partners.flatMap(agentsOf) };
  },
}));

export const DEFAULT_SCENARIO_ID = 'existing-customer';

export function findScenario(id: string): ScenarioDefinition | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
