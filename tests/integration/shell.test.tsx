import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { chooseLanguage, openUserMenu, signOut } from '../shell';

const WOODGROVE = { scenario: 'six-partners', signedInAs: 'admin@woodgrovebank.onmicrosoft.com' };
const ADELE = { scenario: 'partner-training', partnerSignedInAs: 'adele@fabrikam.example' };

const mainNavigation = () => screen.findByRole('navigation', { name: 'Main navigation' });

describe('the left navigation', () => {
  it('lists the admin center’s items in order, and says which ones the simulator does not have', async () => {
    renderApp('/homepage', WOODGROVE);
    const nav = await mainNavigation();
    const names = within(nav)
      .getAllByRole('link')
      .concat(within(nav).getAllByRole('button'))
      .map((element) => element.textContent);
    for (const name of [
      'Home',
      'Users',
      'Teams & groups',
      'Roles',
      'Billing',
      'Support',
      'Settings',
      'Setup',
    ])
      expect(names).toContain(name);
    const users = within(nav).getByRole('link', { name: 'Users' });
    expect(users).toHaveAttribute('aria-disabled', 'true');
    expect(users).not.toHaveAttribute('href');
    expect(users).toHaveAccessibleDescription('Not in this simulator');
    expect(within(nav).getByRole('link', { name: 'Org settings' })).toHaveAccessibleDescription(
      'Not in this simulator',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Partner relationships' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('collapses and expands a group, and opens the group of the page arrived at', async () => {
    const { user } = renderApp('/homepage', WOODGROVE);
    const nav = await mainNavigation();
    const settings = within(nav).getByRole('button', { name: 'Settings' });
    expect(settings).toHaveAttribute('aria-expanded', 'true');
    await user.click(settings);
    expect(settings).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link', { name: 'Partner relationships' })).not.toBeInTheDocument();

    // Going to a page of the closed group (here through the search) opens it.
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'partner rel');
    await user.click(await screen.findByRole('option', { name: 'Partner relationships' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partner relationships' }),
    ).toBeInTheDocument();
    expect(settings).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav).getByRole('link', { name: 'Partner relationships' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(within(nav).getByRole('button', { name: 'Billing' }));
    expect(within(nav).queryByRole('link', { name: 'Billing accounts' })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Billing' }));
    await user.click(within(nav).getByRole('link', { name: 'Billing accounts' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing accounts' })).toBeInTheDocument();
  });

  it('hides behind the menu button on a narrow screen: it opens as a drawer that closes on a choice', async () => {
    const { user } = renderApp('/homepage', WOODGROVE);
    await user.click(await screen.findByRole('button', { name: 'Navigation menu' }));
    const drawer = await screen.findByRole('dialog', { name: 'Main navigation' });
    await user.click(within(drawer).getByRole('link', { name: 'Purchase services' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Purchase services' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Main navigation' })).not.toBeInTheDocument();
  });
});

describe('the top bar', () => {
  it('finds a page by its title, in Italian or English, with the keyboard', async () => {
    const { user } = renderApp('/homepage', { ...WOODGROVE, language: 'it-IT' });
    const search = await screen.findByRole('combobox', { name: 'Cerca' });
    await user.type(search, 'billing acc');
    expect(await screen.findByRole('option', { name: 'Account di fatturazione' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'fatturazione');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Account di fatturazione' }),
    ).toBeInTheDocument();
    expect(search).toHaveValue('');
  });

  it('finds a partner by name through the API, and says when nothing matches', async () => {
    const { user } = renderApp('/homepage', WOODGROVE);
    const search = await screen.findByRole('combobox', { name: 'Search' });
    await user.type(search, 'fabrik');
    const partners = await screen.findByRole('group', { name: 'Partners' });
    await user.click(within(partners).getByRole('option', { name: /Fabrikam/ }));
    const panel = await screen.findByRole('dialog', { name: /Fabrikam/ });
    // The partner's panel is modal: the search is behind it until it closes.
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    await user.type(search, 'zzzz');
    expect(await screen.findByText('Nothing found for “zzzz”.')).toBeInTheDocument();
  });

  it('opens the account manager with the user’s name and user name, and signs out from it', async () => {
    const { user } = renderApp('/homepage', WOODGROVE);
    const panel = await openUserMenu(user);
    expect(within(panel).getByText('admin@woodgrovebank.onmicrosoft.com')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await signOut(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('changes the language from its menu', async () => {
    const { user } = renderApp('/BillingAccounts', WOODGROVE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing accounts' })).toBeInTheDocument();
    await chooseLanguage(user, 'Italiano (Italia)');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Account di fatturazione' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lingua' }));
    expect(screen.getByRole('menuitemradio', { name: 'Italiano (Italia)' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });

  it('offers both apps in the launcher, and help in our own words', async () => {
    const { user } = renderApp('/homepage', WOODGROVE);
    await user.click(await screen.findByRole('button', { name: 'App launcher' }));
    const apps = screen.getByRole('menu', { name: 'Apps in this simulator' });
    expect(within(apps).getByRole('menuitem', { name: 'Admin center (simulated)' })).toHaveAttribute(
      'href',
      '/homepage',
    );
    expect(within(apps).getByRole('menuitem', { name: 'Partner Center (simulated)' })).toHaveAttribute(
      'href',
      '/partner-center/customers',
    );
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Demo accounts' })).toBeInTheDocument();
    expect(screen.getByText(/The sign-in page lists each scenario’s demo accounts/)).toBeInTheDocument();
  });

  it('names the tenant above the page title', async () => {
    renderApp('/BillingAccounts', WOODGROVE);
    const main = await screen.findByRole('main');
    const title = await within(main).findByRole('heading', { level: 1, name: 'Billing accounts' });
    const [tenant] = within(main).getAllByText('Woodgrove Bank');
    if (!tenant) throw new Error('no tenant name');
    expect(tenant.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.title).toBe('Billing accounts — Admin center (simulated)');
  });
});

describe('Partner Center (simulated)', () => {
  it('labels its top bar as Partner Center (simulated), in Italian too', async () => {
    renderApp('/partner-center/customers', { ...ADELE, language: 'it-IT' });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Centro per i partner (simulato)' })).toBeInTheDocument();
    const nav = await screen.findByRole('navigation', { name: 'Navigazione principale' });
    expect(within(nav).getByRole('link', { name: 'Clienti' })).toHaveAttribute('aria-current', 'page');
  });

  it('finds a customer by name', async () => {
    const { user } = renderApp('/partner-center/customers', ADELE);
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Partner Center (simulated)' })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'wingtip');
    const results = await screen.findByRole('listbox', { name: 'Search' });
    await user.click(await within(results).findByRole('option', { name: /Wingtip/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Wingtip/ })).toBeInTheDocument();
  });
});

describe('the search routes', () => {
  it('a search address typed in the address bar leads to Home, not to a blank page', async () => {
    renderApp('/search?q=fabrikam', WOODGROVE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Woodgrove Bank' })).toBeInTheDocument();
  });

  it('the same in Partner Center leads to Customers', async () => {
    renderApp('/partner-center/search?q=relecloud', ADELE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
  });
});
