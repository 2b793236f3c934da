import type { MessageKey } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';

// What the Training page and its checklist say about each procedure and step, in both languages. These
// texts are long and only trainers read them, so they live here, in the Training chunk, instead of the
// locale files every first visit downloads (the size budget is 300 KB and the app is at 295).

type Text = Record<Language, string>;

/** The control Show me points at: found by role and visible name, on `path` of `side` (navigated to first). */
export interface ShowMeTarget {
  side: 'customer' | 'partner';
  path?: string;
  role: 'button' | 'link' | 'checkbox' | 'radio' | 'textbox';
  /** A locale key (the control's label) or a literal name (a customer's name in a list). */
  name: { key: MessageKey } | { text: string };
}

export interface StepText {
  do: Text;
  guide: Text;
  notice: Text;
  showMe?: ShowMeTarget;
}

export interface ProcedureText {
  title: Text;
  teaches: Text;
  steps: Record<string, StepText>;
}

const g = {
  template: {
    'en-US': 'Access Microsoft Customer Agreement template',
    'it-IT': 'Accedere al modello del Contratto del cliente Microsoft',
  },
  newCustomers: {
    'en-US': 'Confirm customer acceptance for new customers',
    'it-IT': 'Confermare l’accettazione del cliente per i nuovi clienti',
  },
  existingCustomers: {
    'en-US': 'Confirm customer acceptance for existing customers',
    'it-IT': 'Confermare l’accettazione del cliente per i clienti esistenti',
  },
  retrieve: {
    'en-US': 'Retrieve confirmation of customer acceptance',
    'it-IT': 'Recuperare la conferma dell’accettazione del cliente',
  },
  api: {
    'en-US': 'Confirm customer acceptance using Partner Center API/SDK',
    'it-IT': 'Confermare l’accettazione del cliente con l’API/SDK del Centro per i partner',
  },
  option2: {
    'en-US': 'Option 2: Customer acceptance in Microsoft 365 Admin Center',
    'it-IT': 'Opzione 2: accettazione del cliente nell’interfaccia di amministrazione di Microsoft 365',
  },
  createInvite: {
    'en-US': 'Create a new customer and invite the customer to review and accept the agreement',
    'it-IT': 'Creare un nuovo cliente e invitarlo a esaminare e accettare il contratto',
  },
  inviteNew: {
    'en-US':
      'Invite a new customer to review and accept the reseller relationship and Microsoft Customer Agreement',
    'it-IT':
      'Invitare un nuovo cliente a esaminare e accettare la relazione come rivenditore e il Contratto del cliente Microsoft',
  },
  inviteExisting: {
    'en-US': 'Invite an existing customer to review and accept the agreement',
    'it-IT': 'Invitare un cliente esistente a esaminare e accettare il contratto',
  },
  twoScenarios: {
    'en-US': 'Two scenarios where you need to attest on behalf of your customer',
    'it-IT': 'Due scenari in cui occorre confermare per conto del cliente',
  },
  gdapRequest: {
    'en-US': 'GDAP: request an admin relationship',
    'it-IT': 'GDAP: richiedere una relazione di amministratore',
  },
  gdapApprove: {
    'en-US': 'GDAP: the customer approves the partner’s roles',
    'it-IT': 'GDAP: il cliente approva i ruoli del partner',
  },
  removeRoles: {
    'en-US': 'Partner relationships: remove a partner’s roles',
    'it-IT': 'Relazioni con i partner: rimuovere i ruoli di un partner',
  },
  gdapExpiry: {
    'en-US': 'GDAP: expiration and reminders',
    'it-IT': 'GDAP: scadenza e promemoria',
  },
} satisfies Record<string, Text>;

const partnerSignIn: StepText = {
  do: {
    'en-US': 'Sign in to Partner Center (simulated) as adele@fabrikam.example, password Partner#2026.',
    'it-IT': 'Accedi al Centro per i partner (simulato) come adele@fabrikam.example, password Partner#2026.',
  },
  guide: {
    'en-US': 'Appropriate roles: Admin agent | Sales agent',
    'it-IT': 'Ruoli appropriati: agente amministratore | agente di vendita',
  },
  notice: {
    'en-US': 'Adele is an Admin agent of Fabrikam, a direct-bill partner: she may confirm acceptance.',
    'it-IT':
      'Adele è agente amministratore di Fabrikam, partner a fatturazione diretta: può confermare l’accettazione.',
  },
  showMe: { side: 'partner', path: '/partner-center/signin', role: 'button', name: { key: 'signIn.submit' } },
};

const customerSignIn = (
  account: string,
  password: string,
  notice: Text,
  guide: Text = g.option2,
): StepText => ({
  do: {
    'en-US': `Sign in to the admin center as ${account}, password ${password}.`,
    'it-IT': `Accedi all’interfaccia di amministrazione come ${account}, password ${password}.`,
  },
  guide,
  notice,
  showMe: { side: 'customer', path: '/signin', role: 'button', name: { key: 'signIn.submit' } },
});

