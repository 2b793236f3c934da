import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { server } from '../../mocks/node';
import { signOut } from '../shell';
import { renderApp } from '../render-app';

describe('sign-in journey', () => {
  it('marks the page as a simulation and asks for demo accounts only', async () => {
    renderApp('/signin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(
      screen.getByText('Simulated environment — not affiliated with Microsoft. Demo data only.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Never enter real credentials here/)).toBeInTheDocument();
    const accounts = await screen.findByRole('table', { name: 'Demo accounts' });
    expect(within(accounts).getByText('admin@northwindtraders.onmicrosoft.com')).toBeInTheDocument();
  });

  it('tells an unknown account from a wrong password, keeping what was typed', async () => {
    const { user } = renderApp('/signin');
    const userName = await screen.findByLabelText(/User name/);
    await user.type(userName, 'nobody@northwindtraders.onmicrosoft.com');
    await user.type(screen.getByLabelText(/^Password/), 'whatever');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no demo account with that user name.',
    );
    expect(userName).toHaveValue('nobody@northwindtraders.onmicrosoft.com');

    await user.clear(userName);
    await user.type(userName, 'admin@northwindtraders.onmicrosoft.com');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The password is not correct for this account.')).toBeInTheDocument();
  });

  it('checks the form before calling the backend', async () => {
    const { user } = renderApp('/signin');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your user name.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
  });

  it('signs in through a protected link and comes back to it', async () => {
    const { user } = renderApp('/BillingAccounts/agreement');
    await user.type(await screen.findByLabelText(/User name/), 'admin@northwindtraders.onmicrosoft.com');
    await user.type(screen.getByLabelText(/^Password/), 'Northwind#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept agreement' })).toBeInTheDocument();
  });

  it('fills the form from a demo account', async () => {
    const { user } = renderApp('/signin');
    await user.click(
      await screen.findByRole('button', { name: 'Use billing@northwindtraders.onmicrosoft.com' }),
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    expect(screen.getByText('Signed in as Giulia Bianchi.')).toBeInTheDocument();
  });

  it('makes a new customer replace the temporary password', async () => {
    const { user } = renderApp('/signin', { scenario: 'new-customer' });
    await user.type(await screen.findByLabelText(/User name/), 'admin@contosonew.onmicrosoft.com');
    await user.type(screen.getByLabelText(/^Password/), 'TempPass#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Update your password' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^New password/), 'TempPass#2026');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'TempPass#2026');
    await user.click(screen.getByRole('button', { name: 'Update password and sign in' }));
    expect(await screen.findByText('Choose a password other than the temporary one.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^New password/));
    await user.clear(screen.getByLabelText(/^Confirm new password/));
    await user.type(screen.getByLabelText(/^New password/), 'Contoso#2026new');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'Contoso#2026nex');
    await user.click(screen.getByRole('button', { name: 'Update password and sign in' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^Confirm new password/));
    await user.type(screen.getByLabelText(/^Confirm new password/), 'Contoso#2026new');
    await user.click(screen.getByRole('button', { name: 'Update password and sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso New Ltd' })).toBeInTheDocument();
  });

  it('keeps the typed input when the service fails, and the retry works', async () => {
    server.use(
      http.post(
        '*/api/auth/signin',
        () =>
          HttpResponse.json(
            { code: 'SimulatedFault', description: 'down', data: [], source: 'Simulator' },
            { status: 503 },
          ),
        {
          once: true,
        },
      ),
    );
    const { user } = renderApp('/signin');
    await user.type(await screen.findByLabelText(/User name/), 'admin@northwindtraders.onmicrosoft.com');
    await user.type(screen.getByLabelText(/^Password/), 'Northwind#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The service did not answer. Try again.')).toBeInTheDocument();
    expect(screen.getByLabelText(/User name/)).toHaveValue('admin@northwindtraders.onmicrosoft.com');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('Northwind#2026');

    // The error shows while the router still reloads the page's data, and the button stays disabled until
    // then: a click in that moment does nothing, for a user too. Retry once it can be pressed.
    const retry = screen.getByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(retry).toBeEnabled());
    await user.click(retry);
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
  });

  it('keeps the session across a reload, and Sign out ends it', async () => {
    const first = renderApp('/homepage', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    first.unmount();

    const { user } = renderApp('/homepage');
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    await signOut(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('sends a user whose token stopped working while sending a form to sign-in, then back to the page', async () => {
    server.use(
      http.post(
        '*/api/agreement/accept',
        () =>
          HttpResponse.json(
            { code: 1002, description: 'Authorization Failed', data: [], source: 'PartnerFD' },
            { status: 401 },
          ),
        { once: true },
      ),
    );
    const { user } = renderApp('/BillingAccounts/agreement', {
      signedInAs: 'billing@northwindtraders.onmicrosoft.com',
    });
    await user.click(await screen.findByRole('checkbox', { name: /I have read/ }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', { name: 'Use billing@northwindtraders.onmicrosoft.com' }),
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept agreement' })).toBeInTheDocument();
  });

  it('sends a user whose token no longer works back to sign-in, then back to the page', async () => {
    server.use(
      http.get(
        '*/api/partners',
        () =>
          HttpResponse.json(
            { code: 1002, description: 'Authorization Failed', data: [], source: 'PartnerFD' },
            { status: 401 },
          ),
        { once: true },
      ),
    );
    const { user } = renderApp('/partners', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', { name: 'Use admin@northwindtraders.onmicrosoft.com' }),
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partner relationships' }),
    ).toBeInTheDocument();
  });
});

describe('demo scenarios on the sign-in page', () => {
  it('says when a link named an unknown scenario or a bad clock, and keeps the current scenario', async () => {
    load({ scenarioId: 'no-such-scenario', now: '2026-02-30' });
    renderApp('/signin');
    expect(await screen.findByText(/The scenario named in the link does not exist/)).toBeInTheDocument();
    expect(screen.getByText(/The date given for the demo clock is not a valid date/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveTextContent(
      'Existing customer asked to accept the MCA',
    );
  });

  it('loads another scenario and lists its accounts and links', async () => {
    const { user } = renderApp('/signin');
    await user.click(await screen.findByRole('combobox', { name: 'Scenario' }));
    await user.click(screen.getByRole('option', { name: 'New customer, invited by a direct-bill partner' }));
    await user.click(screen.getByRole('button', { name: 'Load scenario' }));
    expect(
      await screen.findByText('Scenario loaded: New customer, invited by a direct-bill partner.'),
    ).toBeInTheDocument();
    const accounts = await screen.findByRole('table', { name: 'Demo accounts' });
    expect(within(accounts).getByText('admin@contosonew.onmicrosoft.com')).toBeInTheDocument();
    expect(within(accounts).getByText('(temporary)', { exact: false })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Reseller invitation from Fabrikam Cloud Services (DAP=true)' }),
    ).toHaveAttribute(
      'href',
      'http://localhost:3000/Adminportal/Home?invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=true#/BillingAccounts/partner-invitation',
    );
  });
});
