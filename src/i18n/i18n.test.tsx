import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, translator, useTranslation } from './i18n';
import { enUS } from './locales/en-US';

// As if the Italian messages could not be downloaded (offline when the language is chosen).
vi.mock('./locales/it-IT', () => {
  throw new Error('network error');
});

describe('translator', () => {
  const t = translator(enUS);

  it('looks dotted keys up and fills placeholders', () => {
    expect(t('signIn.title')).toBe(enUS.signIn.title);
    expect(t('scenarios.useAccount', { user: 'admin@contoso.example' })).toBe('Use admin@contoso.example');
  });

  it('returns an unknown key as itself, and leaves a placeholder without a value visible', () => {
    expect(t('signIn.nothingHere')).toBe('signIn.nothingHere');
    expect(t('signIn')).toBe('signIn');
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