const openCustomer = (name: string, notice: Text, guide: Text): StepText => ({
  do: {
    'en-US': `In Customers, select ${name} to open its Account info.`,
    'it-IT': `In Clienti, seleziona ${name} per aprirne le informazioni sull’account.`,
  },
  guide,
  notice,
  showMe: { side: 'partner', path: '/partner-center/customers', role: 'link', name: { text: name } },
});

const attestExisting = (name: string): StepText => ({
  do: {
    'en-US': `On ${name}’s Account info, under Microsoft Customer Agreement select Update, enter the person who accepted and the Agreement acceptance date, then Save.`,
    'it-IT': `Nelle informazioni sull’account di ${name}, sotto Contratto del cliente Microsoft seleziona Aggiorna, inserisci la persona che ha accettato e la data di accettazione, poi Salva.`,
  },
  guide: g.existingCustomers,
  notice: {
    'en-US': 'The date cannot be in the future; the status becomes “Confirmed by partner attestation”.',
    'it-IT': 'La data non può essere futura; lo stato diventa “Confermato dall’attestazione del partner”.',
  },
  showMe: { side: 'partner', role: 'button', name: { key: 'pc.attest.update' } },
});

export const PROCEDURE_TEXT: Record<string, ProcedureText> = {
  'mca-template': {
    title: { 'en-US': 'Access the MCA template', 'it-IT': 'Accedere al modello del contratto MCA' },
    teaches: {
      'en-US':
        'The Microsoft Customer Agreement is country-specific: open the one for the customer’s country.',
      'it-IT': 'Il Contratto del cliente Microsoft dipende dal paese: apri quello del paese del cliente.',
    },
    steps: {
      signIn: customerSignIn(
        'admin@graphicdesigninstitute.onmicrosoft.com',
        'Design#2026',
        {
          'en-US': 'Graphic Design Institute is in the United Kingdom and has not accepted the MCA.',
          'it-IT': 'Graphic Design Institute ha sede nel Regno Unito e non ha accettato il contratto MCA.',
        },
        g.template,
      ),
      billingAccounts: {
        do: {
          'en-US': 'In the navigation, open Billing › Billing accounts.',
          'it-IT': 'Nella navigazione, apri Fatturazione › Account di fatturazione.',
        },
        guide: g.template,
        notice: {
          'en-US': 'The billing account is Pending agreement until the MCA is accepted.',
          'it-IT':
            'L’account di fatturazione è in attesa del contratto finché il contratto MCA non è accettato.',
        },
        showMe: { side: 'customer', role: 'link', name: { key: 'nav.billingAccounts' } },
      },
      openDocument: {
        do: {
          'en-US':
            'Go to Home, select Accept agreement, then open the Microsoft Customer Agreement link to read the template.',
          'it-IT':
            'Vai alla Home, seleziona Accetta il contratto, poi apri il link Contratto del cliente Microsoft per leggere il modello.',
        },
        guide: g.template,
        notice: {
          'en-US':
            'Country: United Kingdom. The partner API serves the same document by template id and country.',
          'it-IT':
            'Paese: Regno Unito. L’API per i partner restituisce lo stesso documento per id del modello e paese.',
        },
        showMe: { side: 'customer', path: '/homepage', role: 'link', name: { key: 'home.mcaAction' } },
      },
    },
  },
  'attest-new-customer': {
    title: {
      'en-US': 'Confirm acceptance for a new customer (Option 1)',
      'it-IT': 'Confermare l’accettazione per un nuovo cliente (Opzione 1)',
    },
    teaches: {
      'en-US': 'Create a customer in Partner Center and attest its acceptance of the MCA in the same flow.',
      'it-IT':
        'Creare un cliente nel Centro per i partner e confermarne l’accettazione del contratto MCA nello stesso flusso.',
    },
    steps: {
      signIn: partnerSignIn,
      createCustomer: {
        do: {
          'en-US':
            'In Customers select Add customer. Fill in the company, a free domain (Check availability), the address and the primary contact. Under Microsoft agreement choose “The customer has accepted…”, enter a past Agreement acceptance date, then Next: Review and Submit.',
          'it-IT':
            'In Clienti seleziona Aggiungi cliente. Compila società, un dominio libero (Verifica disponibilità), indirizzo e contatto principale. Sotto Contratto Microsoft scegli “Il cliente ha accettato…”, inserisci una data di accettazione passata, poi Avanti: Rivedi e Invia.',
        },
        guide: g.newCustomers,
        notice: {
          'en-US': 'The Confirmation screen shows the new admin’s temporary password only once.',
          'it-IT':
            'La schermata di conferma mostra la password temporanea del nuovo amministratore una sola volta.',
        },
        showMe: {
          side: 'partner',
          path: '/partner-center/customers',
          role: 'link',
          name: { key: 'pc.customers.add' },
        },
      },
      attested: {
        do: {
          'en-US':
            'Submitting also saves the confirmation: wait for “The customer’s acceptance … is confirmed”.',
          'it-IT': 'L’invio salva anche la conferma: attendi “L’accettazione del cliente … è confermata”.',
        },
        guide: g.newCustomers,
        notice: {
          'en-US': 'Partner Center records who accepted and when (POST /v1/customers/{id}/agreements).',
          'it-IT':
            'Il Centro per i partner registra chi ha accettato e quando (POST /v1/customers/{id}/agreements).',
        },
      },
      checkAccountInfo: {
        do: {
          'en-US': 'Select View account info to see the confirmation under Microsoft Customer Agreement.',
          'it-IT':
            'Seleziona Visualizza le informazioni sull’account per vedere la conferma sotto Contratto del cliente Microsoft.',
        },
        guide: g.retrieve,
        notice: {
          'en-US': 'Status: Confirmed by partner attestation, with the contact and the date.',
          'it-IT': 'Stato: Confermato dall’attestazione del partner, con il contatto e la data.',
        },
        showMe: { side: 'partner', role: 'link', name: { key: 'pc.newCustomer.viewAccount' } },
      },
    },
  },
  'attest-existing-customer': {
    title: {
      'en-US': 'Confirm acceptance for an existing customer',
      'it-IT': 'Confermare l’accettazione per un cliente esistente',
    },
    teaches: {
      'en-US': 'Attest for a customer that already exists, from its Account info.',
      'it-IT': 'Confermare per un cliente che esiste già, dalle sue informazioni sull’account.',
    },
    steps: {
      signIn: partnerSignIn,
      openAccountInfo: openCustomer(
        'Graphic Design Institute',
        { 'en-US': 'Its status is Not confirmed.', 'it-IT': 'Il suo stato è Non confermato.' },
        g.existingCustomers,
      ),
      attest: attestExisting('Graphic Design Institute'),
    },
  },
  'retrieve-confirmation': {
    title: { 'en-US': 'Retrieve the confirmation', 'it-IT': 'Recuperare la conferma' },
    teaches: {
      'en-US': 'Find whether, when and by whom a customer’s acceptance was confirmed.',
      'it-IT': 'Scoprire se, quando e da chi è stata confermata l’accettazione di un cliente.',
    },
    steps: {
      signIn: partnerSignIn,
      openCustomers: {
        do: { 'en-US': 'Open Customers.', 'it-IT': 'Apri Clienti.' },
        guide: g.retrieve,
        notice: {
          'en-US': 'The Microsoft Customer Agreement column gives each customer’s standing.',
          'it-IT': 'La colonna Contratto del cliente Microsoft indica la situazione di ogni cliente.',
        },
        showMe: { side: 'partner', role: 'link', name: { key: 'pc.nav.customers' } },
      },
      openRelecloud: openCustomer(
        'Relecloud',
        {
          'en-US':
            'Under Microsoft Customer Agreement: Avery Howard accepted on 20 January 2025, confirmed by Fabrikam.',
          'it-IT':
            'Sotto Contratto del cliente Microsoft: Avery Howard ha accettato il 20 gennaio 2025, confermato da Fabrikam.',
        },
        g.retrieve,
      ),
    },
  },
  'confirm-with-api': {
    title: {
      'en-US': 'Confirm acceptance with the API',
      'it-IT': 'Confermare l’accettazione con l’API',
    },
    teaches: {
      'en-US': 'The same attestation through the Partner Center REST API, with npm run api and curl.',
      'it-IT': 'La stessa conferma con l’API REST del Centro per i partner, con npm run api e curl.',
    },
    steps: {
      token: {
        do: {
          'en-US': 'Request a token for Adele (the App+User token).',
          'it-IT': 'Richiedi un token per Adele (il token App+User).',
        },
        guide: g.api,
        notice: {
          'en-US': 'Every later call sends it as Authorization: Bearer.',
          'it-IT': 'Ogni chiamata successiva lo invia come Authorization: Bearer.',
        },
      },
      metadata: {
        do: {
          'en-US': 'Get the agreement metadata: the MCA’s templateId.',
          'it-IT': 'Leggi i metadati del contratto: il templateId del contratto MCA.',
        },
        guide: g.api,
        notice: {
          'en-US': 'The confirmation must name the current template.',
          'it-IT': 'La conferma deve indicare il modello corrente.',
        },
      },
      post: {
        do: {
          'en-US': 'POST the agreement for Graphic Design Institute.',
          'it-IT': 'Invia con POST il contratto per Graphic Design Institute.',
        },
        guide: g.api,
        notice: {
          'en-US': '201 Created; the dateAgreed cannot be in the future.',
          'it-IT': '201 Created; dateAgreed non può essere futura.',
        },
      },
      get: {
        do: {
          'en-US': 'GET the customer’s agreements to retrieve the confirmation.',
          'it-IT': 'Leggi con GET i contratti del cliente per recuperare la conferma.',
        },
        guide: g.retrieve,
        notice: {
          'en-US': 'The item you posted, with its primaryContact.',
          'it-IT': 'L’elemento inviato, con il suo primaryContact.',
        },
      },
    },
  },
  'customer-accepts': {
    title: {
      'en-US': 'The customer accepts in the admin center (Option 2)',
      'it-IT': 'Il cliente accetta nell’interfaccia di amministrazione (Opzione 2)',
    },
    teaches: {
      'en-US': 'What the customer sees and does to accept the MCA directly.',
      'it-IT': 'Cosa vede e fa il cliente per accettare direttamente il contratto MCA.',
    },
    steps: {
      signIn: customerSignIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026', {
        'en-US': 'Northwind Traders is an Italian customer of Trey Research that has not accepted the MCA.',
        'it-IT':
          'Northwind Traders è un cliente italiano di Trey Research che non ha accettato il contratto MCA.',
      }),
      billingAccounts: {
        do: {
          'en-US': 'In the navigation, open Billing › Billing accounts.',
          'it-IT': 'Nella navigazione, apri Fatturazione › Account di fatturazione.',
        },
        guide: g.option2,
        notice: {
          'en-US': 'The billing account is Pending agreement: nothing can be bought yet.',
          'it-IT': 'L’account di fatturazione è in attesa del contratto: non si può ancora acquistare nulla.',
        },
        showMe: { side: 'customer', role: 'link', name: { key: 'nav.billingAccounts' } },
      },
      openAgreement: {
        do: {
          'en-US': 'Go to Home and select Accept agreement (the link a partner sends opens the same page).',
          'it-IT':
            'Vai alla Home e seleziona Accetta il contratto (il link inviato dal partner apre la stessa pagina).',
        },
        guide: g.option2,
        notice: {
          'en-US': 'The agreement is offered in Italian, for the customer’s country.',
          'it-IT': 'Il contratto è proposto in italiano, per il paese del cliente.',
        },
        showMe: { side: 'customer', path: '/homepage', role: 'link', name: { key: 'home.mcaAction' } },
      },
      accept: {
        do: {
          'en-US': 'Check the box to accept the agreement, then select Accept.',
          'it-IT': 'Seleziona la casella per accettare il contratto, poi Accetta.',
        },
        guide: g.option2,
        notice: {
          'en-US': 'Only a Global admin or a Billing admin may accept.',
          'it-IT': 'Solo un amministratore globale o di fatturazione può accettare.',
        },
        showMe: {
          side: 'customer',
          path: '/BillingAccounts/agreement',
          role: 'checkbox',
          name: { key: 'agreement.accept' },
        },
      },
      partners: {
        do: {
          'en-US':
            'See the consolidated list of your partners: it opens after you accept (later: Settings › Partner relationships).',
          'it-IT':
            'Guarda l’elenco consolidato dei tuoi partner: si apre dopo l’accettazione (in seguito: Impostazioni › Relazioni con i partner).',
        },
        guide: g.inviteExisting,
        notice: {
          'en-US':
            'The consolidated list of the partners the customer works with; select one for its details.',
          'it-IT':
            'L’elenco consolidato dei partner con cui lavora il cliente; selezionane uno per i dettagli.',
        },
        showMe: { side: 'customer', role: 'link', name: { key: 'nav.partnerRelationships' } },
      },
    },
  },
  'create-and-accept': {
    title: {
      'en-US': 'Create a customer and have it accept',
      'it-IT': 'Creare un cliente e fargli accettare il contratto',
    },
    teaches: {
      'en-US':
        'Create a customer who accepts the MCA in the admin center, with the credentials you hand over.',
      'it-IT':
        'Creare un cliente che accetta il contratto MCA nell’interfaccia di amministrazione, con le credenziali che consegni.',
    },
    steps: {
      signIn: partnerSignIn,
      createInvited: {
        do: {
          'en-US':
            'Add customer, fill in Account info, and under Microsoft agreement choose “Customer will be asked to accept…”; Next: Review, Submit. Note the user name and temporary password.',
          'it-IT':
            'Aggiungi cliente, compila le informazioni sull’account e sotto Contratto Microsoft scegli “Al cliente verrà chiesto di accettare…”; Avanti: Rivedi, Invia. Annota nome utente e password temporanea.',
        },
        guide: g.createInvite,
        notice: {
          'en-US': 'Customers shows it as Invited: waiting for the customer to accept.',
          'it-IT': 'Clienti lo mostra come Invitato: in attesa dell’accettazione del cliente.',
        },
        showMe: {
          side: 'partner',
          path: '/partner-center/customers',
          role: 'link',
          name: { key: 'pc.customers.add' },
        },
      },
      customerSignIn: {
        do: {
          'en-US':
            'In another tab, open the Accept agreement link from the Confirmation screen, sign in with the saved credentials and set a new password.',
          'it-IT':
            'In un’altra scheda, apri il link Accetta il contratto della schermata di conferma, accedi con le credenziali salvate e imposta una nuova password.',
        },
        guide: g.createInvite,
        notice: {
          'en-US': 'A temporary password must be changed at first sign-in.',
          'it-IT': 'La password temporanea va cambiata al primo accesso.',
        },
        showMe: { side: 'customer', path: '/signin', role: 'button', name: { key: 'signIn.submit' } },
      },
      accept: {
        do: {
          'en-US': 'Check the box to accept the agreement, then select Accept.',
          'it-IT': 'Seleziona la casella per accettare il contratto, poi Accetta.',
        },
        guide: g.createInvite,
        notice: {
          'en-US': 'In Partner Center the customer becomes Accepted directly by the customer.',
          'it-IT': 'Nel Centro per i partner il cliente diventa Accettato direttamente dal cliente.',
        },
        showMe: {
          side: 'customer',
          path: '/BillingAccounts/agreement',
          role: 'checkbox',
          name: { key: 'agreement.accept' },
        },
      },
    },
  },
  'invite-new-customer': {
    title: {
      'en-US': 'Invite a new customer to the reseller relationship and the MCA',
      'it-IT': 'Invitare un nuovo cliente alla relazione come rivenditore e al contratto MCA',
    },
    teaches: {
      'en-US':
        'The reseller relationship request: its email, its link, and the customer’s one acceptance of both.',
      'it-IT':
        'La richiesta di relazione come rivenditore: l’email, il link e l’unica accettazione di entrambi da parte del cliente.',
    },
    steps: {
      signIn: partnerSignIn,
      openRequest: {
        do: {
          'en-US': 'In the navigation, select Request a reseller relationship.',
          'it-IT': 'Nella navigazione, seleziona Richiedi una relazione come rivenditore.',
        },
        guide: g.inviteNew,
        notice: {
          'en-US': 'An email template with a parameterized link to the admin center is generated.',
          'it-IT':
            'Viene generato un modello di email con un link parametrizzato all’interfaccia di amministrazione.',
        },
        showMe: { side: 'partner', role: 'link', name: { key: 'pc.nav.relationshipRequest' } },
      },
      sendEmail: {
        do: {
          'en-US': 'Under the email, enter admin@contosonew.onmicrosoft.com in To, then select Send.',
          'it-IT':
            'Sotto l’email, inserisci admin@contosonew.onmicrosoft.com nel campo A, poi seleziona Invia.',
        },
        guide: g.inviteNew,
        notice: {
          'en-US':
            'Include the new customer’s credentials (admin@contosonew.onmicrosoft.com, TempPass#2026).',
          'it-IT':
            'Includi le credenziali del nuovo cliente (admin@contosonew.onmicrosoft.com, TempPass#2026).',
        },
        showMe: {
          side: 'partner',
          path: '/partner-center/relationship-request',
          role: 'button',
          name: { key: 'mail.compose.send' },
        },
      },
      openLink: {
        do: {
          'en-US':
            'As the customer, open the invitation link in another tab: in the email (Open their mailbox, under Send) or Invitation link on the request page. Sign in as admin@contosonew.onmicrosoft.com, password TempPass#2026, and set a new password.',
          'it-IT':
            'Come cliente, apri il link di invito in un’altra scheda: nell’email (Apri la sua casella di posta, sotto Invia) o Link di invito nella pagina della richiesta. Accedi come admin@contosonew.onmicrosoft.com, password TempPass#2026, e imposta una nuova password.',
        },
        guide: g.inviteNew,
        notice: {
          'en-US': 'The link keeps the partner and DAP parameters through sign-in.',
          'it-IT': 'Il link conserva i parametri del partner e DAP durante l’accesso.',
        },
        showMe: {
          side: 'partner',
          path: '/partner-center/relationship-request',
          role: 'link',
          name: { text: 'partner-invitation' },
        },
      },
      accept: {
        do: {
          'en-US': 'Check the box, then select Accept & Authorize.',
          'it-IT': 'Seleziona la casella, poi Accetta e autorizza.',
        },
        guide: g.inviteNew,
        notice: {
          'en-US': 'One acceptance covers the reseller relationship and the MCA.',
          'it-IT': 'Una sola accettazione copre la relazione come rivenditore e il contratto MCA.',
        },
        showMe: { side: 'customer', role: 'button', name: { key: 'invitation.accept' } },
      },
      partners: {
        do: {
          'en-US':
            'See the consolidated list of your partners: it opens after you accept (later: Settings › Partner relationships).',
          'it-IT':
            'Guarda l’elenco consolidato dei tuoi partner: si apre dopo l’accettazione (in seguito: Impostazioni › Relazioni con i partner).',
        },
        guide: g.inviteNew,
        notice: {
          'en-US': 'Fabrikam is now listed as the customer’s reseller.',
          'it-IT': 'Fabrikam è ora elencato come rivenditore del cliente.',
        },
        showMe: { side: 'customer', role: 'link', name: { key: 'nav.partnerRelationships' } },
      },
    },
  },
  'invite-existing-customer': {
    title: {
      'en-US': 'Invite an existing customer to accept',
      'it-IT': 'Invitare un cliente esistente ad accettare',
    },
    teaches: {
      'en-US': 'Ask an existing customer to accept the MCA in the admin center, and see it accepted.',
      'it-IT':
        'Chiedere a un cliente esistente di accettare il contratto MCA nell’interfaccia di amministrazione, e vederlo accettato.',
    },
    steps: {
      signIn: partnerSignIn,
      invite: {
        do: {
          'en-US': 'Open Graphic Design Institute’s Account info and select Invite the customer to accept.',
          'it-IT':
            'Apri le informazioni sull’account di Graphic Design Institute e seleziona Invita il cliente ad accettare.',
        },
        guide: g.inviteExisting,
        notice: {
          'en-US': 'The page gives the Accept agreement link to send, with Copy link.',
          'it-IT': 'La pagina fornisce il link Accetta il contratto da inviare, con Copia link.',
        },
        showMe: {
          side: 'partner',
          path: '/partner-center/customers',
          role: 'link',
          name: { text: 'Graphic Design Institute' },
        },
      },
      openLink: {
        do: {
          'en-US':
            'As the customer, open the link in another tab and sign in as admin@graphicdesigninstitute.onmicrosoft.com, password Design#2026.',
          'it-IT':
            'Come cliente, apri il link in un’altra scheda e accedi come admin@graphicdesigninstitute.onmicrosoft.com, password Design#2026.',
        },
        guide: g.inviteExisting,
        notice: {
          'en-US': 'The customer lands on Accept agreement after sign-in.',
          'it-IT': 'Dopo l’accesso il cliente arriva su Accetta il contratto.',
        },
        showMe: { side: 'partner', role: 'button', name: { key: 'pc.invitation.copyLink' } },
      },
      accept: {
        do: {
          'en-US': 'Check the box to accept the agreement, then select Accept.',
          'it-IT': 'Seleziona la casella per accettare il contratto, poi Accetta.',
        },
        guide: g.inviteExisting,
        notice: {
          'en-US': 'The page then offers the customer’s partners.',
          'it-IT': 'La pagina propone poi i partner del cliente.',
        },
        showMe: {
          side: 'customer',
          path: '/BillingAccounts/agreement',
          role: 'checkbox',
          name: { key: 'agreement.accept' },
        },
      },
      partnerSees: {
        do: {
          'en-US': 'Back in Partner Center, open Customers.',
          'it-IT': 'Torna al Centro per i partner e apri Clienti.',
        },
        guide: g.retrieve,
        notice: {
          'en-US': 'Graphic Design Institute: Accepted directly by the customer.',
          'it-IT': 'Graphic Design Institute: Accettato direttamente dal cliente.',
        },
        showMe: { side: 'partner', role: 'link', name: { key: 'pc.nav.customers' } },
      },
    },
  },
  'partner-attests': {
    title: {
      'en-US': 'The two scenarios where the partner attests',
      'it-IT': 'I due scenari in cui il partner conferma',
    },
    teaches: {
      'en-US': 'A customer with earlier purchases cannot accept: its partner must attest (Scenario 1).',
      'it-IT':
        'Un cliente con acquisti precedenti non può accettare: il suo partner deve confermare (Scenario 1).',
    },
    steps: {
      reachOut: {
        do: {
          'en-US':
            'Sign in as admin@adatum.onmicrosoft.com (Adatum#2026) and open Accept agreement from Home.',
          'it-IT':
            'Accedi come admin@adatum.onmicrosoft.com (Adatum#2026) e apri Accetta il contratto dalla Home.',
        },
        guide: g.twoScenarios,
        notice: {
          'en-US':
            '“Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.”, naming Fabrikam.',
          'it-IT':
            '“Rivolgiti al tuo partner per confermare l’accettazione del Contratto del cliente Microsoft.”, con il nome di Fabrikam (sotto, l’originale inglese).',
        },
        showMe: { side: 'customer', path: '/signin', role: 'button', name: { key: 'signIn.submit' } },
      },
      attest: {
        do: {
          'en-US':
            'In another tab, sign in to Partner Center as adele@fabrikam.example (Partner#2026), open Adatum Corporation, select Update, enter the contact and date, and Save.',
          'it-IT':
            'In un’altra scheda, accedi al Centro per i partner come adele@fabrikam.example (Partner#2026), apri Adatum Corporation, seleziona Aggiorna, inserisci contatto e data e Salva.',
        },
        guide: g.twoScenarios,
        notice: {
          'en-US': 'To resolve: you must attest on behalf of the customer.',
          'it-IT': 'Per risolvere: devi confermare per conto del cliente.',
        },
        showMe: { side: 'partner', role: 'button', name: { key: 'pc.attest.update' } },
      },
      unblocked: {
        do: {
          'en-US': 'As the customer, open Accept agreement again.',
          'it-IT': 'Come cliente, apri di nuovo Accetta il contratto.',
        },
        guide: g.twoScenarios,
        notice: {
          'en-US': 'The block is lifted: Fabrikam confirmed the acceptance.',
          'it-IT': 'Il blocco è rimosso: Fabrikam ha confermato l’accettazione.',
        },
        showMe: { side: 'customer', path: '/homepage', role: 'link', name: { key: 'nav.home' } },
      },
    },
  },
  'check-accepted': {
    title: {
      'en-US': 'Check that a customer accepted',
      'it-IT': 'Verificare che un cliente abbia accettato',
    },
    teaches: {
      'en-US': 'Tell apart accepted directly, confirmed by attestation and not accepted.',
      'it-IT': 'Distinguere accettato direttamente, confermato con attestazione e non accettato.',
    },
    steps: {
      signIn: partnerSignIn,
      customers: {
        do: { 'en-US': 'Open Customers.', 'it-IT': 'Apri Clienti.' },
        guide: g.retrieve,
        notice: {
          'en-US': 'Three standings in the Microsoft Customer Agreement column.',
          'it-IT': 'Tre situazioni nella colonna Contratto del cliente Microsoft.',
        },
        showMe: { side: 'partner', role: 'link', name: { key: 'pc.nav.customers' } },
      },
      direct: openCustomer(
        'Wingtip Toys',
        {
          'en-US':
            'Accepted directly by the customer: the direct-sign status is true, and no partner confirmation is needed.',
          'it-IT':
            'Accettato direttamente dal cliente: lo stato di firma diretta è vero e non serve una conferma del partner.',
        },
        g.option2,
      ),
      notAccepted: openCustomer(
        'Graphic Design Institute',
        {
          'en-US': 'Not confirmed: invite the customer or attest.',
          'it-IT': 'Non confermato: invita il cliente o conferma.',
        },
        g.option2,
      ),
    },
  },
  'gdap-request': {
    title: {
      'en-US': 'Request GDAP and have it approved',
      'it-IT': 'Richiedere una relazione GDAP e farla approvare',
    },
    teaches: {
      'en-US': 'Ask a customer for granular admin roles, and the customer’s approval.',
      'it-IT': 'Chiedere a un cliente ruoli di amministrazione granulari, e l’approvazione del cliente.',
    },
    steps: {
      signIn: partnerSignIn,
      request: {
        do: {
          'en-US':
            'Open Relecloud, select Request admin relationship, give it a name, a duration and at least one role, then Request and get the approval link.',
          'it-IT':
            'Apri Relecloud, seleziona Richiedi relazione di amministratore, assegna un nome, una durata e almeno un ruolo, poi Richiedi e ottieni il link di approvazione.',
        },
        guide: g.gdapRequest,
        notice: {
          'en-US': 'Ask only for the roles the work needs; Global Administrator rules out auto-extend.',
          'it-IT': 'Chiedi solo i ruoli necessari; Amministratore globale esclude l’estensione automatica.',
        },
        showMe: {
          side: 'partner',
          path: '/partner-center/customers',
          role: 'link',
          name: { text: 'Relecloud' },
        },
      },
      openLink: {
        do: {
          'en-US':
            'Copy the Approval link, open it in another tab and sign in as admin@relecloud.onmicrosoft.com, password Relecloud#2026.',
          'it-IT':
            'Copia il Link di approvazione, aprilo in un’altra scheda e accedi come admin@relecloud.onmicrosoft.com, password Relecloud#2026.',
        },
        guide: g.gdapApprove,
        notice: {
          'en-US': 'The customer sees the partner, the roles and the duration before approving.',
          'it-IT': 'Il cliente vede partner, ruoli e durata prima di approvare.',
        },
        showMe: { side: 'partner', role: 'link', name: { text: 'granularAdminRelationships' } },
      },
      approve: {
        do: {
          'en-US': 'Select Approve all, then Yes.',
          'it-IT': 'Seleziona Approva tutto, poi Sì.',
        },
        guide: g.gdapApprove,
        notice: {
          'en-US': 'Only a Global admin may approve; the relationship is active from now.',
          'it-IT': 'Solo un amministratore globale può approvare; la relazione è attiva da subito.',
        },
        showMe: { side: 'customer', role: 'button', name: { key: 'gdapApproval.approveAll' } },
      },
      partnerSees: {
        do: {
          'en-US': 'Back in Partner Center, open Relecloud again.',
          'it-IT': 'Torna al Centro per i partner e apri di nuovo Relecloud.',
        },
        guide: g.gdapRequest,
        notice: {
          'en-US': 'Under Admin relationships the relationship is Active, with its expiration date.',
          'it-IT': 'In Relazioni di amministratore la relazione è Attiva, con la data di scadenza.',
        },
        showMe: {
          side: 'partner',
          path: '/partner-center/customers',
          role: 'link',
          name: { text: 'Relecloud' },
        },
      },
    },
  },
  'remove-roles': {
    title: { 'en-US': 'Remove a partner’s roles', 'it-IT': 'Rimuovere i ruoli di un partner' },
    teaches: {
      'en-US': 'A customer removes a partner’s delegated admin roles and keeps the relationship.',
      'it-IT':
        'Un cliente rimuove i ruoli di amministrazione delegata di un partner e mantiene la relazione.',
    },
    steps: {
      signIn: customerSignIn(
        'admin@woodgrovebank.onmicrosoft.com',
        'Woodgrove#2026',
        {
          'en-US': 'Woodgrove Bank works with six partners of different kinds.',
          'it-IT': 'Woodgrove Bank lavora con sei partner di tipo diverso.',
        },
        g.removeRoles,
      ),
      details: {
        do: {
          'en-US': 'Open Settings › Partner relationships and select Fabrikam Cloud Services.',
          'it-IT': 'Apri Impostazioni › Relazioni con i partner e seleziona Fabrikam Cloud Services.',
        },
        guide: g.removeRoles,
        notice: {
          'en-US': 'Fabrikam holds Global admin and Helpdesk admin roles (DAP).',
          'it-IT':
            'Fabrikam ha i ruoli di amministratore globale e di amministratore del supporto tecnico (DAP).',
        },
        showMe: {
          side: 'customer',
          path: '/partners',
          role: 'link',
          name: { text: 'Fabrikam Cloud Services' },
        },
      },
      remove: {
        do: {
          'en-US': 'In Fabrikam’s details select Remove roles, then Yes.',
          'it-IT': 'Nei dettagli di Fabrikam seleziona Rimuovi ruoli, poi Sì.',
        },
        guide: g.removeRoles,
        notice: {
          'en-US': 'The roles go; Fabrikam stays your reseller.',
          'it-IT': 'I ruoli vengono rimossi; Fabrikam resta il tuo rivenditore.',
        },
        showMe: { side: 'customer', role: 'button', name: { key: 'partner.removeRoles' } },
      },
    },
  },
  'expiring-gdap': {
    title: { 'en-US': 'An expiring GDAP relationship', 'it-IT': 'Una relazione GDAP in scadenza' },
    teaches: {
      'en-US': 'How a GDAP relationship nears its end: the Expiring status, the reminders, the expiry.',
      'it-IT':
        'Come una relazione GDAP si avvicina alla fine: lo stato In scadenza, i promemoria, la scadenza.',
    },
    steps: {
      signIn: customerSignIn(
        'admin@tailwindtraders.onmicrosoft.com',
        'Tailwind#2026',
        {
          'en-US': 'Tailwind Traders has GDAP relationships in every status.',
          'it-IT': 'Tailwind Traders ha relazioni GDAP in ogni stato.',
        },
        g.gdapExpiry,
      ),
      filter: {
        do: {
          'en-US': 'Open Settings › Partner relationships and, in the Status filter, choose Expiring.',
          'it-IT': 'Apri Impostazioni › Relazioni con i partner e, nel filtro Stato, scegli In scadenza.',
        },
        guide: g.gdapExpiry,
        notice: {
          'en-US': '“Fabrikam security review” expires in three weeks.',
          'it-IT': '“Fabrikam security review” scade tra tre settimane.',
        },
        showMe: {
          side: 'customer',
          path: '/partners',
          role: 'button',
          name: { key: 'partners.filterByStatus' },
        },
      },
      open: {
        do: {
          'en-US': 'Select “Fabrikam security review” to open its page.',
          'it-IT': 'Seleziona “Fabrikam security review” per aprirne la pagina.',
        },
        guide: g.gdapExpiry,
        notice: {
          'en-US': 'Its expiration date, and no auto-extend.',
          'it-IT': 'La data di scadenza, e nessuna estensione automatica.',
        },
        showMe: {
          side: 'customer',
          path: '/partners',
          role: 'link',
          name: { text: 'Fabrikam security review' },
        },
      },
      reminder: {
        do: {
          'en-US': 'Open Demo › Time and move the clock +7 days, twice.',
          'it-IT': 'Apri Demo › Tempo e sposta l’orologio di +7 giorni, due volte.',
        },
        guide: g.gdapExpiry,
        notice: {
          'en-US': 'Partner and customer are reminded 30, 7 and 1 days before the end.',
          'it-IT': 'Partner e cliente ricevono un promemoria 30, 7 e 1 giorno prima della fine.',
        },
        showMe: { side: 'customer', role: 'button', name: { key: 'demo.button' } },
      },
      expired: {
        do: {
          'en-US': 'Move the clock on again (+30 days) past the expiration date.',
          'it-IT': 'Sposta di nuovo l’orologio (+30 giorni) oltre la data di scadenza.',
        },
        guide: g.gdapExpiry,
        notice: {
          'en-US': 'The relationship shows Expired; the partner’s roles are gone.',
          'it-IT': 'La relazione risulta Scaduta; i ruoli del partner non ci sono più.',
        },
        showMe: { side: 'customer', role: 'button', name: { key: 'demo.button' } },
      },
    },
  },
};

