import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

// What customers tripped over (issue 10, §2.1, §2.3 and §2.4 on the customer side).

const REACH_OUT =
  'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.';
const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const TAILSPIN = '7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11';
const invitationLink = (partnerId: string, dap: boolean) =>
  `/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=${partnerId}&msppId=0&DAP=${dap}`;
const scenario1 = { scenario: 'scenario-1', signedInAs: 'admin@adatum.onmicrosoft.com' };

/** The guidance under the reach-out message: who to contact, and how. */
async function partnersToContact() {
  expect(await screen.findByText(REACH_OUT)).toBeInTheDocument();
  return screen.getByRole('list', { name: 'Partners to contact' });
}

describe('§2.1 the reach-out message names the partners to contact', () => {
  it('Scenario 1, Accept agreement: the partner the purchases were made through, with email, phone and a link', async () => {
    renderApp('/BillingAccounts/agreement', scenario1);
    const list = await partnersToContact();
    expect(within(list).getByRole('link', { name: 'Fabrikam Cloud Services' })).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'partners@fabrikam.example' })).toHaveAttribute(
      'href',
      'mailto:partners@fabrikam.example',
    );
    expect(within(list).getByRole('link', { name: '+1 425 555 0100' })).toHaveAttribute(
      'href',
      'tel:+14255550100',
    );
    expect(
      screen.getByRole('link', { name: 'See all your partners in Partner relationships' }),
    ).toHaveAttribute('href', '/partners');
    expect(screen.queryByText(/Partner Center/)).not.toBeInTheDocument();
  });

  it('Scenario 2, invitation: the partner the purchases were made through, not the inviting one', async () => {
    renderApp(invitationLink(TAILSPIN, false), {
      scenario: 'scenario-2',
      signedInAs: 'admin@litware.onmicrosoft.com',
    });
    const list = await partnersToContact();
    expect(within(list).getByRole('link', { name: 'Alpine IT Services' })).toBeInTheDocument();
    expect(within(list).getByText('partners@alpineit.example')).toBeInTheDocument();
    expect(within(list).queryByText(/Tailspin/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Partner Center/)).not.toBeInTheDocument();
  });

  it('Home does not send a Scenario 1 customer to Accept agreement: it shows the same guidance', async () => {
    renderApp('/homepage', scenario1);
    const list = await partnersToContact();
    expect(within(list).getByText('partners@fabrikam.example')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Accept agreement' })).not.toBeInTheDocument();
  });

  it('Purchase services does not either', async () => {
    renderApp('/catalog', scenario1);
    const list = await partnersToContact();
    expect(within(list).getByText('partners@fabrikam.example')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Accept agreement' })).not.toBeInTheDocument();
  });

  it('nor Billing accounts', async () => {
    renderApp('/BillingAccounts', scenario1);
    await partnersToContact();
    expect(screen.queryByRole('link', { name: 'Accept agreement' })).not.toBeInTheDocument();
  });

  it('in Italian too, with the partners named the same way', async () => {
    renderApp('/BillingAccounts/agreement', { ...scenario1, language: 'it-IT' });
    const list = await screen.findByRole('list', { name: 'Partner da contattare' });
    expect(within(list).getByText('partners@fabrikam.example')).toBeInTheDocument();
  });
});

