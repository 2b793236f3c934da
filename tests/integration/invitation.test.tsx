import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../shell';
import { renderApp } from '../render-app';

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const TAILSPIN = '7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11';
const CONTOSO_DISTRIBUTION = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const PROSEWARE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const invitation = (query: string) => `/BillingAccounts/partner-invitation?${query}`;
const link = (partnerId: string, dap: boolean) =>
  invitation(`invType=ResellerRelationship&partnerId=${partnerId}&msppId=0&DAP=${dap}`);

describe('Accept agreement & authorize partner journey', () => {
  it('a new customer accepts a reseller invitation with DAP: warned, then the partner is selected in the list', async () => {
    const { user } = renderApp(link(FABRIKAM, true), { scenario: 'new-customer' });
    // No session: the link goes through sign-in, with the temporary password, and keeps its parameters.
    await user.type(await screen.findByLabelText(/User name/), 'admin@contosonew.onmicrosoft.com');
    await user.type(screen.getByLabelText(/^Password/), 'TempPass#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText(/^New password/), 'Contoso#2026new');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'Contoso#2026new');
    await user.click(screen.getByRole('button', { name: 'Update password and sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accept agreement & authorize partner' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fabrikam Cloud Services' })).toBeInTheDocument();
    expect(screen.getByText('partners@fabrikam.example')).toBeInTheDocument();
    expect(screen.getByText('Reseller, with delegated admin roles')).toBeInTheDocument();
    expect(screen.getByText('This invitation also grants delegated admin roles')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Microsoft Customer Agreement' })).toBeInTheDocument();

    const accept = screen.getByRole('button', { name: 'Accept & Authorize' });
    expect(accept).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /I authorize Fabrikam Cloud Services/ }));
    await user.click(accept);

    // Partner relationships, with the new partner's details open in the side panel.
    const details = await screen.findByRole('dialog', { name: 'Fabrikam Cloud Services' });
    expect(within(details).getByText('Reseller, Delegated admin')).toBeInTheDocument();
    expect(within(details).getByText('Global administrator')).toBeInTheDocument();
    expect(
      within(details).getByText(
        'You accepted the Microsoft Customer Agreement and authorized this partner to work with your organization.',
      ),
    ).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Close' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partner relationships' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fabrikam Cloud Services' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso New Ltd' })).toBeInTheDocument();
    expect(screen.queryByText(/has not accepted the Microsoft Customer Agreement/)).not.toBeInTheDocument();
  });

  it('says an invitation already accepted is accepted, and offers no button', async () => {
    renderApp(link('6b5a4938-2716-4e5d-8c3b-a29180f7e6d5', false), {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
    });
    expect(
      await screen.findByText(
        /This invitation is already accepted: Trey Research Services is your reseller. Nothing was changed./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept & Authorize' })).not.toBeInTheDocument();
  });

  it('an existing customer with the MCA pending authorizes a new partner without DAP', async () => {
    const { user } = renderApp(link(TAILSPIN, false), {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
    });
    expect(await screen.findByText('Reseller', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByText('This invitation also grants delegated admin roles')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Accept & Authorize' }));
    expect(
      within(await screen.findByRole('dialog', { name: 'Tailspin Toys Solutions' })).getByText('Reseller'),
    ).toBeInTheDocument();
  });

  it('Scenario 2: an invitation from a partner new to a customer with partner purchases shows the reach-out message', async () => {
    renderApp(link(TAILSPIN, false), { scenario: 'scenario-2', signedInAs: 'admin@litware.onmicrosoft.com' });
    expect(
      await screen.findByText(
        'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept & Authorize' })).not.toBeInTheDocument();
  });

  it('the MCA link follows the UI language where the tenant’s country offers it', async () => {
    const { user } = renderApp(link(TAILSPIN, true), {
      scenario: 'read-only-user',
      signedInAs: 'admin@fourthcoffee.onmicrosoft.com',
    });
    expect(await screen.findByText('(simulated document: en-US, country Italy)')).toBeInTheDocument();
    await chooseLanguage(user, 'Italiano (Italia)');
    expect(await screen.findByText('(documento simulato: it-IT, paese Italia)')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Accetta il contratto e autorizza il partner' }),
    ).toBeInTheDocument();
  });

  it('only a Global admin may accept', async () => {
    renderApp(link(TAILSPIN, false), { signedInAs: 'billing@northwindtraders.onmicrosoft.com' });
    expect(
      await screen.findByText(
        'Only a Global administrator can accept this invitation. Ask one of them to open this link.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Accept & Authorize' })).toBeDisabled();
  });

  it.each([
    [
      'a missing partnerId',
      invitation('invType=ResellerRelationship&msppId=0&DAP=true'),
      'The link has no partnerId parameter.',
    ],
    ['a missing invType', invitation(`partnerId=${FABRIKAM}&DAP=true`), 'The link has no invType parameter.'],
    [
      'a wrong invType',
      invitation(`invType=Administration&partnerId=${FABRIKAM}`),
      /only ResellerRelationship and IndirectResellerRelationship are supported/,
    ],
    [
      'a malformed partnerId',
      invitation('invType=ResellerRelationship&partnerId=12345&DAP=true'),
      'The partner ID “12345” is not a valid ID.',
    ],
    [
      'DAP=maybe',
      invitation(`invType=ResellerRelationship&partnerId=${FABRIKAM}&DAP=maybe`),
      'DAP must be true or false, not “maybe”.',
    ],
    [
      'a duplicated parameter',
      invitation(`invType=ResellerRelationship&partnerId=${FABRIKAM}&partnerId=${TAILSPIN}`),
      /more than once/,
    ],
    [
      'an unknown partner',
      link('00000000-0000-4000-8000-000000000000', false),
      'No partner with the ID 00000000-0000-4000-8000-000000000000 exists.',
    ],
  ])('explains %s', async (_name, url, message) => {
    renderApp(url, { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByText('This invitation link is not valid')).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept & Authorize' })).not.toBeInTheDocument();
  });
});

describe('Indirect reseller invitation journey', () => {
  const indirectLink = (provider: string, msppId = '6234410') =>
    invitation(
      `invType=IndirectResellerRelationship&partnerId=${PROSEWARE}&msppId=${msppId}&indirectCSPId=${provider}&DAP=false`,
    );
  const graphicDesign = {
    scenario: 'partner-training',
    signedInAs: 'admin@graphicdesigninstitute.onmicrosoft.com',
  };

  it('one acceptance makes the reseller Indirect reseller and its provider Indirect provider', async () => {
    const { user } = renderApp(indirectLink(CONTOSO_DISTRIBUTION), graphicDesign);
    const reseller = await screen.findByRole('region', { name: 'Proseware Partners' });
    expect(within(reseller).getByText('Indirect reseller', { selector: 'strong' })).toBeInTheDocument();
    const provider = screen.getByRole('region', { name: 'Contoso Distribution' });
    expect(within(provider).getByText('partners@contosodistribution.example')).toBeInTheDocument();
    expect(within(provider).getByText('Indirect provider', { selector: 'strong' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Proseware Partners asks to become the indirect reseller for Graphic Design Institute, with Contoso Distribution as its indirect provider.',
      ),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('checkbox', {
        name: /authorize Proseware Partners and its indirect provider Contoso Distribution as our partners/,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Accept & Authorize' }));
    const details = await screen.findByRole('dialog', { name: 'Proseware Partners' });
    expect(within(details).getByRole('status')).toHaveTextContent(
      /authorized this reseller and its indirect provider to work with your organization/,
    );
    expect(within(details).getByText('Indirect reseller')).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Close' }));

    expect(await screen.findByRole('row', { name: /Proseware Partners/ })).toHaveTextContent(
      'Indirect reseller',
    );
    expect(screen.getByRole('row', { name: /Contoso Distribution/ })).toHaveTextContent('Indirect provider');
  });

  it.each([
    [
      'another partner’s msppId',
      indirectLink(CONTOSO_DISTRIBUTION, '4847383'),
      'The msppId “4847383” is not the partner ID of Proseware Partners.',
    ],
    [
      'a missing indirectCSPId',
      invitation(`invType=IndirectResellerRelationship&partnerId=${PROSEWARE}&msppId=0`),
      'The link has no indirectCSPId parameter.',
    ],
  ])('explains %s', async (_name, url, message) => {
    renderApp(url, graphicDesign);
    expect(await screen.findByText('This invitation link is not valid')).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept & Authorize' })).not.toBeInTheDocument();
  });
});