/** The curl commands of procedure 5, against the API server at `api`. */
export function apiCommands(api: string): Record<string, string> {
  return {
    token: `API=${api}
TOKEN=$(curl -s -X POST $API/api/partner/signin -H 'Content-Type: application/json' \\
  -d '{"userPrincipalName":"adele@fabrikam.example","password":"Partner#2026"}' | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')`,
    metadata: `curl -s -H "Authorization: Bearer $TOKEN" "$API/v1/agreements?agreementType=MicrosoftCustomerAgreement"`,
    post: `curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  $API/v1/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/agreements \\
  -d '{"primaryContact":{"firstName":"Harper","lastName":"Lewis","email":"harper@graphicdesign.example"},"templateId":"117a77b0-9360-443b-8795-c6dedc750cf9","dateAgreed":"2026-01-15T00:00:00Z","type":"MicrosoftCustomerAgreement"}'`,
    get: `curl -s -H "Authorization: Bearer $TOKEN" "$API/v1/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/agreements?agreementType=MicrosoftCustomerAgreement"`,
  };
}

/** Starts procedure 5 on the API server, so that its steps are counted there. */
export const apiStartCommand = (api: string) =>
  `curl -s -X PUT ${api}/api/sim/training -H 'Content-Type: application/json' -d '{"procedureId":"confirm-with-api"}'`;
