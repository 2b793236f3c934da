import type { UserEvent } from '@testing-library/user-event';

/**
 * Puts text into a field as a user who pastes it (or a browser that autofills it) does: a click into the field,
 * then one paste, through the same checks as typing (disabled, read-only, maxLength). Journeys fill forms with
 * it; `user.type` stays for what a single keystroke does (a field error that clears as soon as the value is
 * right, a search that runs as one types, date and number fields), because each key renders the field again:
 * typing took a fifth of the suite's time.
 */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
