import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { configureBackend } from '../../mocks/lib/route';
import { server } from '../../mocks/node';
import { parseFaults } from '../../src/domain/faults';
import { attestAcceptance, tenantOf } from '../builders';
import { renderApp } from '../render-app';

const REACH_OUT =
  'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.';

describe('Accept agreement journey', () => {
  it('accepts the MCA when the box is checked, then shows the partner list and the history', async () => {
    const { user } = renderApp('/BillingAccounts/agreement', {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept agreement' })).toBeInTheDocument();
    const accept = screen.getByRole('button', { name: 'Accept' });
    expect(accept).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Microsoft Customer Agreement' })).toBeInTheDocument();
    expect(screen.getByText('(simulated document: en-US, country Italy)')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /I have read the Microsoft Customer Agreement/ }));
    expect(accept).toBeEnabled();
    await user.click(accept);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partner relationships' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^You accepted the Microsoft Customer Agreement./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trey Research Services' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Billing accounts' }));
    const history = await screen.findByRole('table', { name: 'Agreement history' });
    expect(within(history).getByText('Accepted directly in the admin center')).toBeInTheDocument();
    expect(within(history).getByText(/Marco Rossi/)).toBeInTheDocument();
  });

  it('offers the Italian agreement to an Italian tenant in the Italian UI, and opens the simulated document', async () => {
    const { user } = renderApp('/BillingAccounts/agreement', {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
      language: 'it-IT',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accetta il contratto' }),
    ).toBeInTheDocument();
    expect(screen.getByText('(documento simulato: it-IT, paese Italia)')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Contratto del cliente Microsoft' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contratto del cliente Microsoft (simulato)' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Questa pagina sostituisce il documento del contratto/)).toBeInTheDocument();
    expect(screen.getByText('117a77b0-9360-443b-8795-c6dedc750cf9')).toBeInTheDocument();
  });

  it('shows an Italian document in Italian while the UI is in English', async () => {
    renderApp(
      '/BillingAccounts/agreement/document?templateId=117a77b0-9360-443b-8795-c6dedc750cf9&language=it-IT&country=IT',
      { signedInAs: 'admin@northwindtraders.onmicrosoft.com' },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Microsoft Customer Agreement (simulated)' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Riassunto del contratto (simulazione)' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^document\./)).not.toBeInTheDocument();
  });

  it('tells a user without an admin role who can accept', async () => {
    renderApp('/BillingAccounts/agreement', {
      scenario: 'read-only-user',
      signedInAs: 'user@fourthcoffee.onmicrosoft.com',
    });
    expect(
      await screen.findByText(
        'Only a Global administrator or a Billing administrator can accept this agreement. Ask one of them to open this link.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Accept' })).toBeDisabled();
  });

  it('Scenario 1: shows the reach-out message instead of the checkbox, until the partner attests', async () => {
    const first = renderApp('/BillingAccounts/agreement', {
      scenario: 'scenario-1',
      signedInAs: 'admin@adatum.onmicrosoft.com',
    });
    expect(await screen.findByText(REACH_OUT)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    first.unmount();

    attestAcceptance(tenantOf('adatum'), '3b33e682-00c3-41ee-9dd2-a548adf56438');
    renderApp('/BillingAccounts/agreement');
    expect(
      await screen.findByText(/Your partner Fabrikam Cloud Services confirmed your acceptance/),
    ).toBeInTheDocument();
    expect(screen.queryByText(REACH_OUT)).not.toBeInTheDocument();
  });

  it('keeps the checked box when accepting fails, and the retry works', async () => {
    server.use(
      http.post(
        '*/api/agreement/accept',
        () =>
          HttpResponse.json(
            { code: 'SimulatedFault', description: 'x', data: [], source: 'Simulator' },
            { status: 503 },
          ),
        {
          once: true,
        },
      ),
    );
    const { user } = renderApp('/BillingAccounts/agreement', {
      signedInAs: 'billing@northwindtraders.onmicrosoft.com',
    });
    await user.click(await screen.findByRole('checkbox', { name: /I have read/ }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service did not answer. Try again.');
    expect(screen.getByRole('checkbox', { name: /I have read/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partner relationships' }),
    ).toBeInTheDocument();
  });

  it('keeps the page and the checked box when accepting fails and the backend stays down', async () => {
    const { user } = renderApp('/BillingAccounts/agreement', {
      signedInAs: 'billing@northwindtraders.onmicrosoft.com',
    });
    await user.click(await screen.findByRole('checkbox', { name: /I have read/ }));
    configureBackend({ faults: parseFaults('dead').rules });
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service did not answer. Try again.');
    expect(screen.getByRole('heading', { level: 1, name: 'Accept agreement' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /I have read/ })).toBeChecked();
  });

  it('retries a failed read quietly, then offers a retry when the page still cannot load', async () => {
    let failures = 3; // the first call and its two quiet retries
    server.use(
      http.get('*/api/agreement', () =>
        failures-- > 0
          ? HttpResponse.json({ code: 'x', description: 'x', data: [], source: 'x' }, { status: 500 })
          : undefined,
      ),
    );
    const { user } = renderApp('/BillingAccounts/agreement', {
      signedInAs: 'admin@northwindtraders.onmicrosoft.com',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept agreement' })).toBeInTheDocument();
  });

  it('a read that fails once is retried without the user seeing it', async () => {
    server.use(
      http.get(
        '*/api/agreement',
        () => HttpResponse.json({ code: 'x', description: 'x', data: [], source: 'x' }, { status: 503 }),
        { once: true },
      ),
    );
    renderApp('/BillingAccounts/agreement', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept agreement' })).toBeInTheDocument();
  });
});

describe('Home', () => {
  it('shows the tenant, a notice linking to Accept agreement, and the navigation', async () => {
    const { user } = renderApp('/homepage', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    expect(
      screen.getByText('Your organization has not accepted the Microsoft Customer Agreement'),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    for (const name of ['Home', 'Billing accounts', 'Purchase services', 'Partner relationships']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('link', { name: 'Accept agreement' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept agreement' })).toBeInTheDocument();
  });

  it('has no notice once the MCA is accepted', async () => {
    renderApp('/homepage', { scenario: 'six-partners', signedInAs: 'admin@woodgrovebank.onmicrosoft.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Woodgrove Bank' })).toBeInTheDocument();
    expect(screen.queryByText(/has not accepted the Microsoft Customer Agreement/)).not.toBeInTheDocument();
  });

  it('shows the not-found page for an unknown route', async () => {
    renderApp('/nowhere', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
