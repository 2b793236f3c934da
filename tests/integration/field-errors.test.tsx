import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { load } from '../../mocks/db/db';
import { tenantOf } from '../builders';
import { fill } from '../fill';
import { renderApp } from '../render-app';

// Issue 10, §2.7: a field shown in error loses its message as soon as it holds a valid value, without
// waiting for the next submit; the other fields keep theirs until they are fixed too.

const invalid = (element: HTMLElement) => expect(element).toHaveAttribute('aria-invalid', 'true');
const valid = (element: HTMLElement) => expect(element).not.toHaveAttribute('aria-invalid', 'true');

describe('field errors clear as soon as the field is fixed', () => {
  beforeEach(() => {
    load({ scenarioId: 'partner-training', now: '2026-11-25T09:00:00Z' });
  });

  it('admin center sign-in: the user name error goes once the name is valid, the password one stays', async () => {
    const { user } = renderApp('/signin');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your user name.')).toBeInTheDocument();
    const userName = screen.getByLabelText(/User name/);
    await user.type(userName, 'admin@north');
    // Not valid yet: still in error, now saying what is wrong with what was typed.
    invalid(userName);
    expect(screen.getByText('Enter a user name like name@domain.onmicrosoft.com.')).toBeInTheDocument();
    await user.type(userName, 'windtraders.onmicrosoft.com');
    valid(userName);
    expect(screen.queryByText(/Enter a user name like/)).not.toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    invalid(screen.getByLabelText(/^Password/));
    await user.type(screen.getByLabelText(/^Password/), 'x');
    expect(screen.queryByText('Enter your password.')).not.toBeInTheDocument();
  });

  it('change password: the confirmation error goes once both passwords match', async () => {
    const { user } = renderApp('/signin', { scenario: 'new-customer' });
    await fill(user, await screen.findByLabelText(/User name/), 'admin@contosonew.onmicrosoft.com');
    await fill(user, screen.getByLabelText(/^Password/), 'TempPass#2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const next = await screen.findByLabelText(/^New password/);
    await user.type(next, 'short');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'other');
    await user.click(screen.getByRole('button', { name: 'Update password and sign in' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();
    expect(screen.getByText('Use at least 8 characters.')).toBeInTheDocument();

    await user.clear(next);
    await user.type(next, 'Contoso#2026new');
    valid(next);
    expect(screen.queryByText('Use at least 8 characters.')).not.toBeInTheDocument();
    const confirm = screen.getByLabelText(/^Confirm new password/);
    invalid(confirm);
    await user.clear(confirm);
    await user.type(confirm, 'Contoso#2026new');
    valid(confirm);
    expect(screen.queryByText('The two passwords are not the same.')).not.toBeInTheDocument();
  });

  it('Partner Center sign-in: the fixed field clears, the other stays', async () => {
    const { user } = renderApp('/partner-center/signin');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your password.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Password/), 'Partner#2026');
    expect(screen.queryByText('Enter your password.')).not.toBeInTheDocument();
    expect(screen.getByText('Enter your user name.')).toBeInTheDocument();
  });

  it('New customer: company, contact email and the agreement choice clear one by one', async () => {
    const { user } = renderApp('/partner-center/customers/new', {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await user.click(await screen.findByRole('button', { name: 'Next: Review' }));
    expect(screen.getByText('Enter the company name.')).toBeInTheDocument();
    const email = screen.getByLabelText(/Email address/);
    invalid(email);
    await user.type(email, 'kim@');
    invalid(email);
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    await user.type(email, 'bluebird.example');
    valid(email);
    expect(screen.getByText('Enter the company name.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Company name/), 'Bluebird Books');
    expect(screen.queryByText('Enter the company name.')).not.toBeInTheDocument();
    expect(screen.getByText('Enter the city.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Customer will be asked/ }));
    expect(
      screen.queryByText('Choose how the customer accepts the Microsoft Customer Agreement.'),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Some fields need your attention.')).toBeInTheDocument();
  });

  it('Account info › Update: the first name clears when typed, last name and email stay', async () => {
    const { user } = renderApp(`/partner-center/customers/${tenantOf('graphicdesigninstitute')}`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    await user.click(await screen.findByRole('button', { name: 'Update' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter the first name.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/First name/), 'Harper');
    expect(screen.queryByText('Enter the first name.')).not.toBeInTheDocument();
    expect(screen.getByText('Enter the last name.')).toBeInTheDocument();
    expect(screen.getByText('Enter the email address.')).toBeInTheDocument();
  });

  it('New order: the quantity error goes once the quantity is a whole number from 1 to 300', async () => {
    const { user } = renderApp(`/partner-center/customers/${tenantOf('relecloud')}/orders/new`, {
      partnerSignedInAs: 'adele@fabrikam.example',
    });
    const quantity = await screen.findByLabelText(/Quantity/);
    await user.clear(quantity);
    await user.type(quantity, '0');
    await user.click(screen.getByRole('button', { name: 'Review order' }));
    expect(await screen.findByText('Enter a whole number from 1 to 300.')).toBeInTheDocument();
    await user.clear(quantity);
    await user.type(quantity, '301');
    invalid(quantity);
    await user.clear(quantity);
    await user.type(quantity, '3');
    valid(quantity);
    expect(screen.queryByText('Enter a whole number from 1 to 300.')).not.toBeInTheDocument();
  });
});
