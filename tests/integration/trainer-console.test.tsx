import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, load } from '../../mocks/db/db';
import { call } from '../api';
import { renderApp } from '../render-app';

// The Demo panel as a trainer's console: switch scenario and reset (each asks first), the scenario's accounts
// with copy buttons and links to open them, the customer view of the sign-in page, and import of a demo file.

const NOW = '2026-03-01T12:00:00Z';

beforeEach(() => {
  load({ scenarioId: 'partner-training', now: NOW });
});

const openDemo = async (user: ReturnType<typeof renderApp>['user']) => {
  await user.click(await screen.findByRole('button', { name: 'Demo' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Demo controls' }));
  // The console's part loads when the panel first opens.
  await dialog.findByRole('list', { name: 'Customer users' });
  return dialog;
};

describe('Demo › Switch scenario', () => {
  it('asks first, saying what is lost; then lands on the sign-in page of this side with the new accounts', async () => {
    const { user } = renderApp('/partner-center/customers', { partnerSignedInAs: 'adele@fabrikam.example' });
    const demo = await openDemo(user);
    expect(demo.getByRole('button', { name: 'Switch scenario' })).toBeDisabled();
    await user.click(demo.getByRole('combobox', { name: 'Switch to' }));
    await user.click(await screen.findByRole('option', { name: 'GDAP: approve partner roles' }));

    await user.click(demo.getByRole('button', { name: 'Switch scenario' }));
    let confirm = await screen.findByRole('dialog', { name: 'Switch to GDAP: approve partner roles?' });
    expect(within(confirm).getByText(/Everything done in this demo is lost/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Switch to/ })).not.toBeInTheDocument());
    expect((await call('/api/sim/state')).body.scenarioId).toBe('partner-training');

    await user.click(demo.getByRole('button', { name: 'Switch scenario' }));
    confirm = await screen.findByRole('dialog', { name: 'Switch to GDAP: approve partner roles?' });
    await user.click(within(confirm).getByRole('button', { name: 'Switch scenario' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Partner Center (simulated)' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Scenario switched to GDAP: approve partner roles. Everyone was signed out: sign in with one of its accounts.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Demo accounts' })).toHaveTextContent('adele@fabrikam.example');
    expect((await call('/api/sim/state')).body.scenarioId).toBe('gdap-approval');
    expect(db().sessions).toEqual([]);
  });
});

describe('Demo › Reset demo', () => {
  it('asks first, changes nothing when cancelled, and says when it is done', async () => {
    const { user } = renderApp('/homepage', { signedInAs: 'admin@wingtiptoys.onmicrosoft.com' });
    const tenants = db().tenants.length;
    db().tenants.pop();
    const demo = await openDemo(user);
    await user.click(demo.getByRole('button', { name: 'Reset demo' }));
    let confirm = await screen.findByRole('dialog', { name: 'Reset the demo?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Reset/ })).not.toBeInTheDocument());
    expect(db().tenants).toHaveLength(tenants - 1);

    await user.click(demo.getByRole('button', { name: 'Reset demo' }));
    confirm = await screen.findByRole('dialog', { name: 'Reset the demo?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reset demo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(
      await screen.findByText(
        'The demo was reset: Partner and customer, side by side starts again. Everyone was signed out.',
      ),
    ).toBeInTheDocument();
    expect(db().tenants).toHaveLength(tenants);
  });
});

describe('Demo › the scenario’s accounts', () => {
  it('copies user names and passwords, and opens each side’s sign-in in a new tab with the user filled in', async () => {
    const { user } = renderApp('/homepage', { signedInAs: 'admin@wingtiptoys.onmicrosoft.com' });
    const demo = await openDemo(user);
    const customers = within(demo.getByRole('list', { name: 'Customer users' }));
    await user.click(
      customers.getByRole('button', { name: 'Copy user name admin@relecloud.onmicrosoft.com' }),
    );
    expect(await navigator.clipboard.readText()).toBe('admin@relecloud.onmicrosoft.com');
    expect(demo.getByRole('status')).toHaveTextContent('User name admin@relecloud.onmicrosoft.com copied.');
    await user.click(
      customers.getByRole('button', { name: 'Copy password of admin@relecloud.onmicrosoft.com' }),
    );
    expect(await navigator.clipboard.readText()).toBe('Relecloud#2026');

    const openCustomer = customers.getByRole('link', {
      name: 'Open as this customer: admin@relecloud.onmicrosoft.com (new tab)',
    });
    expect(openCustomer).toHaveAttribute('target', '_blank');
    const customerUrl = new URL(openCustomer.getAttribute('href') ?? '');
    expect(customerUrl.searchParams.get('view')).toBe('customer');
    expect(customerUrl.hash).toBe('#/signin?login_hint=admin%40relecloud.onmicrosoft.com');

    const partners = within(demo.getByRole('list', { name: 'Partner agents' }));
    await user.click(partners.getByRole('button', { name: 'Copy password of lee@fabrikam.example' }));
    expect(await navigator.clipboard.readText()).toBe('Partner#2026');
    const openPartner = partners.getByRole('link', {
      name: 'Open Partner Center as lee@fabrikam.example (new tab)',
    });
    expect(new URL(openPartner.getAttribute('href') ?? '').hash).toBe(
      '#/partner-center/signin?login_hint=lee%40fabrikam.example',
    );
  });

  it('a sign-in link with a login hint shows the form filled in, even with someone signed in', async () => {
    renderApp('/signin?login_hint=admin%40relecloud.onmicrosoft.com', {
      signedInAs: 'admin@wingtiptoys.onmicrosoft.com',
    });
    expect(await screen.findByLabelText(/User name/)).toHaveValue('admin@relecloud.onmicrosoft.com');
  });
});

describe('Demo › Customer view', () => {
  it('the sign-in page shows no scenario picker and no passwords, only a closed Demo accounts list', async () => {
    const { user, router } = renderApp('/homepage', { signedInAs: 'admin@wingtiptoys.onmicrosoft.com' });
    const demo = await openDemo(user);
    await user.click(demo.getByRole('switch', { name: 'Customer view' }));
    await user.click(demo.getByRole('button', { name: 'Close' }));
    await router.navigate('/signin?login_hint=admin%40relecloud.onmicrosoft.com');

    const disclosure = await screen.findByRole('button', { name: 'Demo accounts' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Scenario' })).not.toBeInTheDocument();
    expect(screen.queryByText('Relecloud#2026')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Partner Center/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Never enter real credentials here/)).toBeVisible();

    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('table', { name: 'Demo accounts' })).toHaveTextContent('Relecloud#2026');
    await user.click(screen.getByRole('button', { name: 'Show the trainer’s view' }));
    expect(await screen.findByRole('combobox', { name: 'Scenario' })).toBeInTheDocument();
  });
});

describe('Demo › Import', () => {
  const upload = async (
    user: ReturnType<typeof renderApp>['user'],
    name: string,
    text: string,
    open?: Awaited<ReturnType<typeof openDemo>>,
  ) => {
    const demo = open ?? (await openDemo(user));
    await user.upload(demo.getByLabelText('Demo file to import'), new File([text], name));
    const confirm = await screen.findByRole('dialog', { name: `Import ${name}?` });
    await user.click(within(confirm).getByRole('button', { name: 'Import' }));
    return demo;
  };

  it('says what is wrong with a bad file, and changes nothing', async () => {
    const { user } = renderApp('/homepage', { signedInAs: 'admin@wingtiptoys.onmicrosoft.com' });
    const before = JSON.stringify((await call('/api/sim/export')).body);
    let demo = await upload(user, 'notes.json', 'These are my notes');
    expect(await demo.findByRole('alert')).toHaveTextContent(
      'notes.json is not a demo file: it is not JSON. Nothing was imported.',
    );

    const old = { ...(await call('/api/sim/export')).body, version: 3 };
    demo = await upload(user, 'old-demo.json', JSON.stringify(old), demo);
    expect(await demo.findByRole('alert')).toHaveTextContent(
      'old-demo.json was exported by an older version of the simulator (data version 3); this one reads version 4 only. Nothing was imported.',
    );

    const corrupt = (await call('/api/sim/export')).body;
    corrupt.state.agreements = 'lost';
    demo = await upload(user, 'corrupt.json', JSON.stringify(corrupt), demo);
    expect(await demo.findByRole('alert')).toHaveTextContent(
      'In corrupt.json the table “agreements” is damaged. Nothing was imported.',
    );
    expect(JSON.stringify((await call('/api/sim/export')).body)).toBe(before);
    expect((await call('/api/sim/state')).body.scenarioId).toBe('partner-training');
    expect(screen.queryByRole('heading', { level: 1, name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('restores a good file and lands on the sign-in page, saying so', async () => {
    load({ scenarioId: 'gdap-approval', now: NOW });
    const saved = JSON.stringify((await call('/api/sim/export')).body);
    load({ scenarioId: 'partner-training', now: NOW });
    const { user } = renderApp('/homepage', { signedInAs: 'admin@wingtiptoys.onmicrosoft.com' });
    await upload(user, 'gdap.json', saved);
    expect(
      await screen.findByText(
        'Demo imported: GDAP: approve partner roles. Everyone was signed out: sign in with one of its accounts.',
      ),
    ).toBeInTheDocument();
    expect(JSON.stringify((await call('/api/sim/export')).body)).toBe(saved);
  });
});
