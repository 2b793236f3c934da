import type { ShowMeTarget } from './procedure-text';

// Show me: find the control a step names, by role and visible name (as a person reads the page), and
// highlight it. Our own few lines: nothing to download, and nothing that covers the control.

const SELECTORS: Record<ShowMeTarget['role'], string> = {
  button: 'button, [role="button"], a, [role="combobox"]',
  link: 'a, [role="link"], button',
  checkbox: 'input[type="checkbox"]',
  radio: 'input[type="radio"]',
  textbox: 'input:not([type="checkbox"]):not([type="radio"]), textarea',
};

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The name a person sees for a control: its label's text for inputs, else its own text or aria-label. */
function visibleName(element: HTMLElement): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    const labels = Array.from(element.labels ?? []).map((label) => label.textContent ?? '');
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''));
    return [...labels, ...labelledBy, element.getAttribute('aria-label') ?? ''].join(' ');
  }
  return `${element.textContent ?? ''} ${element.getAttribute('aria-label') ?? ''}`;
}

/** Rendered and not hidden (where the browser cannot tell, as in jsdom, taken as shown). */
const isShown = (element: HTMLElement) =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;

/** The control, outside `exclude` (the checklist itself): an exact name first, else one that contains it. */
export function findControl(role: ShowMeTarget['role'], name: string, exclude?: Element | null) {
  const wanted = normalize(name);
  const candidates = Array.from(document.querySelectorAll<HTMLElement>(SELECTORS[role])).filter(
    (element) => !exclude?.contains(element) && isShown(visibleTarget(element)),
  );
  const named = candidates.map((element) => ({ element, name: normalize(visibleName(element)) }));
  // A page has one box to tick (the consent), whose sentence names the customer: that box is the one.
  const onlyBox =
    (role === 'checkbox' || role === 'radio') && named.length === 1 ? named[0]?.element : undefined;
  return (
    named.find((c) => c.name === wanted)?.element ??
    named.find((c) => c.name.includes(wanted))?.element ??
    onlyBox ??
    null
  );
}

/** What to outline: a checkbox's or radio's label (the input itself is visually hidden by MUI). */
function visibleTarget(element: HTMLElement): HTMLElement {
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
    return element.closest('label') ?? element.parentElement ?? element;
  }
  return element;
}

const HIGHLIGHT_MS = 4000;

/** Scrolls the control into view, outlines it for a few seconds and gives it the focus. */
export function highlight(control: HTMLElement): void {
  const target = visibleTarget(control);
  // jsdom has no layout, and no scrollIntoView.
  target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const { outline, outlineOffset, boxShadow } = target.style;
  target.style.outline = '3px solid #C239B3';
  target.style.outlineOffset = '3px';
  target.style.boxShadow = '0 0 0 6px rgba(194, 57, 179, 0.25)';
  control.focus({ preventScroll: true });
  window.setTimeout(() => {
    target.style.outline = outline;
    target.style.outlineOffset = outlineOffset;
    target.style.boxShadow = boxShadow;
  }, HIGHLIGHT_MS);
}

/** Waits (up to `ms`) for the control to appear, as after navigating to its page. */
export function waitForControl(
  role: ShowMeTarget['role'],
  name: string,
  exclude: Element | null,
  ms = 4000,
): Promise<HTMLElement | null> {
  const started = Date.now();
  return new Promise((resolve) => {
    const look = () => {
      const found = findControl(role, name, exclude);
      if (found || Date.now() - started > ms) resolve(found);
      else window.setTimeout(look, 100);
    };
    look();
  });
}
