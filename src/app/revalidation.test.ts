import type { ShouldRevalidateFunctionArgs } from 'react-router';
import { describe, expect, it } from 'vitest';
import { shellRevalidation, unlessAFormFailed } from './revalidation';

const args = (overrides: Partial<ShouldRevalidateFunctionArgs>): ShouldRevalidateFunctionArgs => ({
  currentUrl: new URL('http://sim.test/partners'),
  currentParams: {},
  nextUrl: new URL('http://sim.test/partners'),
  nextParams: {},
  defaultShouldRevalidate: true,
  ...overrides,
});

describe('unlessAFormFailed', () => {
  it('keeps the data after a form whose action failed, with an error or with field messages', () => {
    const failed = [
      { ok: false, error: { status: 503, code: 'SimulatedFault', description: 'Down' } },
      { ok: false, fieldErrors: { quantity: 'validation.quantityInvalid' } },
    ];
    for (const actionResult of failed) {
      expect(unlessAFormFailed(args({ formMethod: 'POST', actionResult }))).toBe(false);
    }
  });

  it('follows React Router after a form that succeeded, a redirect, or a plain navigation', () => {
    expect(unlessAFormFailed(args({ formMethod: 'POST', actionResult: { ok: true, order: {} } }))).toBe(true);
    expect(unlessAFormFailed(args({ formMethod: 'POST', actionResult: undefined }))).toBe(true);
    expect(unlessAFormFailed(args({ actionResult: { ok: false } }))).toBe(true);
    expect(unlessAFormFailed(args({ defaultShouldRevalidate: false }))).toBe(false);
  });
});

describe('shellRevalidation', () => {
  it('does not load the shell again when only the page’s query changed', () => {
    const nextUrl = new URL('http://sim.test/partners?filter=contoso');
    expect(shellRevalidation(args({ nextUrl }))).toBe(false);
    expect(shellRevalidation(args({ nextUrl: new URL('http://sim.test/catalog') }))).toBe(true);
  });

  it('keeps the shell after a failed form too', () => {
    expect(shellRevalidation(args({ formMethod: 'POST', actionResult: { ok: false } }))).toBe(false);
  });
});
