import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureBackend } from '../../mocks/lib/route';
import { parseFaults } from '../../src/domain/faults';
import { fill } from '../fill';
import { renderApp } from '../render-app';

// Demo › Simulated faults › Offline must never lock the tab: the error page says the fault is simulated,
// how to end it, and keeps the Demo control that ends it.

const NORTHWIND = 'admin@northwindtraders.onmicrosoft.com';
const CAUSE = /This is a simulated fault, not a real outage/;

async function chooseFaults(user: ReturnType<typeof renderApp>['user'], preset: 'Offline' | 'None') {
  await user.click(await screen.findByRole('button', { name: 'Demo' }));
  const dialog = await screen.findByRole('dialog', { name: 'Demo controls' });
  await user.click(within(dialog).getByRole('button', { name: preset }));
  await user.click(within(dialog).getByRole('button', { name: 'Apply faults' }));
  if (preset === 'None') {
    expect(
      await within(dialog).findByText('No faults: the simulated service answers normally.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
  }
}

describe('the Offline preset', () => {
  it('shows a simulated-fault page with the Demo control, which ends the fault', async () => {
    const { user } = renderApp('/homepage', { signedInAs: NORTHWIND });
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    await chooseFaults(user, 'Offline');

    expect(await screen.findByText(CAUSE)).toBeInTheDocument();
    expect(screen.getByText(/open Demo, choose None under Simulated faults/)).toBeInTheDocument();

    await chooseFaults(user, 'None');
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    expect(screen.queryByText(CAUSE)).not.toBeInTheDocument();
  });

  it('after a reload (or opening sign-in) the page still offers the Demo control', async () => {
    configureBackend({ faults: parseFaults('offline').rules });
    const { user } = renderApp('/signin', { signedInAs: NORTHWIND });
    expect(await screen.findByText(CAUSE)).toBeInTheDocument();
    await chooseFaults(user, 'None');
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
  });

  it('in Partner Center too', async () => {
    configureBackend({ faults: parseFaults('offline').rules });
    const { user } = renderApp('/partner-center/customers', {
      scenario: 'partner-training',
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    expect(await screen.findByText(CAUSE)).toBeInTheDocument();
    await chooseFaults(user, 'None');
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
  });

  it('a page that fails for another reason keeps a single Demo button, in the top bar', async () => {
    const { user } = renderApp('/homepage', { signedInAs: NORTHWIND });
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    configureBackend({ faults: parseFaults('error:1@/api/partners').rules });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await user.click(within(nav).getByRole('link', { name: 'Partner relationships' }));
    expect(await screen.findByText(CAUSE)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Demo' })).toHaveLength(1);
  });

  it('signed out, the sign-in page says faults are on and offers the Demo control that ends them', async () => {
    configureBackend({ faults: parseFaults('offline@/api/auth').rules });
    const { user } = renderApp('/signin');
    const notice = 'Simulated faults are on in this tab: offline@/api/auth. Change them in Demo.';
    expect(await screen.findByText(notice)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Demo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Demo controls' });
    await user.click(within(dialog).getByRole('button', { name: 'None' }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply faults' }));
    await waitFor(() => expect(screen.queryByText(notice)).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await fill(user, await screen.findByLabelText(/User name/), NORTHWIND);
    await fill(user, screen.getByLabelText(/Password/), 'Northwind#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
  });
});
