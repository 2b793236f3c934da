import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { renderApp } from '../render-app';
import { useViewStore } from '../../src/stores/view-store';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
});

// The checklist is mounted again when the page moves between the sign-in pages and a shell: look it up anew.
const checklist = async (name = 'Training checklist') => screen.getByRole('complementary', { name });
const progress = (text: string, name = 'Training checklist') =>
  waitFor(
    () => expect(within(screen.getByRole('complementary', { name })).getByText(text)).toBeInTheDocument(),
    {
      timeout: 20_000,
    },
  );

describe('Training: a guided procedure with its checklist', () => {
  it('starts from the Training page, ticks each step after the real action, survives a reload and restarts', async () => {
    const first = renderApp('/partner-center/training', { partnerSignedInAs: 'adele@fabrikam.example' });
    const { user } = first;
    expect(await screen.findByRole('heading', { level: 1, name: 'Training' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(14);
    await user.click(
      screen.getByRole('button', { name: 'Start 3. Confirm acceptance for an existing customer' }),
    );

    // The scenario started over and the trainee was signed out: sign in again, as the checklist says.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Partner Center (simulated)' }),
    ).toBeInTheDocument();
    await progress('0 of 3 steps done');
    const list = within(await checklist());
    expect(
      list.getByText(/Sign in to Partner Center \(simulated\) as adele@fabrikam.example/),
    ).toBeInTheDocument();
    expect(list.getAllByText('Guide: Confirm customer acceptance for existing customers')).toHaveLength(2);
    await user.type(screen.getByLabelText(/^User name/), 'adele@fabrikam.example');
    await user.type(screen.getByLabelText(/^Password/), 'Partner#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    await progress('1 of 3 steps done');
    expect(within(await checklist()).getAllByRole('img', { name: 'Done' })).toHaveLength(1);

    // Show me points at the control of the next step; only opening the customer ticks it.
    await user.click(
      within(await checklist()).getByRole('button', {
        name: 'Show me',
        description: /select Graphic Design Institute/,
      }),
    );
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Graphic Design Institute'));
    await progress('1 of 3 steps done');
    await user.click(screen.getByRole('link', { name: 'Graphic Design Institute' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Graphic Design Institute' }),
    ).toBeInTheDocument();
    await progress('2 of 3 steps done');
    first.unmount();

    // A reload (the same simulated state, a fresh app) keeps the progress.
    const second = renderApp('/partner-center/customers');
    await progress('2 of 3 steps done');
    expect(within(await checklist()).getAllByRole('img', { name: 'Done' })).toHaveLength(2);

    // Restart: the scenario and the baseline start over.
    await second.user.click(within(await checklist()).getByRole('link', { name: 'All procedures' }));
    await second.user.click(
      await screen.findByRole('button', { name: 'Restart 3. Confirm acceptance for an existing customer' }),
    );
    await progress('0 of 3 steps done');
  });

  it('shows no checklist in the customer view, which must show no passwords', async () => {
    const { user } = renderApp('/partner-center/training', { partnerSignedInAs: 'adele@fabrikam.example' });
    await user.click(
      await screen.findByRole('button', { name: 'Start 3. Confirm acceptance for an existing customer' }),
    );
    await progress('0 of 3 steps done');
    expect(screen.getAllByText(/Partner#2026/).length).toBeGreaterThan(0);

    act(() => useViewStore.getState().setView('customer'));
    await expect.poll(() => screen.queryByRole('complementary', { name: 'Training checklist' })).toBeNull();
    expect(screen.queryByText(/Partner#2026/)).toBeNull();
  });

  it('stops: the checklist goes away', async () => {
    const { user } = renderApp('/training', {
      scenario: 'partner-training',
      signedInAs: 'admin@relecloud.onmicrosoft.com',
      language: 'it-IT',
    });
    await user.click(await screen.findByRole('button', { name: 'Avvia 4. Recuperare la conferma' }));
    const italian = 'Lista di controllo della formazione';
    await progress('0 di 3 passaggi eseguiti', italian);
    await user.type(screen.getByLabelText(/^Nome utente/), 'adele@fabrikam.example');
    await user.type(screen.getByLabelText(/^Password/), 'Partner#2026');
    await user.click(screen.getByRole('button', { name: 'Accedi' }));
    await progress('2 di 3 passaggi eseguiti', italian);
    await user.click(within(await checklist(italian)).getByRole('link', { name: 'Tutte le procedure' }));
    await user.click(await screen.findByRole('button', { name: 'Interrompi 4. Recuperare la conferma' }));
    expect(
      await screen.findByRole('button', { name: 'Avvia 4. Recuperare la conferma' }),
    ).toBeInTheDocument();
    await expect
      .poll(() => screen.queryByRole('complementary', { name: 'Lista di controllo della formazione' }))
      .toBeNull();
  });
});
