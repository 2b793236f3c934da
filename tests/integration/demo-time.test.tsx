import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { call } from '../api';
import { renderApp } from '../render-app';

// Demo › Time: the simulated clock moves forward only, and the pages and the API agree on the new "now".

beforeEach(() => {
  load({ scenarioId: 'gdap-lifecycle', now: '2026-12-01T09:00:00Z' });
});

const openDemo = async (user: ReturnType<typeof renderApp>['user'], name = 'Demo controls') => {
  await user.click(await screen.findByRole('button', { name: 'Demo' }));
  return within(await screen.findByRole('dialog', { name }));
};

describe('Demo › Time', () => {
  it('moves the clock by days in the admin center, refuses a day before it, and the API follows', async () => {
    const { user } = renderApp('/homepage', { signedInAs: 'admin@tailwindtraders.onmicrosoft.com' });
    const demo = await openDemo(user);
    expect(demo.getByText('Simulated date: Dec 1, 2026')).toBeInTheDocument();

    await user.click(demo.getByRole('button', { name: '+30 days' }));
    expect(await demo.findByText('The simulated date is now Dec 31, 2026.')).toBeInTheDocument();
    expect(demo.getByText('Simulated date: Dec 31, 2026')).toBeInTheDocument();
    expect((await call('/api/sim/state')).body.now).toBe('2026-12-31T09:00:00.000Z');

    const date = demo.getByLabelText('Or a date');
    await user.type(date, '2026-12-15');
    await user.click(demo.getByRole('button', { name: 'Move the clock' }));
    expect(
      await demo.findByText('Choose a date after the simulated today: the clock only moves forward.'),
    ).toBeInTheDocument();
    expect((await call('/api/sim/state')).body.now).toBe('2026-12-31T09:00:00.000Z');
  });

  it('takes an Italian date typed day first in Partner Center, and refuses one that is not a date', async () => {
    const { user } = renderApp('/partner-center/customers', {
      partnerSignedInAs: 'adele@fabrikam.example',
      language: 'it-IT',
    });
    const demo = await openDemo(user, 'Controlli della demo');
    expect(demo.getByText('Data simulata: 1 dic 2026')).toBeInTheDocument();

    const date = demo.getByLabelText('Oppure una data');
    await user.type(date, '31/02/2027');
    await user.click(demo.getByRole('button', { name: 'Sposta l’orologio' }));
    expect(await demo.findByText('Inserisci una data, ad esempio 31/01/2027.')).toBeInTheDocument();
    expect(date).toHaveValue('31/02/2027');

    await user.clear(date);
    await user.type(date, '15/01/2027');
    await user.click(demo.getByRole('button', { name: 'Sposta l’orologio' }));
    expect(await demo.findByText('La data simulata ora è 15 gen 2027.')).toBeInTheDocument();
    expect((await call('/api/sim/state')).body.now).toBe('2027-01-15T00:00:00.000Z');

    await user.click(demo.getByRole('button', { name: '+1 giorno' }));
    expect(await demo.findByText('Data simulata: 16 gen 2027')).toBeInTheDocument();
  });
});
