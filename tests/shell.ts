import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

// The top bar's controls, as a user works them: the account manager (Sign out) and the language menu.

/** Opens the account manager (the avatar at the top right) and returns its panel. */
export async function openUserMenu(user: UserEvent): Promise<HTMLElement> {
  await user.click(
    await screen.findByRole('button', { name: /^(Account manager for|Gestione account di) / }),
  );
  return screen.findByRole('dialog', { name: /\S/ });
}

/** Signs out through the account manager. */
export async function signOut(user: UserEvent): Promise<void> {
  const panel = await openUserMenu(user);
  await user.click(within(panel).getByRole('button', { name: /^(Sign out|Esci)$/ }));
}

/** Chooses a language in the top bar's language menu, e.g. 'Italiano (Italia)'. */
export async function chooseLanguage(user: UserEvent, language: string): Promise<void> {
  await user.click(await screen.findByRole('button', { name: /^(Language|Lingua)$/ }));
  await user.click(await screen.findByRole('menuitemradio', { name: language }));
}
