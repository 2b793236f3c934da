import { describe, expect, it } from 'vitest';
import { configureBackend } from '../lib/route';
import { db, load } from './db';
import { emit } from './events';
import { moveClock } from './gdap';
import { mailboxOf } from './mail';
import { renderMail, type MailLanguage } from './mail-templates';
import {
  approveGdapRelationship,
  endGdapRelationshipByCustomer,
  recordAttestation,
  recordDirectAcceptance,
  recordGdapRequest,
} from './writes';
import { applyGdapAction } from '../../src/domain/gdap';

// Which event sends which email to whom, and how each reads in both languages.

const GDI = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';
const read = (address: string, language: MailLanguage = 'en-US') =>
  mailboxOf(address).map((row) => renderMail(row, language));
const everyone = () => [...new Set(db().mailbox.map((row) => row.to))].sort();

function agent(upn: string) {
  const found = db().agents.find((row) => row.userPrincipalName === upn);
  if (!found) throw new Error(`no agent ${upn}`);
  return found;
}
function user(upn: string) {
  const found = db().users.find((row) => row.userPrincipalName === upn);
  if (!found) throw new Error(`no user ${upn}`);
  return found;
}

describe('the partner’s own email (the template’s Send)', () => {
  it('reaches the address typed, from the agent, as written; only this simulator’s links are links', () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    configureBackend({ appUrl: 'http://127.0.0.1:4173/sim/' });
    const invitation = 'http://127.0.0.1:4173/sim/Adminportal/Home?invType=ResellerRelationship#/x';
    emit('relationshipRequestEmailed', {
      partnerId: agent('adele@fabrikam.example').partnerId,
      actorId: agent('adele@fabrikam.example').id,
      data: {
        to: ' Harper.Lewis@GraphicDesign.example ',
        subject: 'Reseller relationship request from Fabrikam',
        body: `Hello,\n\n${invitation}.\nOr see https://evil.example/phish\n\nAdele`,
        kind: 'resellerRequest',
      },
    });
    const [message, ...others] = read('harper.lewis@graphicdesign.example', 'it-IT');
    expect(others).toEqual([]);
    expect(message).toMatchObject({
      to: 'harper.lewis@graphicdesign.example',
      from: 'adele@fabrikam.example',
      subject: 'Reseller relationship request from Fabrikam',
      sentAt: '2026-11-25T09:00:00.000Z',
      links: [{ label: invitation, url: invitation }],
    });
    expect(message?.body).toContain('https://evil.example/phish');
  });
});

describe('the notice to the primary contact after an attestation', () => {
  it('an attestation sends it to the contact named, in either language; a direct acceptance sends nothing', () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    recordAttestation(GDI, agent('lee@fabrikam.example'), {
      primaryContact: { firstName: 'Harper', lastName: 'Lewis', email: 'Harper.Lewis@graphicdesign.example' },
      dateAgreed: '2026-11-20T00:00:00Z',
    });
    expect(everyone()).toEqual(['harper.lewis@graphicdesign.example']);
    const [english] = read('harper.lewis@graphicdesign.example');
    expect(english).toMatchObject({
      from: 'no-reply@microsoft.example',
      subject: 'Fabrikam Cloud Services confirmed your acceptance of the Microsoft Customer Agreement',
      links: [
        {
          label: 'Review the agreement in the Microsoft 365 admin center',
          url: 'http://localhost/AdminPortal/Home?ref=/BillingAccounts/agreement',
        },
      ],
    });
    expect(english?.body).toContain('accepted the Microsoft Customer Agreement on November 20, 2026');
    expect(english?.body).toContain('Confirmed by: Fabrikam Cloud Services (lee@fabrikam.example)');
    const [italian] = read('harper.lewis@graphicdesign.example', 'it-IT');
    expect(italian?.subject).toBe(
      'Fabrikam Cloud Services ha confermato la sua accettazione del Contratto del cliente Microsoft',
    );
    expect(italian?.body).toContain('il 20 novembre 2026');

    recordDirectAcceptance(GDI, user('admin@graphicdesigninstitute.onmicrosoft.com'));
    expect(db().mailbox).toHaveLength(1);
  });
});

