import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, translator, useTranslation } from './i18n';
import { useFormat } from './use-format';
import { enUS } from './locales/en-US';

// As if the Italian messages could not be downloaded (offline when the language is chosen).
vi.mock('./locales/it-IT', () => {
  throw new Error('network error');
});

describe('translator', () => {
  const t = translator(enUS, 'en-US');

  it('looks dotted keys up and fills placeholders', () => {
    expect(t('signIn.title')).toBe(enUS.signIn.title);
    expect(t('scenarios.useAccount', { user: 'admin@contoso.example' })).toBe('Use admin@contoso.example');
  });

  it('returns an unknown key as itself, and leaves a placeholder without a value visible', () => {
    expect(t.dynamic('signIn.nothingHere')).toBe('signIn.nothingHere');
    expect(t.dynamic('signIn')).toBe('signIn');
    expect(t('scenarios.useAccount')).toBe('Use {{user}}');
  });
});

function Title() {
  const { t, language } = useTranslation();
  return <h1 lang={language}>{t('signIn.title')}</h1>;
}

describe('I18nProvider', () => {
  it('stays in English and says so when the chosen language cannot be loaded', async () => {
    const onUnavailable = vi.fn();
    render(
      <I18nProvider language="it-IT" messages={{}} onUnavailable={onUnavailable}>
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: enUS.signIn.title })).toHaveAttribute('lang', 'en-US');
    await waitFor(() => expect(onUnavailable).toHaveBeenCalledWith('en-US'));
    expect(document.documentElement.lang).toBe('en-US');
  });
});

function Receipt() {
  const format = useFormat();
  return (
    <p>
      {format.date('2026-01-05T10:00:00Z')} · {format.money(1234.5, 'EUR')} · {format.number(50000)}
    </p>
  );
}

describe('useFormat', () => {
  it('writes dates and numbers in the language shown, not the one chosen but not loaded', async () => {
    const onUnavailable = vi.fn();
    render(
      <I18nProvider language="it-IT" messages={{}} onUnavailable={onUnavailable}>
        <Receipt />
      </I18nProvider>,
    );
    await waitFor(() => expect(onUnavailable).toHaveBeenCalled());
    expect(screen.getByText('Jan 5, 2026 · €1,234.50 · 50,000')).toBeInTheDocument();
  });

  it('writes them in Italian when Italian is shown', () => {
    render(
      <I18nProvider language="it-IT" messages={{ 'it-IT': enUS }}>
        <Receipt />
      </I18nProvider>,
    );
    expect(screen.getByText('5 gen 2026 · 1234,50 € · 50.000')).toBeInTheDocument();
  });
});

describe('message keys', () => {
  it('are checked by the compiler', () => {
    const t = translator(enUS, 'en-US');
    // @ts-expect-error a misspelt key fails `npm run typecheck`
    expect(t('signIn.titel')).toBe('signIn.titel');
    // @ts-expect-error so does a namespace, which is no message
    expect(t('signIn')).toBe('signIn');
  });
});

describe('plurals', () => {
  it('pick the form for the count with the language’s plural rules', () => {
    const t = translator(enUS, 'en-US');
    expect(t('partners.showing', { first: 1, last: 1, total: '1', count: 1 })).toBe(
      'Showing 1–1 of 1 partner',
    );
    expect(t('partners.showing', { first: 1, last: 2, total: '2', count: 2 })).toBe(
      'Showing 1–2 of 2 partners',
    );
    expect(t('partners.showing', { first: 1, last: 0, total: '0', count: 0 })).toBe(
      'Showing 1–0 of 0 partners',
    );
  });
});
