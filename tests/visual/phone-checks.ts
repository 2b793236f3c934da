import type { Page } from '@playwright/test';

// The phone checks of every screen at 390 px (run by the visual suite's phone projects, on the same visits
// as the pictures): nothing scrolls sideways, and no word in a detail list, a table or a heading is broken
// in the middle. Ids, email addresses, domains and links may wrap anywhere: they have no other way to fit.

/** The elements that stick out to the right of the window, widest first: what makes the page scroll. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX !== 'visible') return parent.getBoundingClientRect().right <= width;
      }
      return false;
    };
    const offenders = Array.from(document.querySelectorAll('body *'))
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ element, right }) => right > width + 0.5 && !clipped(element))
      // The innermost ones name the cause; their ancestors only carry it.
      .filter(
        ({ element }, _, all) =>
          !all.some((other) => other.element !== element && element.contains(other.element)),
      );
    const describe = (element: Element, right: number) => {
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return `${element.tagName.toLowerCase()} "${label}" reaches ${Math.round(right)} px`;
    };
    return [
      `the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`,
      ...offenders.slice(0, 5).map(({ element, right }) => describe(element, right)),
    ];
  });
}

/**
 * Words of detail lists (`dl`), table cells and headings that the browser split across two lines, as
 * `word (in <tag>)`. A break after a hyphen or a slash is a normal break, so the pieces between those are
 * checked one by one.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const mayWrapAnywhere = (token: string) =>
      token.includes('@') ||
      token.includes('://') ||
      /^[\w-]+(\.[\w-]+)+[.,;:)]*$/.test(token) || // a domain or a file name
      /[0-9a-f]{8}-[0-9a-f]{4}/i.test(token) || // a GUID
      /[?&=#]/.test(token); // a link's query
    const found: string[] = [];
    const containers = document.querySelectorAll('dl, td, th, h1, h2, h3, h4, h5, h6');
    const seen = new Set<Text>();
    for (const container of Array.from(containers)) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (seen.has(node)) continue;
        seen.add(node);
        const text = node.data;
        for (const match of text.matchAll(/\S+/g)) {
          if (mayWrapAnywhere(match[0])) continue;
          for (const piece of match[0].matchAll(/[^-/–—]+[-/–—]?/g)) {
            const start = (match.index ?? 0) + (piece.index ?? 0);
            const word = piece[0].replace(/[-/–—]$/, '');
            if (word.length < 2) continue;
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            const lines = new Set(
              Array.from(range.getClientRects())
                .filter((rect) => rect.width > 0)
                .map((rect) => Math.round(rect.bottom)),
            );
            if (lines.size > 1) found.push(`${word} (in <${container.tagName.toLowerCase()}>)`);
          }
        }
      }
    }
    return found;
  });
}
