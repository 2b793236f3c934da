import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { db, load } from '../../mocks/db/db';
import { call, tokenFor } from '../api';
import { tenantOf } from '../builders';
import { MCA } from '../partner-center';
import { configureBackend } from '../../mocks/lib/route';
import { server } from '../../mocks/node';
import { parseFaults } from '../../src/domain/faults';
import { fill } from '../fill';
import { renderApp } from '../render-app';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

const valueOf = (element: HTMLElement) => (element as HTMLTextAreaElement).value;
const customersTable = () => screen.findByRole('table', { name: 'Customers' });
const rowOf = async (name: string) => {
  const table = await customersTable();
  const link = within(table).getByRole('link', { name });
  const row = link.closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return within(row);
};

describe('Partner Center (simulated): sign-in and Customers', () => {
  it('signs a partner agent in from the demo accounts and lists the customers with their MCA standing', async () => {
    const { user } = renderApp('/partner-center/signin');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Partner Center (simulated)' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Never enter real credentials here/)).toBeInTheDocument();
    const accounts = await screen.findByRole('table', { name: 'Demo accounts' });
    expect(within(accounts).getAllByText('Fabrikam Cloud Services (Direct-bill partner)')).toHaveLength(3);
    expect(within(accounts).getByText('Proseware Partners (Indirect reseller)')).toBeInTheDocument();
    await user.click(within(accounts).getByRole('button', { name: 'Use adele@fabrikam.example' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account manager for Adele Vance' })).toBeInTheDocument();
    expect((await rowOf('Relecloud')).getByText('Confirmed by partner attestation')).toBeInTheDocument();
    expect((await rowOf('Wingtip Toys')).getByText('Accepted directly by the customer')).toBeInTheDocument();
    expect((await rowOf('Graphic Design Institute')).getByText('Not confirmed')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Coho Winery' })).not.toBeInTheDocument();
  });

  it('tells a wrong password apart and keeps what was typed', async () => {
    const { user } = renderApp('/partner-center/signin');
    await fill(user, await screen.findByLabelText(/User name/), 'adele@fabrikam.example');
    await fill(user, screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The password is not correct for this account.')).toBeInTheDocument();
    expect(screen.getByLabelText(/User name/)).toHaveValue('adele@fabrikam.example');
  });

  it('shows an agent without a role the customers but nothing to change', async () => {
    renderApp('/partner-center/customers', { partnerSignedInAs: 'megan@fabrikam.example' });
    expect(await screen.findByText(/Your account has no agent role/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add customer' })).not.toBeInTheDocument();
    expect(await customersTable()).toBeInTheDocument();
  });

  it('sends a signed-out visitor to the partner sign-in, and back afterwards', async () => {
    const { user } = renderApp(`/partner-center/customers/${tenantOf('relecloud')}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Partner Center (simulated)' }),
    ).toBeInTheDocument();
    await fill(user, screen.getByLabelText(/User name/), 'lee@fabrikam.example');
    await fill(user, screen.getByLabelText(/Password/), 'Partner#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Relecloud' })).toBeInTheDocument();
  });
});

describe('New customer', () => {
  async function fillAccountInfo(user: ReturnType<typeof renderApp>['user'], prefix = 'bluebirdbooks') {
    await fill(user, await screen.findByLabelText(/Company name/), 'Bluebird Books');
    await fill(user, screen.getByLabelText(/Domain name/), prefix);
    await fill(user, screen.getByLabelText(/Address line 1/), 'Via Zamboni 3');
    await fill(user, screen.getByLabelText(/^City/), 'Bologna');
    await fill(user, screen.getByLabelText(/Postal code/), '40126');
    await fill(user, screen.getByLabelText(/First name/), 'Kim');
    await fill(user, screen.getByLabelText(/Last name/), 'Abercrombie');
    await fill(user, screen.getByLabelText(/Email address/), 'kim@bluebird.example');
  }

  it('creates a customer who will accept in the admin center, and hands over the credentials', async () => {
    const { user } = renderApp('/partner-center/customers/new', {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'New customer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next: Review' }));
    expect(screen.getByText('Some fields need your attention.')).toBeInTheDocument();
    expect(screen.getByText('Enter the company name.')).toBeInTheDocument();
    expect(
      screen.getByText('Choose how the customer accepts the Microsoft Customer Agreement.'),
    ).toBeInTheDocument();

    await fillAccountInfo(user, 'relecloud');
    await user.click(screen.getByRole('button', { name: 'Check availability' }));
    expect(
      await screen.findByText('relecloud.onmicrosoft.com is already in use. Choose another one.'),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/Domain name/));
    await fill(user, screen.getByLabelText(/Domain name/), 'BluebirdBooks');
    await user.click(screen.getByRole('button', { name: 'Check availability' }));
    expect(await screen.findByText('bluebirdbooks.onmicrosoft.com is available.')).toBeInTheDocument();

    await user.click(
      screen.getByRole('radio', {
        name: 'Customer will be asked to accept the Microsoft Customer Agreement in Microsoft 365 Admin Center',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Next: Review' }));
    expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getByText('bluebirdbooks.onmicrosoft.com')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByRole('heading', { name: 'Confirmation' })).toBeInTheDocument();
    expect(screen.getByText('admin@bluebirdbooks.onmicrosoft.com')).toBeInTheDocument();
    const user_ = db().users.find((u) => u.userPrincipalName === 'admin@bluebirdbooks.onmicrosoft.com');
    expect(screen.getByText(user_?.password ?? 'missing')).toBeInTheDocument();
    expect(user_?.temporaryPassword).toBe(true);
    expect(
      screen.getByRole('link', { name: /AdminPortal\/Home\?ref=\/BillingAccounts\/agreement$/ }),
    ).toBeInTheDocument();
    expect(valueOf(screen.getByRole('textbox', { name: 'Message' }))).toContain(
      `Temporary password: ${user_?.password}`,
    );

    await user.click(screen.getByRole('link', { name: 'Back to Customers' }));
    // Invited and waiting for the customer, not an untouched customer.
    expect(
      (await rowOf('Bluebird Books')).getByText('Invited: waiting for the customer to accept'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Bluebird Books' }));
    const waiting = await screen.findByRole('region', { name: 'Microsoft Customer Agreement' });
    expect(within(waiting).getByText('Invited: waiting for the customer to accept')).toBeInTheDocument();
    expect(within(waiting).getByText(/You invited Bluebird Books on Nov 25, 2026/)).toBeInTheDocument();
  });

  it('attests while creating; refuses a future date, and a taken domain sends the form back with the reason', async () => {
    const { user } = renderApp('/partner-center/customers/new', {
      partnerSignedInAs: 'lee@fabrikam.example',
    });
    await fillAccountInfo(user);
    await user.click(screen.getByRole('radio', { name: /has accepted the Microsoft Customer Agreement/ }));
    const date = screen.getByLabelText(/Agreement acceptance date/);
    await user.clear(date);
    await user.type(date, '2026-11-26');
    await user.click(screen.getByRole('button', { name: 'Next: Review' }));
    expect(screen.getByText('The agreement acceptance date cannot be in the future.')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2026-11-24');
    await user.click(screen.getByRole('button', { name: 'Update' }));
    const first = screen.getAllByLabelText(/First name/)[1];
    if (!first) throw new Error('no signer fields');
    await user.clear(first);
    await fill(user, first, 'Robin');
    await user.click(screen.getByRole('button', { name: 'Next: Review' }));
    expect(
      await screen.findByText(/Accepted by Robin Abercrombie, kim@bluebird.example/),
    ).toBeInTheDocument();

    // Someone takes the domain meanwhile: the form comes back with the reason and everything typed.
    db().tenants.push({
      id: 'c0a1e5b2-0098-4a6e-9b1c-000000000098',
      displayName: 'Taken',
      defaultDomain: 'bluebirdbooks.onmicrosoft.com',
      country: 'US',
    });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('This domain is already in use. Choose another one.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Company name/)).toHaveValue('Bluebird Books');
    await user.clear(screen.getByLabelText(/Domain name/));
    await fill(user, screen.getByLabelText(/Domain name/), 'bluebird2');
    await user.click(screen.getByRole('button', { name: 'Next: Review' }));
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    expect(
      await screen.findByText('The customer’s acceptance of the Microsoft Customer Agreement is confirmed.'),
    ).toBeInTheDocument();
    const created = db().tenants.find((t) => t.defaultDomain === 'bluebird2.onmicrosoft.com');
    expect(db().agreements.filter((a) => a.tenantId === created?.id)).toMatchObject([
      {
        acceptedVia: 'partner',
        dateAgreed: '2026-11-24T00:00:00.000Z',
        primaryContact: { firstName: 'Robin' },
      },
    ]);
  });

  it('lets an indirect reseller create a customer but not attest', async () => {
    renderApp('/partner-center/customers/new', { partnerSignedInAs: 'isaiah@proseware.example' });
    expect(
      await screen.findByRole('radio', { name: /has accepted the Microsoft Customer Agreement/ }),
    ).toBeDisabled();
    expect(screen.getByText(/Work with your indirect provider \(Contoso Distribution\)/)).toBeInTheDocument();
  });
});

describe('Account info › Microsoft Customer Agreement › Update', () => {
  /** Opens Update and types Harper Lewis as the contact who accepted (not saved yet). */
  async function typeConfirmation(user: ReturnType<typeof renderApp>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Update' }));
    await fill(user, screen.getByLabelText(/First name/), 'Harper');
    await fill(user, screen.getByLabelText(/Last name/), 'Lewis');
    await fill(user, screen.getByLabelText(/Email address/), 'harper@graphicdesign.example');
  }

  it('records a confirmation, refuses the identical one (600061) and keeps what was typed', async () => {
    const customer = tenantOf('graphicdesigninstitute');
    const { user } = renderApp(`/partner-center/customers/${customer}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Graphic Design Institute' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No partner has confirmed this customer’s acceptance.')).toBeInTheDocument();

    const update = async () => {
      await typeConfirmation(user);
      await user.click(screen.getByRole('button', { name: 'Save' }));
    };
    await update();
    expect(
      await screen.findByText('The confirmation for Graphic Design Institute is saved.'),
    ).toBeInTheDocument();
    const confirmations = screen.getByRole('table', { name: 'Partner confirmations' });
    expect(within(confirmations).getByText('Harper Lewis')).toBeInTheDocument();
    expect(screen.getByText('Confirmed by partner attestation')).toBeInTheDocument();

    await update();
    expect(await screen.findByText(/code 600061/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Email address/)).toHaveValue('harper@graphicdesign.example');
    expect(db().agreements.filter((a) => a.tenantId === customer)).toHaveLength(1);
  });

  it('never posts an empty template id: without an MCA template in the metadata it says so and saves nothing', async () => {
    server.use(
      http.get('*/v1/agreements', () =>
        HttpResponse.json({ totalCount: 0, items: [], attributes: { objectType: 'Collection' } }),
      ),
    );
    const posted: unknown[] = [];
    const watch = async ({ request }: { request: Request }) => {
      if (request.method === 'POST' && /\/agreements$/.test(new URL(request.url).pathname))
        posted.push(await request.clone().json());
    };
    server.events.on('request:start', watch);
    onTestFinished(() => server.events.removeListener('request:start', watch));
    const customer = tenantOf('graphicdesigninstitute');
    const { user } = renderApp(`/partner-center/customers/${customer}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await typeConfirmation(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/lists no Microsoft Customer Agreement template/)).toBeInTheDocument();
    expect(posted).toEqual([]);
    expect(screen.getByLabelText(/Email address/)).toHaveValue('harper@graphicdesign.example');
    expect(db().agreements.filter((a) => a.tenantId === customer)).toHaveLength(0);
  });

  it('keeps the form open with what was typed when the save fails and the backend stays down', async () => {
    const customer = tenantOf('graphicdesigninstitute');
    const { user } = renderApp(`/partner-center/customers/${customer}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await typeConfirmation(user);
    configureBackend({ faults: parseFaults('dead').rules });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/The service did not answer/)).toBeInTheDocument();
    expect(screen.getByLabelText(/First name/)).toHaveValue('Harper');
    expect(screen.getByLabelText(/Last name/)).toHaveValue('Lewis');
    expect(screen.getByLabelText(/Email address/)).toHaveValue('harper@graphicdesign.example');
    expect(screen.getByRole('heading', { level: 1, name: 'Graphic Design Institute' })).toBeInTheDocument();
    expect(db().agreements.filter((a) => a.tenantId === customer)).toHaveLength(0);
  });

  it('shows an indirect reseller why it cannot attest, and the customer’s indirect partners', async () => {
    renderApp(`/partner-center/customers/${tenantOf('cohowinery')}`, {
      partnerSignedInAs: 'isaiah@proseware.example',
    });
    expect(
      await screen.findByText(/Indirect resellers cannot confirm customer acceptance/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
    expect(screen.getByText('Contoso Distribution')).toBeInTheDocument();
  });
});

describe('Account info › the customer will be asked (MCA invitation)', () => {
  it('invites an untouched customer, shows it waiting with the link to resend, then accepted once it accepts', async () => {
    const customer = tenantOf('graphicdesigninstitute');
    const { user } = renderApp(`/partner-center/customers/${customer}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    const section = await screen.findByRole('region', { name: 'Microsoft Customer Agreement' });
    expect(within(section).getByText('Not confirmed')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Invite the customer to accept' }));

    expect(
      await within(section).findByText('Invited: waiting for the customer to accept'),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(/You invited Graphic Design Institute on Nov 25, 2026/),
    ).toBeInTheDocument();
    const link = within(section).getByRole('link', {
      name: /AdminPortal\/Home\?ref=\/BillingAccounts\/agreement$/,
    });
    await user.click(within(section).getByRole('button', { name: 'Copy link' }));
    expect(await within(section).findByText('The link is copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link.getAttribute('href'));
    await user.click(within(section).getByRole('button', { name: 'Send again' }));
    const message = await within(section).findByRole('textbox', { name: 'Message' });
    expect(valueOf(message)).toContain(link.getAttribute('href'));
    // Update (attest) stays available while the customer has not accepted.
    expect(within(section).getByRole('button', { name: 'Update' })).toBeInTheDocument();

    // The customer accepts in the admin center, through the link.
    const token = await tokenFor('admin@graphicdesigninstitute.onmicrosoft.com', 'Design#2026');
    await call('/api/agreement/accept', { method: 'POST', token, body: { templateId: MCA } });
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    await user.click(within(breadcrumb).getByRole('link', { name: 'Customers' }));
    const row = await rowOf('Graphic Design Institute');
    expect(row.getByText('Accepted directly by the customer')).toBeInTheDocument();
    expect(row.queryByText(/Invited/)).not.toBeInTheDocument();
  });

  it('offers no invitation to an agent without a role', async () => {
    renderApp(`/partner-center/customers/${tenantOf('graphicdesigninstitute')}`, {
      partnerSignedInAs: 'megan@fabrikam.example',
    });
    await screen.findByRole('region', { name: 'Microsoft Customer Agreement' });
    expect(screen.queryByRole('button', { name: 'Invite the customer to accept' })).not.toBeInTheDocument();
  });
});

describe('New order', () => {
  it('prompts for the confirmation first, then places the order', async () => {
    const customer = tenantOf('graphicdesigninstitute');
    const { user } = renderApp(`/partner-center/customers/${customer}/orders/new`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(await screen.findByText('Confirm the customer’s acceptance first')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByText('Enter the first name.')).toBeInTheDocument();
    await fill(user, screen.getByLabelText(/First name/), 'Harper');
    await fill(user, screen.getByLabelText(/Last name/), 'Lewis');
    await fill(user, screen.getByLabelText(/Email address/), 'harper@graphicdesign.example');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('button', { name: 'Review order' })).toBeInTheDocument();
    await user.clear(await screen.findByLabelText(/Quantity/));
    await user.type(screen.getByLabelText(/Quantity/), '5');
    await user.click(screen.getByRole('button', { name: 'Review order' }));
    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByText(/is placed: 5 × Microsoft 365 Business Basic/)).toBeInTheDocument();
    expect(db().purchases.filter((p) => p.tenantId === customer && p.partnerId === FABRIKAM)).toHaveLength(1);
  });

  it('reviews the order before anything is bought; Back and a failed order keep what was chosen', async () => {
    const customer = tenantOf('relecloud');
    const bought = () => db().purchases.filter((p) => p.tenantId === customer && p.partnerId === FABRIKAM);
    const before = bought().length;
    const { user } = renderApp(`/partner-center/customers/${customer}/orders/new`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await user.click(await screen.findByRole('combobox', { name: 'Offer' }));
    await user.click(screen.getByRole('option', { name: /Microsoft 365 Business Premium/ }));
    await user.clear(screen.getByLabelText(/Quantity/));
    await user.type(screen.getByLabelText(/Quantity/), '4');
    expect(screen.queryByRole('button', { name: 'Place order' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review order' }));

    const review = await screen.findByRole('form', { name: 'Review' });
    expect(within(review).getByText('Nothing is bought', { exact: false })).toBeInTheDocument();
    for (const [term, value] of [
      ['Customer', 'Relecloud'],
      ['Offer', /^Microsoft 365 Business Premium/],
      ['Quantity', '4'],
      ['Price', '$88.00 per month ($22.00 each)'],
      ['Billing frequency', 'Monthly'],
    ] as const) {
      const dt = within(review).getByText(term, { selector: 'dt' });
      expect(dt.nextElementSibling?.textContent).toMatch(value);
    }
    expect(bought()).toHaveLength(before);

    await user.click(within(review).getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText(/Quantity/)).toHaveValue(4);
    expect(screen.getByRole('combobox', { name: 'Offer' })).toHaveTextContent(/Business Premium/);
    await user.click(screen.getByRole('button', { name: 'Review order' }));

    configureBackend({ faults: parseFaults('dead').rules });
    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByText(/The service did not answer/)).toBeInTheDocument();
    expect(bought()).toHaveLength(before);
    configureBackend({ faults: [] });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText(/Quantity/)).toHaveValue(4);
    await user.click(screen.getByRole('button', { name: 'Review order' }));
    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByText(/is placed: 4 × Microsoft 365 Business Premium/)).toBeInTheDocument();
    expect(bought()).toHaveLength(before + 1);
  });

  it('an indirect reseller sees New order unavailable, with the reason, on Account info and on the page', async () => {
    renderApp(`/partner-center/customers/${tenantOf('cohowinery')}`, {
      partnerSignedInAs: 'isaiah@proseware.example',
    });
    expect(await screen.findByRole('button', { name: 'New order' })).toBeDisabled();
    const reason =
      'New order is not available to indirect resellers: your indirect provider (Contoso Distribution) places the orders for your customers.';
    expect(screen.getByText(reason)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New order' })).not.toBeInTheDocument();
  });

  it('opening New order directly as an indirect reseller shows the reason and no order form', async () => {
    renderApp(`/partner-center/customers/${tenantOf('cohowinery')}/orders/new`, {
      partnerSignedInAs: 'isaiah@proseware.example',
    });
    expect(
      await screen.findByText(
        /New order is not available to indirect resellers: your indirect provider \(Contoso Distribution\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Review order' })).not.toBeInTheDocument();
  });
});

describe('Request a reseller relationship', () => {
  it('builds the email with the real link format, follows the DAP box, copies, and keeps a mailto: link', async () => {
    const { user } = renderApp('/partner-center/relationship-request', {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request a reseller relationship' }),
    ).toBeInTheDocument();
    const link = `http://localhost/Adminportal/Home?invType=ResellerRelationship&partnerId=${FABRIKAM}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
    expect(screen.getByRole('link', { name: link })).toBeInTheDocument();
    const message = screen.getByRole('textbox', { name: 'Message' });
    expect(valueOf(message)).toContain(link);

    await user.type(message, '{Control>}{End}{/Control} PS: call me.');
    await user.click(screen.getByRole('checkbox', { name: /Include delegated administration privileges/ }));
    const dapLink = link.replace('DAP=false', 'DAP=true');
    expect(screen.getByRole('link', { name: dapLink })).toBeInTheDocument();
    expect(valueOf(message)).toContain(dapLink);
    expect(valueOf(message)).toContain('PS: call me.');

    await user.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect(await screen.findByText('The message is copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toContain(dapLink);
    const mail = screen.getByRole('link', { name: 'Open in your email app' });
    expect(mail.getAttribute('href')).toMatch(
      /^mailto:\?subject=Reseller%20relationship%20request%20from%20Fabrikam/,
    );
    expect(decodeURIComponent(mail.getAttribute('href') ?? '')).toContain(dapLink);
  });
});

describe('Request a reseller relationship, indirect partners', () => {
  const PROSEWARE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
  const CONTOSO_DISTRIBUTION = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
  const indirectLink = `http://localhost/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PROSEWARE}&msppId=6234410&indirectCSPId=${CONTOSO_DISTRIBUTION}&DAP=false#/BillingAccounts/partner-invitation`;

  it('an indirect provider picks one of its resellers: the link and the email become the indirect form', async () => {
    const { user } = renderApp('/partner-center/relationship-request', {
      partnerSignedInAs: 'diego@contosodistribution.example',
    });
    const picker = await screen.findByRole('combobox', { name: 'Indirect reseller' });
    expect(picker).toHaveTextContent('None: invite the customer to you only');
    expect(
      screen.getByRole('link', { name: /invType=ResellerRelationship&partnerId=1d2e3f40/ }),
    ).toBeInTheDocument();

    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Proseware Partners' }));
    expect(screen.getByRole('link', { name: indirectLink })).toBeInTheDocument();
    const message = valueOf(screen.getByRole('textbox', { name: 'Message' }));
    expect(message).toContain(
      'Proseware Partners would like to become your Cloud Solution Provider reseller, with Contoso Distribution as its indirect provider.',
    );
    expect(message).toContain(indirectLink);
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue(
      'Reseller relationship request from Proseware Partners and Contoso Distribution',
    );
    expect(
      screen.getByText(/the customer also grants Proseware Partners Global admin and Helpdesk admin roles/),
    ).toBeInTheDocument();
  });

  it('an indirect reseller’s link names its indirect provider', async () => {
    renderApp('/partner-center/relationship-request', { partnerSignedInAs: 'isaiah@proseware.example' });
    expect(await screen.findByRole('combobox', { name: 'Indirect provider' })).toHaveTextContent(
      'Contoso Distribution',
    );
    expect(screen.getByRole('link', { name: indirectLink })).toBeInTheDocument();
  });
});

describe('Demo › Reset demo from Partner Center', () => {
  it('restores the seed, signs everyone out and returns to the partner sign-in', async () => {
    const { user } = renderApp('/partner-center/customers', { partnerSignedInAs: 'adele@fabrikam.example' });
    await customersTable();
    db().tenants.pop();
    await user.click(screen.getByRole('button', { name: 'Demo' }));
    await user.click(await screen.findByRole('button', { name: 'Reset demo' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reset the demo?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reset demo' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Partner Center (simulated)' }),
    ).toBeInTheDocument();
    expect(db().tenants).toHaveLength(4);
    expect(db().sessions).toEqual([]);
  });
});

describe('API activity', () => {
  it('lists the calls behind the page, with status and masked secrets', async () => {
    const { user } = renderApp('/partner-center/signin');
    await fill(user, await screen.findByLabelText(/User name/), 'adele@fabrikam.example');
    await fill(user, screen.getByLabelText(/Password/), 'Partner#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Customers' });
    await user.click(screen.getByRole('button', { name: 'API activity' }));
    const panel = await screen.findByRole('list', { name: 'API activity' });
    expect(within(panel).getByText('/api/partner/customers')).toBeInTheDocument();
    const signIn = within(panel).getByText('/api/partner/signin').closest('li');
    if (!signIn) throw new Error('no sign-in entry');
    expect(within(signIn).getByText('200')).toBeInTheDocument();
    expect(signIn.textContent).toContain('"password": "••••••"');
    expect(signIn.textContent).not.toContain('Partner#2026');
    await user.click(screen.getByRole('button', { name: 'Close' }));
  });
});

describe('an advisor (Lucerne Advisory, advisor of Woodgrove Bank)', () => {
  const signedInAdvisor = () => {
    load({ scenarioId: 'six-partners', now: '2026-11-25T09:00:00Z' });
    return { partnerSignedInAs: 'admin@lucerneadvisory.example' };
  };

  it('is offered neither an order nor a confirmation on Account info, and is told why', async () => {
    const options = signedInAdvisor();
    renderApp(`/partner-center/customers/${tenantOf('woodgrovebank')}`, options);
    expect(await screen.findByRole('heading', { level: 1, name: 'Woodgrove Bank' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Lucerne Advisory is an advisor of Woodgrove Bank: only the customer’s reseller can confirm its acceptance of the Microsoft Customer Agreement.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New order' })).not.toBeInTheDocument();
  });

  it('opening New order directly shows why, and no order form', async () => {
    const options = signedInAdvisor();
    renderApp(`/partner-center/customers/${tenantOf('woodgrovebank')}/orders/new`, options);
    expect(
      await screen.findByText(
        'Lucerne Advisory is an advisor of Woodgrove Bank: only the customer’s reseller can place orders.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Place order' })).not.toBeInTheDocument();
  });
});
