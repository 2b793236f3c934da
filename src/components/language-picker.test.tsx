import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { usePreferencesStore } from '../stores/preferences-store';
import { LanguagePicker } from './language-picker';

// As if the Italian messages could not be downloaded (offline when Italian is chosen).
vi.mock('../i18n/locales/it-IT', () => {
  throw new Error('network error');
});

function Page() {
  const language = usePreferencesStore((state) => state.language);
  const setLanguage = usePreferencesStore((state) => state.setLanguage);
  return (
    <I18nProvider language={language} messages={{}} onUnavailable={setLanguage}>
      <LanguagePicker />
    </I18nProvider>
  );
}

describe('LanguagePicker', () => {
  it('says so when a language cannot be loaded, and stays in the one shown', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const picker = screen.getByRole('combobox', { name: 'Language' });
    await user.selectOptions(picker, 'Italiano (Italia)');
    expect(
      await screen.findByText(
        'Italiano (Italia) could not be loaded. Check your connection and choose it again.',
      ),
    ).toBeInTheDocument();
    expect(picker).toHaveValue('en-US');
    expect(picker).toHaveAccessibleDescription(/could not be loaded/);
    expect(usePreferencesStore.getState().language).toBe('en-US');
  });
});
