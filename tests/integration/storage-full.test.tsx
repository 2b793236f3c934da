import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fill } from '../fill';
import { renderApp } from '../render-app';

// A browser whose storage for this site is full (or that refuses storage, as some private modes do).
function fillStorage() {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('with the browser storage full', () => {
  it('signs the customer in for this tab and says the session is not kept', async () => {
    const { user } = renderApp('/signin');
    fillStorage();
    await fill(user, await screen.findByLabelText(/User name/), 'admin@northwindtraders.onmicrosoft.com');
    await fill(user, screen.getByLabelText(/^Password/), 'Northwind#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    expect(screen.getByText(/The browser’s storage for this site is full/)).toBeInTheDocument();
  });

  it('says the same in Italian', async () => {
    fillStorage();
    const { user } = renderApp('/signin', { language: 'it-IT' });
    await fill(user, await screen.findByLabelText(/Nome utente/), 'admin@northwindtraders.onmicrosoft.com');
    await fill(user, screen.getByLabelText(/^Password/), 'Northwind#2026');
    await user.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(
      await screen.findByText(/Lo spazio di archiviazione del browser per questo sito è pieno/),
    ).toBeInTheDocument();
  });
});
