import { describe, expect, it } from 'vitest';
import { viewFromParam, withView } from './view-store';

describe('the customer view', () => {
  it('is asked for by view=customer only; any other value is the trainer’s view', () => {
    expect(viewFromParam('customer')).toBe('customer');
    expect(viewFromParam('trainer')).toBe('trainer');
    expect(viewFromParam('Customer')).toBe('trainer');
    expect(viewFromParam('')).toBe('trainer');
  });

  it('travels with a link to a new tab, before its hash route, and only in the customer view', () => {
    const link = 'https://sim.example/sim/#/signin?login_hint=admin%40relecloud.onmicrosoft.com';
    expect(withView(link, 'customer')).toBe(
      'https://sim.example/sim/?view=customer#/signin?login_hint=admin%40relecloud.onmicrosoft.com',
    );
    expect(withView(link, 'trainer')).toBe(link);
    expect(withView('https://sim.example/AdminPortal/Home?ref=/BillingAccounts/agreement', 'customer')).toBe(
      'https://sim.example/AdminPortal/Home?ref=%2FBillingAccounts%2Fagreement&view=customer',
    );
  });
});
