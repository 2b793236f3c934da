import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureBackend } from '../../mocks/lib/route';
import { parseFaults } from '../../src/domain/faults';
import { fill } from '../fill';
import { renderApp } from '../render-app';

const faults = (text: string) => configureBackend({ faults: parseFaults(text).rules });

describe('simulated faults', () => {
  it('are set from the Demo panel, announced under the top bar, and a failed page offers a retry', async () => {
    const { user } = renderApp('/homepage', { signedInAs: 'admin@northwindtraders.onmicrosoft.com' });
    await user.click(await screen.findByRole('button', { name: 'Demo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Demo controls' });
    const field = within(dialog).getByLabelText('Faults');
    await user.type(field, 'slow:1');
    await user.click(within(dialog).getByRole('button', { name: 'Apply faults' }));
    expect(await within(dialog).findByText(/Use entries like latency:2000/)).toBeInTheDocument();
    expect(field).toHaveValue('slow:1');

    await user.clear(field);
    await user.type(field, 'error:1@/api/partners');
    await user.click(within(dialog).getByRole('button', { name: 'Apply faults' }));
    expect(await within(dialog).findByText('Faults in force: error:1@/api/partners.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(
      await screen.findByText(
        'Simulated faults are on in this tab: error:1@/api/partners. Change them in Demo.',
      ),
    ).toBeInTheDocument();

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await user.click(within(nav).getByRole('link', { name: 'Partner relationships' }));
    expect(await screen.findByText('The service did not answer. Try again.')).toBeInTheDocument();
    faults('');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partner relationships' }),
    ).toBeInTheDocument();
  });

  it('offline: a clear message, and what was typed stays for the retry', async () => {
    const { user } = renderApp('/signin');
    await fill(user, await screen.findByLabelText(/User name/), 'admin@northwindtraders.onmicrosoft.com');
    await fill(user, screen.getByLabelText(/Password/), 'Northwind#2026');
    faults('offline@/api/auth');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByText('The service could not be reached. Check your connection and try again.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/User name/)).toHaveValue('admin@northwindtraders.onmicrosoft.com');
    expect(screen.getByLabelText(/Password/)).toHaveValue('Northwind#2026');
    faults('');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
  });
});
