import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { tenantOf } from '../builders';
import { fill } from '../fill';
import { renderApp } from '../render-app';

// Counts agree with their number, and numbers are written the way the page's language writes them.
describe('partner counts', () => {
  it('say “1 partner” for one, in English', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
    });
    expect(await screen.findByText('Showing 1–50 of 5,000 partners')).toBeInTheDocument();
    // 5,000 partners and 2,000 GDAP relationships.
    expect(screen.getByRole('status')).toHaveTextContent('7,000 items');
    await fill(
      user,
      screen.getByRole('searchbox', { name: 'Search by partner or relationship name' }),
      '4999',
    );
    expect(await screen.findByText('1 item')).toBeInTheDocument();
  });

  it('and in Italian', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'many-partners',
      signedInAs: 'admin@margiestravel.onmicrosoft.com',
      language: 'it-IT',
    });
    expect(await screen.findByText('Partner da 1 a 50 di 5000')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('7000 elementi');
    await fill(
      user,
      screen.getByRole('searchbox', { name: 'Cerca per nome del partner o della relazione' }),
      '4999',
    );
    expect(await screen.findByText('1 elemento')).toBeInTheDocument();
  });
});

// The real product's sentence is documented in English only: the Italian UI says it in Italian and keeps
// the original under it, marked as English so that a screen reader reads it as English.
describe('the reach-out message of Scenario 1', () => {
  const ENGLISH =
    'Please reach out to your Partner to confirm your acceptance of the Microsoft Customer Agreement.';
  const ITALIAN =
    'Rivolgiti al tuo partner per confermare l’accettazione del Contratto del cliente Microsoft.';

  it('is in Italian in the Italian UI, with the English original under it', async () => {
    renderApp('/BillingAccounts/agreement', {
      scenario: 'scenario-1',
      signedInAs: 'admin@adatum.onmicrosoft.com',
      language: 'it-IT',
    });
    const italian = await screen.findByText(ITALIAN);
    expect(italian.closest('[lang]')).toHaveAttribute('lang', 'it-IT');
    const original = screen.getByText(ENGLISH, { exact: false });
    expect(original.closest('[lang]')).toHaveAttribute('lang', 'en-US');
  });

  it('is said once, in English, in the English UI', async () => {
    renderApp('/BillingAccounts/agreement', {
      scenario: 'scenario-1',
      signedInAs: 'admin@adatum.onmicrosoft.com',
    });
    expect(await screen.findAllByText(ENGLISH)).toHaveLength(1);
  });
});

// Words a trainee meets again in the real Italian product: "Amministratore delegato" would mean the chief
// executive, so the DAP relationship is called by its name.
describe('the Italian words for relationships and roles', () => {
  it('call the DAP relationship “Amministrazione delegata (DAP)”, never “Amministratore delegato”', async () => {
    // The list says only "DAP" (Role authorization); a partner's details name the relationship.
    renderApp('/partners/3b33e682-00c3-41ee-9dd2-a548adf56438', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
      language: 'it-IT',
    });
    expect((await screen.findAllByText(/Amministrazione delegata \(DAP\)/)).length).toBeGreaterThan(0);
    // "Privilegi di amministratore delegato granulari (GDAP)" is Partner Center's own name for GDAP, not DAP.
    expect(screen.queryByText(/Amministratore delegato(?! granulari)/i)).not.toBeInTheDocument();
  });
});

// Italians type a date day first: 25/11/2026. The browser's date picker follows the browser's language, not
// the page's, so the Italian UI asks for the date as text in that format.
describe('the agreement acceptance date in Italian', () => {
  async function openUpdate() {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const { user } = renderApp(`/partner-center/customers/${tenantOf('graphicdesigninstitute')}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
      language: 'it-IT',
    });
    await user.click(await screen.findByRole('button', { name: 'Aggiorna' }));
    await fill(user, screen.getByLabelText(/^Nome/), 'Harper');
    await fill(user, screen.getByLabelText(/^Cognome/), 'Lewis');
    await fill(
      user,
      screen.getByLabelText(/^Indirizzo di posta elettronica/),
      'harper@graphicdesign.example',
    );
    return { user, date: screen.getByLabelText(/^Data di accettazione del contratto/) };
  }

  it('is shown and typed as dd/mm/yyyy', async () => {
    const { user, date } = await openUpdate();
    expect(date).toHaveValue('25/11/2026');
    expect(date).toHaveAttribute('placeholder', 'gg/mm/aaaa');
    expect(screen.getByText(/Nel formato gg\/mm\/aaaa/)).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '24/11/2026');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(
      await screen.findByText('La conferma per Graphic Design Institute è stata salvata.'),
    ).toBeInTheDocument();
    const confirmations = screen.getByRole('table', { name: 'Conferme dei partner' });
    expect(within(confirmations).getByText('24 nov 2026')).toBeInTheDocument();
  });

  it('says how to write it when it is not a real date, and saves nothing', async () => {
    const { user, date } = await openUpdate();
    await user.clear(date);
    await user.type(date, '31/02/2026');
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    expect(
      await screen.findByText('Immetti una data esistente nel formato gg/mm/aaaa, ad esempio 25/11/2026.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nessun partner ha confermato l’accettazione di questo cliente.'),
    ).toBeInTheDocument();
  });
});

// The catalog and Partner Center's offers return English names, as Partner Center does; the Italian UI shows
// the names Italian admins read (brand names stay as they are).
describe('product names in Italian', () => {
  it('are shown in Italian in Purchase services and the purchase history', async () => {
    renderApp('/catalog', {
      scenario: 'scenario-1',
      signedInAs: 'admin@adatum.onmicrosoft.com',
      language: 'it-IT',
    });
    expect(
      await screen.findByRole('heading', { name: 'Istanza di VM riservata, D2s v5, 1 anno' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Microsoft 365 Business Basic' })).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Cronologia degli acquisti' });
    expect(within(history).getByText('Piano di Azure')).toBeInTheDocument();
    expect(screen.queryByText('Azure plan')).not.toBeInTheDocument();
  });

  it('are offered in Italian in a Partner Center order', async () => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
    const { user } = renderApp(`/partner-center/customers/${tenantOf('relecloud')}/orders/new`, {
      partnerSignedInAs: 'adele@fabrikam.example',
      language: 'it-IT',
    });
    await user.click(await screen.findByRole('combobox', { name: /Offerta/ }));
    expect(
      await screen.findByRole('option', { name: /^Istanza di VM riservata, D2s v5, 1 anno/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /^Piano di Azure/ })).toBeInTheDocument();
  });
});
