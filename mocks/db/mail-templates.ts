import type { MailMessage } from '../../src/api/types';
import type { MailRow, MailTemplate } from './schema';

// The words of the simulated emails, in each language the app ships, rendered when a mailbox is read (so a
// reader sees them in the language they ask for; a partner's own email stays as written). The GDAP emails
// to the customer (approved, expiring) follow the real emails' screenshots; the other texts are ours.
// Loaded only by the mailbox handler, with import(), so that no page load carries them.

export const MAIL_LANGUAGES = ['en-US', 'it-IT'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

interface Texts {
  templates: Record<Exclude<MailTemplate, 'partnerEmail'>, { subject: string; body: string }>;
  links: Record<'viewRoles' | 'openAdminRelationship' | 'reviewAgreement', string>;
  endedBy: Record<'customer' | 'partner', string>;
}

const enUS: Texts = {
  templates: {
    mcaAttestedNotice: {
      subject: '{{partner}} confirmed your acceptance of the Microsoft Customer Agreement',
      body: 'Hello {{contact}},\n\n{{partner}} confirmed to Microsoft that {{customer}} accepted the Microsoft Customer Agreement on {{dateAgreed}}, and named you as the person who accepted it.\n\nIf you did not accept the agreement, or did not ask {{partner}} to confirm it for your organization, contact {{partner}}. You can read the agreement and see who accepted it in the Microsoft 365 admin center.\n\nDetails\nConfirmed by: {{partner}} ({{attestedBy}})\nDate accepted: {{dateAgreed}}\nPrimary contact: {{contact}}\n\nAccount information\nOrganization name: {{customer}}\nDomain: {{domain}}',
    },
    gdapApprovedCustomer: {
      subject: '{{partner}} has been approved as a delegated admin',
      body: 'An administrator in your organization approved {{partner}} to be a delegated administrator for your account with Microsoft. This Granular administrator relationship gives them access to the Microsoft 365 admin center to manage your account.\n\nDetails\nApproved by: {{approvedBy}}\nExpires on: {{endAt}}\nPartner name: {{partner}}\nPartner roles: View assigned roles in Microsoft 365 admin center\n\nImportant\nIf you do not want this partner to manage your account with Microsoft, remove the Granular administrator relationship and unassign their administrator roles in the Microsoft 365 admin center.\n\nAccount information\nOrganization name: {{customer}}\nDomain: {{domain}}',
    },
    gdapApprovedPartner: {
      subject: '{{customer}} approved the admin relationship {{relationship}}',
      body: 'A Global admin of {{customer}} approved your admin relationship {{relationship}}. You have its Microsoft Entra roles at {{customer}} until {{endAt}}. Assign them to your security groups so that your agents can use them.\n\nDetails\nApproved by: {{approvedBy}}\nExpires on: {{endAt}}\nCustomer: {{customer}}\nDomain: {{domain}}\nAdmin relationship name: {{relationship}}',
    },
    gdapExpiringCustomer: {
      subject: 'Your partner relationship with {{partner}} expires on {{endAt}}',
      body: 'Starting on {{endAt}}, {{partner}} will no longer have access to manage your account with Microsoft. This partner relationship and assigned administrator roles gives your partners access to manage your account with Microsoft in the Microsoft 365 admin center.\n\nDetails\nExpires on: {{endAt}}\nPartner name: {{partner}}\nPartner roles: View assigned roles in Microsoft 365 admin center\n\nIf you want to keep this partner relationship, ask them to send you a new Granular administrator relationship offer.\n\nAccount information\nOrganization name: {{customer}}\nDomain: {{domain}}',
    },
    gdapExpiringPartner: {
      subject: 'Your partner relationship with {{customer}} expires on {{endAt}}',
      body: 'Starting on {{endAt}}, you will no longer have the roles of the admin relationship {{relationship}} at {{customer}}. To keep working with these roles, send {{customer}} a new admin relationship request before then.\n\nDetails\nExpires on: {{endAt}}\nCustomer: {{customer}}\nDomain: {{domain}}\nAdmin relationship name: {{relationship}}',
    },
    gdapExpiredCustomer: {
      subject: 'Your partner relationship with {{partner}} expired on {{endAt}}',
      body: 'Since {{endAt}}, {{partner}} no longer has access to manage your account with Microsoft: its administrator roles in the Microsoft 365 admin center have ended.\n\nDetails\nExpired on: {{endAt}}\nPartner name: {{partner}}\nPartner roles: View assigned roles in Microsoft 365 admin center\n\nIf you want to work with this partner again, ask them to send you a new Granular administrator relationship offer.\n\nAccount information\nOrganization name: {{customer}}\nDomain: {{domain}}',
    },
    gdapExpiredPartner: {
      subject: 'Your partner relationship with {{customer}} expired on {{endAt}}',
      body: 'Since {{endAt}}, you no longer have the roles of the admin relationship {{relationship}} at {{customer}}. To work with these roles again, send {{customer}} a new admin relationship request.\n\nDetails\nExpired on: {{endAt}}\nCustomer: {{customer}}\nDomain: {{domain}}\nAdmin relationship name: {{relationship}}',
    },
    gdapEndedCustomer: {
      subject: '{{partner}} ended their partner relationship with you',
      body: 'The Granular administrator relationship {{relationship}} between {{partner}} and your organization ended on {{endAt}}: {{endedBy}} {{partner}} no longer has its administrator roles to manage your account. Other relationships with {{partner}}, such as reseller, stay as they are.\n\nDetails\nRemoved by: {{removedBy}}\nEnded on: {{endAt}}\nPartner name: {{partner}}\nRelationship name: {{relationship}}\n\nAccount information\nOrganization name: {{customer}}\nDomain: {{domain}}',
    },
    gdapEndedPartner: {
      subject: 'Your admin relationship with {{customer}} ended',
      body: 'The admin relationship {{relationship}} with {{customer}} ended on {{endAt}}: {{endedBy}} You and your security groups no longer have its roles at {{customer}}. To work with these roles again, send {{customer}} a new admin relationship request.\n\nDetails\nRemoved by: {{removedBy}}\nEnded on: {{endAt}}\nCustomer: {{customer}}\nAdmin relationship name: {{relationship}}',
    },
  },
  links: {
    viewRoles: 'View assigned roles in Microsoft 365 admin center',
    openAdminRelationship: 'Open the admin relationship in Partner Center',
    reviewAgreement: 'Review the agreement in the Microsoft 365 admin center',
  },
  endedBy: {
    customer: 'a Global admin of the customer removed the roles.',
    partner: 'the partner terminated it.',
  },
};

const itIT: Texts = {
  templates: {
    mcaAttestedNotice: {
      subject: '{{partner}} ha confermato la sua accettazione del Contratto del cliente Microsoft',
      body: 'Gentile {{contact}},\n\n{{partner}} ha confermato a Microsoft che {{customer}} ha accettato il Contratto del cliente Microsoft il {{dateAgreed}}, indicando Lei come persona che lo ha accettato.\n\nSe non ha accettato il contratto, o non ha chiesto a {{partner}} di confermarlo per la sua organizzazione, contatti {{partner}}. Può leggere il contratto e vedere chi lo ha accettato nell’interfaccia di amministrazione di Microsoft 365.\n\nDettagli\nConfermato da: {{partner}} ({{attestedBy}})\nData di accettazione: {{dateAgreed}}\nContatto principale: {{contact}}\n\nInformazioni sull’account\nNome dell’organizzazione: {{customer}}\nDominio: {{domain}}',
    },
    gdapApprovedCustomer: {
      subject: '{{partner}} è stato approvato come amministratore delegato',
      body: 'Un amministratore della vostra organizzazione ha approvato {{partner}} come amministratore delegato del vostro account Microsoft. Questa relazione di amministratore granulare gli consente di accedere all’interfaccia di amministrazione di Microsoft 365 per gestire il vostro account.\n\nDettagli\nApprovato da: {{approvedBy}}\nScadenza: {{endAt}}\nNome del partner: {{partner}}\nRuoli del partner: Visualizza i ruoli assegnati nell’interfaccia di amministrazione di Microsoft 365\n\nImportante\nSe non volete che questo partner gestisca il vostro account Microsoft, rimuovete la relazione di amministratore granulare e revocate i suoi ruoli di amministratore nell’interfaccia di amministrazione di Microsoft 365.\n\nInformazioni sull’account\nNome dell’organizzazione: {{customer}}\nDominio: {{domain}}',
    },
    gdapApprovedPartner: {
      subject: '{{customer}} ha approvato la relazione di amministratore {{relationship}}',
      body: 'Un amministratore globale di {{customer}} ha approvato la vostra relazione di amministratore {{relationship}}. Avete i ruoli di Microsoft Entra della relazione presso {{customer}} fino al {{endAt}}. Assegnateli ai vostri gruppi di sicurezza perché i vostri agenti possano usarli.\n\nDettagli\nApprovata da: {{approvedBy}}\nScadenza: {{endAt}}\nCliente: {{customer}}\nDominio: {{domain}}\nNome della relazione di amministratore: {{relationship}}',
    },
    gdapExpiringCustomer: {
      subject: 'La relazione con il partner {{partner}} scade il {{endAt}}',
      body: 'Dal {{endAt}} {{partner}} non potrà più gestire il vostro account Microsoft. Questa relazione con il partner e i ruoli di amministratore assegnati consentono ai vostri partner di gestire il vostro account Microsoft nell’interfaccia di amministrazione di Microsoft 365.\n\nDettagli\nScadenza: {{endAt}}\nNome del partner: {{partner}}\nRuoli del partner: Visualizza i ruoli assegnati nell’interfaccia di amministrazione di Microsoft 365\n\nSe volete mantenere questa relazione con il partner, chiedetegli di inviarvi una nuova offerta di relazione di amministratore granulare.\n\nInformazioni sull’account\nNome dell’organizzazione: {{customer}}\nDominio: {{domain}}',
    },
    gdapExpiringPartner: {
      subject: 'La relazione con il cliente {{customer}} scade il {{endAt}}',
      body: 'Dal {{endAt}} non avrete più i ruoli della relazione di amministratore {{relationship}} presso {{customer}}. Per continuare a lavorare con questi ruoli, inviate a {{customer}} una nuova richiesta di relazione di amministratore prima di quella data.\n\nDettagli\nScadenza: {{endAt}}\nCliente: {{customer}}\nDominio: {{domain}}\nNome della relazione di amministratore: {{relationship}}',
    },
    gdapExpiredCustomer: {
      subject: 'La relazione con il partner {{partner}} è scaduta il {{endAt}}',
      body: 'Dal {{endAt}} {{partner}} non può più gestire il vostro account Microsoft: i suoi ruoli di amministratore nell’interfaccia di amministrazione di Microsoft 365 non sono più attivi.\n\nDettagli\nScaduta il: {{endAt}}\nNome del partner: {{partner}}\nRuoli del partner: Visualizza i ruoli assegnati nell’interfaccia di amministrazione di Microsoft 365\n\nSe volete lavorare di nuovo con questo partner, chiedetegli di inviarvi una nuova offerta di relazione di amministratore granulare.\n\nInformazioni sull’account\nNome dell’organizzazione: {{customer}}\nDominio: {{domain}}',
    },
    gdapExpiredPartner: {
      subject: 'La relazione con il cliente {{customer}} è scaduta il {{endAt}}',
      body: 'Dal {{endAt}} non avete più i ruoli della relazione di amministratore {{relationship}} presso {{customer}}. Per lavorare di nuovo con questi ruoli, inviate a {{customer}} una nuova richiesta di relazione di amministratore.\n\nDettagli\nScaduta il: {{endAt}}\nCliente: {{customer}}\nDominio: {{domain}}\nNome della relazione di amministratore: {{relationship}}',
    },
    gdapEndedCustomer: {
      subject: 'La relazione con il partner {{partner}} è terminata',
      body: 'La relazione di amministratore granulare {{relationship}} tra {{partner}} e la vostra organizzazione è terminata il {{endAt}}: {{endedBy}} {{partner}} non ha più i suoi ruoli di amministratore per gestire il vostro account. Le altre relazioni con {{partner}}, ad esempio quella di rivenditore, restano invariate.\n\nDettagli\nRimossa da: {{removedBy}}\nTerminata il: {{endAt}}\nNome del partner: {{partner}}\nNome della relazione: {{relationship}}\n\nInformazioni sull’account\nNome dell’organizzazione: {{customer}}\nDominio: {{domain}}',
    },
    gdapEndedPartner: {
      subject: 'La relazione di amministratore con {{customer}} è terminata',
      body: 'La relazione di amministratore {{relationship}} con {{customer}} è terminata il {{endAt}}: {{endedBy}} Voi e i vostri gruppi di sicurezza non avete più i suoi ruoli presso {{customer}}. Per lavorare di nuovo con questi ruoli, inviate a {{customer}} una nuova richiesta di relazione di amministratore.\n\nDettagli\nRimossa da: {{removedBy}}\nTerminata il: {{endAt}}\nCliente: {{customer}}\nNome della relazione di amministratore: {{relationship}}',
    },
  },
  links: {
    viewRoles: 'Visualizza i ruoli assegnati nell’interfaccia di amministrazione di Microsoft 365',
    openAdminRelationship: 'Apri la relazione di amministratore nel Centro per i partner',
    reviewAgreement: 'Rivedi il contratto nell’interfaccia di amministrazione di Microsoft 365',
  },
  endedBy: {
    customer: 'un amministratore globale del cliente ha rimosso i ruoli.',
    partner: 'il partner l’ha terminata.',
  },
};

export const MAIL_TEXTS: Record<MailLanguage, Texts> = { 'en-US': enUS, 'it-IT': itIT };

/** Params holding a date: shown as a long date in the reader's language (UTC, as the service's dates). */
const DATE_PARAMS = new Set(['endAt', 'dateAgreed']);

function formatDate(iso: string, language: MailLanguage): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);

/** A stored message as the API shows it, in `language`. */
export function renderMail(row: MailRow, language: MailLanguage): MailMessage {
  const base = { id: row.id, to: row.to, from: row.from, sentAt: row.sentAt, read: row.read };
  if (row.template === 'partnerEmail') {
    return {
      ...base,
      subject: row.params.subject ?? '',
      body: row.params.body ?? '',
      links: row.links.map((link) => ({ label: link.label || link.url, url: link.url })),
    };
  }
  const texts = MAIL_TEXTS[language];
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(row.params)) {
    values[name] = DATE_PARAMS.has(name) ? formatDate(value, language) : value;
  }
  const endedBy = row.params.endedBy;
  if (endedBy === 'customer' || endedBy === 'partner') values.endedBy = texts.endedBy[endedBy];
  const template = texts.templates[row.template];
  return {
    ...base,
    subject: fill(template.subject, values),
    body: fill(template.body, values),
    links: row.links.map((link) => ({
      label: link.label in texts.links ? texts.links[link.label as keyof Texts['links']] : link.url,
      url: link.url,
    })),
  };
}
