import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { entryRoute } from '../../src/domain/admin-links';
import { paths } from '../../src/domain/paths';
import { call, partnerTokenFor } from '../api';
import { renderApp } from '../render-app';

// The simulated mailboxes, as trainees meet them: what the partner sends, what the process sends, and the
// links in them.

const COHO_ADMIN = 'admin@cohowinery.onmicrosoft.com';
const PENDING = 'd1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';

/** The message list of the mailbox page, by subject. */
const listed = () =>
  within(screen.getByRole('navigation', { name: 'Messages' }))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');

describe('Mail', () => {
  it('the partner sends the request email, the customer finds it under Mail, and its link opens the invitation', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const partner = renderApp('/partner-center/relationship-request', {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    const to = await screen.findByRole('textbox', { name: 'To' });
    await partner.user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Enter the email address.')).toBeInTheDocument();
    await partner.user.click(to);
    await partner.user.paste('Admin@CohoWinery.onmicrosoft.com');
    await partner.user.click(screen.getByRole('textbox', { name: 'Message' }));
    await partner.user.keyboard('{Control>}{End}{/Control}');
    await partner.user.paste('PS: hi.');
    await partner.user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText(`Sent to ${COHO_ADMIN}.`)).toBeInTheDocument();
    partner.unmount();

    const customer = renderApp(paths.home.href(), { signedInAs: COHO_ADMIN });
    await customer.user.click(await screen.findByRole('link', { name: 'Mail' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mail' })).toBeInTheDocument();
    expect(listed()).toEqual([expect.stringContaining('Reseller relationship request from Fabrikam')]);
    const message = screen.getByRole('article');
    expect(within(message).getByText('adele@fabrikam.example')).toBeInTheDocument();
    expect(within(message).getByText(/PS: hi\./)).toBeInTheDocument();
    const link = within(message).getByRole('link', {
      name: /Adminportal\/Home\?invType=ResellerRelationship/,
    });
    const href = link.getAttribute('href') ?? '';
    expect(href).toMatch(/^http:\/\/localhost\/Adminportal\/Home\?.*#\/BillingAccounts\/partner-invitation$/);
    customer.unmount();

    // The browser opens the link: the app starts on the route it names (src/app/bootstrap.tsx).
    const route = entryRoute(new URL(href), '/');
    renderApp(route ?? '', { signedInAs: COHO_ADMIN });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accept agreement & authorize partner' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fabrikam Cloud Services' })).toBeInTheDocument();
  });

  it('after an attestation the trainer opens the primary contact’s mailbox, in Italian too', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const token = await partnerTokenFor('lee@fabrikam.example');
    const attested = await call('/v1/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010/agreements', {
      method: 'POST',
      token,
      body: {
        primaryContact: {
          firstName: 'Harper',
          lastName: 'Lewis',
          email: 'harper.lewis@graphicdesign.example',
        },
        templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
        dateAgreed: '2026-11-20',
        type: 'MicrosoftCustomerAgreement',
      },
    });
    expect(attested.status).toBe(201);

    const { user } = renderApp(paths.partnerCenter.mailbox.href('lee@fabrikam.example'), {
      partnerSignedInAs: 'lee@fabrikam.example',
      language: 'it-IT',
    });
    expect(await screen.findByText('Ancora nessun messaggio per lee@fabrikam.example.')).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Casella di posta' }),
      'harper.lewis@graphicdesign.example (1)',
    );
    await user.click(screen.getByRole('button', { name: 'Apri' }));
    const message = await screen.findByRole('article', {
      name: 'Fabrikam Cloud Services ha confermato la sua accettazione del Contratto del cliente Microsoft',
    });
    expect(
      within(message).getByText(/Confermato da: Fabrikam Cloud Services \(lee@fabrikam\.example\)/),
    ).toBeInTheDocument();
    expect(
      within(message).getByRole('link', {
        name: 'Rivedi il contratto nell’interfaccia di amministrazione di Microsoft 365',
      }),
    ).toHaveAttribute('href', 'http://localhost/AdminPortal/Home?ref=/BillingAccounts/agreement');
  });

  it('GDAP: approving sends the partner its email; moving Demo › Time brings the 30, 7 and 1-day reminders', async () => {
    load({ scenarioId: 'gdap-approval', now: '2026-12-01T09:00:00Z' });
    const customer = renderApp(paths.gdapApproval.href(PENDING), {
      signedInAs: 'admin@bellowscollege.onmicrosoft.com',
    });
    await customer.user.click(await screen.findByRole('button', { name: 'Approve all' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve all roles?' });
    await customer.user.click(within(dialog).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText(/You approved the roles\./)).toBeInTheDocument();

    await customer.user.click(screen.getByRole('button', { name: 'Demo' }));
    const demo = within(await screen.findByRole('dialog', { name: 'Demo controls' }));
    await customer.user.type(demo.getByLabelText('Or a date'), '2028-11-30');
    await customer.user.click(demo.getByRole('button', { name: 'Move the clock' }));
    expect(await demo.findByText('The simulated date is now Nov 30, 2028.')).toBeInTheDocument();
    await customer.user.click(demo.getByRole('button', { name: 'Close' }));

    await customer.user.click(await screen.findByRole('link', { name: 'Mail' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mail' })).toBeInTheDocument();
    const expiring = 'Your partner relationship with Fabrikam Cloud Services expires on November 30, 2028';
    // The newest opens, and is read; the others stay unread until opened.
    expect(listed()).toEqual([
      expect.stringMatching(new RegExp(`^${expiring}.*Nov 29, 2028`)),
      expect.stringMatching(new RegExp(`^Unread${expiring}.*Nov 23, 2028`)),
      expect.stringMatching(new RegExp(`^Unread${expiring}.*Oct 31, 2028`)),
      expect.stringMatching(
        /^UnreadFabrikam Cloud Services has been approved as a delegated admin.*Dec 1, 2026/,
      ),
    ]);
    customer.unmount();

    const partner = renderApp(paths.partnerCenter.customers.href(), {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await partner.user.click(await screen.findByRole('link', { name: 'Mail' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mail' })).toBeInTheDocument();
    expect(listed()).toHaveLength(4);
    await partner.user.click(
      screen.getByRole('link', {
        name: /Bellows College approved the admin relationship Fabrikam managed services/,
      }),
    );
    const message = await screen.findByRole('article', {
      name: 'Bellows College approved the admin relationship Fabrikam managed services',
    });
    expect(
      within(message).getByText(/Approved by: admin@bellowscollege\.onmicrosoft\.com/),
    ).toBeInTheDocument();
    expect(
      within(message).getByRole('link', { name: 'Open the admin relationship in Partner Center' }),
    ).toHaveAttribute(
      'href',
      `http://localhost/#${paths.partnerCenter.adminRelationship.href('c0a1e5b2-0013-4a6e-9b1c-000000000013', PENDING)}`,
    );
    // GDAP emails go to Admin agents: Lee, a Sales agent, gets none.
    expect((await call('/api/sim/mailbox?address=lee@fabrikam.example')).body.totalCount).toBe(0);
  });

  it('a partner creates a customer and attests: the contact gets the account details the partner sends, and the notice', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const { user } = renderApp(paths.partnerCenter.newCustomer.href(), {
      partnerSignedInAs: 'lee@fabrikam.example',
    });
    const fields: [RegExp, string][] = [
      [/Company name/, 'Bluebird Books'],
      [/Domain name/, 'bluebirdbooks'],
      [/Address line 1/, 'Via Zamboni 3'],
      [/^City/, 'Bologna'],
      [/Postal code/, '40126'],
      [/First name/, 'Kim'],
      [/Last name/, 'Abercrombie'],
      [/Email address/, 'kim@bluebird.example'],
    ];
    await screen.findByLabelText(/Company name/);
    for (const [label, value] of fields) {
      await user.click(screen.getByLabelText(label));
      await user.paste(value);
    }
    await user.click(screen.getByRole('radio', { name: /has accepted the Microsoft Customer Agreement/ }));
    await user.click(screen.getByRole('button', { name: 'Next: Review' }));
    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    const section = within(await screen.findByRole('region', { name: 'Send the account details' }));
    expect(section.getByRole('textbox', { name: 'To' })).toHaveValue('kim@bluebird.example');
    const text = section.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(text.value).toContain('User name: admin@bluebirdbooks.onmicrosoft.com');
    await user.click(section.getByRole('button', { name: 'Send' }));
    await user.click(await section.findByRole('link', { name: 'Open their mailbox' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mail' })).toBeInTheDocument();
    expect(listed()).toEqual([
      expect.stringMatching(/^Your Microsoft 365 account — Fabrikam Cloud Services/),
      expect.stringMatching(
        /^UnreadFabrikam Cloud Services confirmed your acceptance of the Microsoft Customer Agreement/,
      ),
    ]);
  });
});