describe('§2.3 after Accept & Authorize', () => {
  it('says the partner is authorized and the MCA accepted, and the partner card says who accepted', async () => {
    const { user } = renderApp(invitationLink(TAILSPIN, false), {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
    });
    await user.click(await screen.findByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Accept & Authorize' }));
    expect(
      await screen.findByText(
        'You accepted the Microsoft Customer Agreement and authorized this partner to work with your organization.',
      ),
    ).toBeInTheDocument();
    const details = screen.getByRole('dialog', { name: 'Tailspin Toys Solutions' });
    expect(within(details).queryByText(/has not confirmed any agreement/)).not.toBeInTheDocument();
    expect(
      within(details).getByText(
        'Your organization accepted the Microsoft Customer Agreement itself, in the admin center, so Tailspin Toys Solutions did not need to confirm it.',
      ),
    ).toBeInTheDocument();
  });

  it('says only the partner was authorized when the MCA was accepted before', async () => {
    // Relecloud's acceptance was confirmed by Fabrikam; Contoso Distribution invites it.
    const { user } = renderApp(invitationLink('1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f', false), {
      scenario: 'partner-training',
      signedInAs: 'admin@relecloud.onmicrosoft.com',
    });
    await user.click(await screen.findByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Accept & Authorize' }));
    expect(
      await screen.findByText('You accepted the invitation: this partner now works with your organization.'),
    ).toBeInTheDocument();
  });
});

describe('§2.4 countries, currency, account status, review before buying', () => {
  it('shows country names, not codes, in the language shown', async () => {
    const first = renderApp('/homepage', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByText('Italy')).toBeInTheDocument();
    first.unmount();
    renderApp('/BillingAccounts', {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
      language: 'it-IT',
    });
    expect(await screen.findByText('Northwind Traders, Italia')).toBeInTheDocument();
  });

  it('names the country in partner addresses', async () => {
    renderApp(`/partners/${FABRIKAM}`, {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    const details = await screen.findByRole('dialog', { name: 'Fabrikam Cloud Services' });
    expect(within(details).getByText('1 Fabrikam Way, Redmond, 98052, United States')).toBeInTheDocument();
  });

  it('Partner Center Account info shows the country by name', async () => {
    renderApp('/partner-center/customers/c0a1e5b2-0010-4a6e-9b1c-000000000010', {
      scenario: 'partner-training',
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(await screen.findByText('United Kingdom')).toBeInTheDocument();
    expect(screen.queryByText('GB')).not.toBeInTheDocument();
  });

  it('prices Purchase services in the tenant’s currency (EUR for Italy)', async () => {
    const first = renderApp('/catalog', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    const basic = await screen.findByRole('region', { name: 'Microsoft 365 Business Basic' });
    expect(within(basic).getByText(/€5\.60 per month/)).toBeInTheDocument();
    first.unmount();
    renderApp('/catalog', { signedInAs: 'admin@northwindtraders.onmicrosoft.com', language: 'it-IT' });
    const basicIt = await screen.findByRole('region', { name: 'Microsoft 365 Business Basic' });
    expect(within(basicIt).getByText(/5,60 € al mese/)).toBeInTheDocument();
  });

  it('Partner Center’s New order prices an Italian customer’s offers in euros', async () => {
    renderApp('/partner-center/customers/c0a1e5b2-0009-4a6e-9b1c-000000000009/orders/new', {
      scenario: 'partner-training',
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(await screen.findByText(/€5\.60/)).toBeInTheDocument();
    expect(screen.queryByText(/\$6\.00/)).not.toBeInTheDocument();
  });

  it('a billing account without an accepted agreement is not Active, and says why', async () => {
    renderApp('/BillingAccounts', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByText('Pending agreement')).toBeInTheDocument();
    expect(screen.queryByText('Active')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Nothing can be bought on this account until the Microsoft Customer Agreement is accepted.',
      ),
    ).toBeInTheDocument();
  });

  it('a billing account with an accepted agreement is Active', async () => {
    renderApp('/BillingAccounts', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    expect(await screen.findByText('Active')).toBeInTheDocument();
  });

  it('Purchase services shows a review before buying; Back keeps what was typed', async () => {
    const { user } = renderApp('/catalog', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    const region = await screen.findByRole('region', { name: 'Visio Plan 2' });
    const quantity = within(region).getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '3');
    await user.click(within(region).getByRole('button', { name: 'Review Visio Plan 2' }));

    const review = await screen.findByRole('region', { name: 'Review your purchase' });
    expect(within(review).getByText('Visio Plan 2')).toBeInTheDocument();
    expect(within(review).getByText('3')).toBeInTheDocument();
    expect(within(review).getByText('£36.90 per month')).toBeInTheDocument();
    expect(within(review).getByText('Woodgrove Bank')).toBeInTheDocument();
    expect(within(review).getByText(/Microsoft Customer Agreement, accepted/)).toBeInTheDocument();
    expect(screen.queryByText('Bought 3 × Visio Plan 2.')).not.toBeInTheDocument();

    await user.click(within(review).getByRole('button', { name: 'Back' }));
    const again = await screen.findByRole('region', { name: 'Visio Plan 2' });
    expect(within(again).getByLabelText('Quantity')).toHaveValue(3);
    await user.click(within(again).getByRole('button', { name: 'Review Visio Plan 2' }));
    await user.click(
      within(await screen.findByRole('region', { name: 'Review your purchase' })).getByRole('button', {
        name: 'Buy',
      }),
    );
    expect(await screen.findByText('Bought 3 × Visio Plan 2.')).toBeInTheDocument();
  });
});
