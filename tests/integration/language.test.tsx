import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

// Counts agree with their number, and numbers are written the way the page's language writes them.
describe('partner counts', () => {
  it('say “1 partner” for one, in English', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
    });
    expect(await screen.findByText('Showing 1–50 of 5,000 partners')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('5,000 items');
    await user.type(screen.getByRole('searchbox', { name: 'Search partners by name' }), '4999');
    expect(await screen.findByText('1 item')).toBeInTheDocument();
  });

  it('and in Italian', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
      language: 'it-IT',
    });
    expect(await screen.findByText('Partner da 1 a 50 di 5000')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('5000 elementi');
    await user.type(screen.getByRole('searchbox', { name: 'Cerca i partner per nome' }), '4999');
    expect(await screen.findByText('1 elemento')).toBeInTheDocument();
  });
});