describe('GDAP emails', () => {
  it('approval: the customer’s Global admins and the partner’s Admin agents, not the others', () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const [pending] = db().gdapRelationships;
    approveGdapRelationship(pending?.id ?? '', user('admin@bellowscollege.onmicrosoft.com'));
    expect(everyone()).toEqual(['adele@fabrikam.example', 'admin@bellowscollege.onmicrosoft.com']);

    const [customer] = read('admin@bellowscollege.onmicrosoft.com');
    expect(customer?.subject).toBe('Fabrikam Cloud Services has been approved as a delegated admin');
    expect(customer?.body).toContain('Approved by: admin@bellowscollege.onmicrosoft.com');
    expect(customer?.body).toContain('Expires on: November 30, 2028');
    expect(customer?.body).toContain('Organization name: Bellows College');
    expect(customer?.links).toEqual([
      {
        label: 'View assigned roles in Microsoft 365 admin center',
        url: 'http://localhost/AdminPortal/Home?ref=/partners',
      },
    ]);
    const [italian] = read('admin@bellowscollege.onmicrosoft.com', 'it-IT');
    expect(italian?.subject).toBe('Fabrikam Cloud Services è stato approvato come amministratore delegato');
    expect(italian?.body).toContain('Scadenza: 30 novembre 2028');

    const [partner] = read('adele@fabrikam.example');
    expect(partner?.subject).toBe(
      'Bellows College approved the admin relationship Fabrikam managed services',
    );
    expect(partner?.links[0]?.url).toBe(
      `http://localhost/#/partner-center/customers/${pending?.tenantId}/admin-relationships/${pending?.id}`,
    );
    expect(read('adele@fabrikam.example', 'it-IT')[0]?.subject).toBe(
      'Bellows College ha approvato la relazione di amministratore Fabrikam managed services',
    );
  });

  it('time: reminders 7 and 1 days ahead, then the expiry, to both sides, newest first', () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    configureBackend();
    moveClock(new Date('2026-12-01T09:00:00Z'));
    const expiring = db().gdapRelationships.find((row) => row.status === 'expiring');
    if (!expiring?.endAt) throw new Error('the scenario has an expiring relationship');
    expect(db().mailbox).toEqual([]);

    moveClock(new Date(Date.parse(expiring.endAt) + 60_000));
    const lynne = read('admin@tailwindtraders.onmicrosoft.com');
    expect(lynne.map((m) => m.subject)).toEqual([
      'Your partner relationship with Fabrikam Cloud Services expired on December 22, 2026',
      'Your partner relationship with Fabrikam Cloud Services expires on December 22, 2026',
      'Your partner relationship with Fabrikam Cloud Services expires on December 22, 2026',
    ]);
    expect(lynne.map((m) => m.sentAt)).toEqual([
      expiring.endAt,
      '2026-12-21T09:00:00.000Z',
      '2026-12-15T09:00:00.000Z',
    ]);
    expect(lynne[1]?.body).toContain('Starting on December 22, 2026, Fabrikam Cloud Services will no longer');
    expect(read('admin@tailwindtraders.onmicrosoft.com', 'it-IT').map((m) => m.subject)).toEqual([
      'La relazione con il partner Fabrikam Cloud Services è scaduta il 22 dicembre 2026',
      'La relazione con il partner Fabrikam Cloud Services scade il 22 dicembre 2026',
      'La relazione con il partner Fabrikam Cloud Services scade il 22 dicembre 2026',
    ]);
    expect(read('adele@fabrikam.example').map((m) => m.subject)).toEqual([
      'Your partner relationship with Tailwind Traders expired on December 22, 2026',
      'Your partner relationship with Tailwind Traders expires on December 22, 2026',
      'Your partner relationship with Tailwind Traders expires on December 22, 2026',
    ]);
    // Lee is a Sales agent: GDAP emails go to Admin agents.
    expect(read('lee@fabrikam.example')).toEqual([]);
  });

  it('ended: by the customer’s Remove roles (Removed by the user) or the partner’s terminate (by the partner)', () => {
    load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
    const active = db().gdapRelationships.find((row) => row.displayName === 'Fabrikam tier 1 support');
    endGdapRelationshipByCustomer(active?.id ?? '', user('admin@tailwindtraders.onmicrosoft.com'));
    const [byCustomer] = read('admin@tailwindtraders.onmicrosoft.com');
    expect(byCustomer?.subject).toBe('Fabrikam Cloud Services ended their partner relationship with you');
    expect(byCustomer?.body).toContain('Removed by: admin@tailwindtraders.onmicrosoft.com');
    expect(byCustomer?.body).toContain('a Global admin of the customer removed the roles.');
    expect(read('adele@fabrikam.example')[0]?.subject).toBe(
      'Your admin relationship with Tailwind Traders ended',
    );

    const alpine = db().gdapRelationships.find((row) => row.displayName === 'Alpine IT reporting');
    if (!alpine) throw new Error('the scenario has Alpine IT reporting');
    const next = applyGdapAction(alpine, 'terminate', new Date('2026-12-01T09:00:00Z'));
    if (!next) throw new Error('an active relationship can be terminated');
    recordGdapRequest(alpine, 'terminate', next);
    const [byPartner] = read('admin@tailwindtraders.onmicrosoft.com', 'it-IT');
    expect(byPartner?.subject).toBe('La relazione con il partner Alpine IT Services è terminata');
    expect(byPartner?.body).toContain('Rimossa da: Alpine IT Services');
    expect(byPartner?.body).toContain('il partner l’ha terminata.');
  });
});
