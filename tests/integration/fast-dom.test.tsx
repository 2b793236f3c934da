import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { declarationTexts, jsdomComputedStyle, mayMatch, selectorNeeds } from '../fast-dom';
import { renderApp } from '../render-app';

// The shortcuts of tests/fast-dom.ts must be in force (else the suite is slow again after an upgrade) and must
// answer exactly as jsdom does.

/** What the journeys' queries and user-event read (display, visibility, pointer-events), for every element. */
function quickSnapshot(style: CSSStyleDeclaration) {
  return [
    style.getPropertyValue('display'),
    style.getPropertyValue('visibility'),
    style.getPropertyValue('pointer-events'),
    style.display,
    style.visibility,
    style.pointerEvents,
  ];
}

/** Anything else goes to jsdom's whole declaration (checked on a few elements: it is jsdom's own answer). */
function fullSnapshot(style: CSSStyleDeclaration) {
  return {
    values: ['color', 'padding-right', 'box-sizing', 'overflow'].map((property) =>
      style.getPropertyValue(property),
    ),
    camel: [style.paddingRight, style.boxSizing],
    all: Array.from(style).sort(),
    length: style.length,
  };
}

function expectSameStyles() {
  const slow = jsdomComputedStyle(window);
  expect(slow).not.toBe(window.getComputedStyle);
  const elements = [...document.querySelectorAll('*')];
  const quick = elements.map((element) => quickSnapshot(window.getComputedStyle(element)));
  expect(quick).toEqual(elements.map((element) => quickSnapshot(slow(element))));
  for (const element of elements.slice(0, 10)) {
    expect(fullSnapshot(window.getComputedStyle(element))).toEqual(fullSnapshot(slow(element)));
  }
  return quick;
}

/** Every element's declaration, from the default sheet's rules its type may match, is the one jsdom builds. */
function expectSameDeclarations() {
  const elements = [...document.querySelectorAll('*')];
  const texts = elements.map((element) => declarationTexts(element));
  expect(texts.every((text) => text !== null)).toBe(true);
  expect(texts.map((text) => text?.indexed)).toEqual(texts.map((text) => text?.jsdom));
  expect(texts.filter((text) => text?.jsdom).length).toBeGreaterThan(50);
}

/** One element of each type on the page. */
function oneOfEachType(): Element[] {
  const byType = new Map<string, Element>();
  for (const element of document.querySelectorAll('*')) {
    if (!byType.has(element.localName)) byType.set(element.localName, element);
  }
  return [...byType.values()];
}

function defaultStyleSheetSelectors(): string[] {
  const jsdomRequire = createRequire(createRequire(import.meta.url).resolve('jsdom'));
  const css = readFileSync(jsdomRequire.resolve('./jsdom/browser/default-stylesheet.css'), 'utf8');
  const cssom = jsdomRequire('@acemir/cssom') as {
    parse: (text: string) => { cssRules: ArrayLike<CSSRule> };
  };
  return Array.from(cssom.parse(css).cssRules)
    .map((rule) => (rule as CSSStyleRule).selectorText)
    .filter((selector): selector is string => Boolean(selector) && !selector.includes('::'));
}

describe('the jsdom shortcuts of the journeys', () => {
  it('answer as jsdom does on a page with a table, a side panel, a dialog and a closed navigation', async () => {
    const { user } = renderApp('/partners', {
      scenario: 'six-partners',
      signedInAs: 'admin@woodgrovebank.onmicrosoft.com',
    });
    const table = await screen.findByRole('table', { name: 'Other partner types' });
    expectSameStyles();

    // A style rule is skipped only when its type selectors cannot match the element.
    const selectors = defaultStyleSheetSelectors();
    expect(selectors.length).toBeGreaterThan(90);
    let skipped = 0;
    for (const element of oneOfEachType()) {
      for (const selector of selectors) {
        if (mayMatch(selectorNeeds(selector), element)) continue;
        skipped++;
        expect(element.matches(selector), `${selector} on <${element.localName}>`).toBe(false);
      }
    }
    expect(skipped).toBeGreaterThan(500);

    await user.click(within(table).getByRole('link', { name: 'Fabrikam Cloud Services' }));
    const details = await screen.findByRole('dialog', { name: 'Fabrikam Cloud Services' });
    await user.click(within(details).getByRole('button', { name: 'Remove roles' }));
    await screen.findByRole('dialog', { name: 'Remove roles?' });
    const styles = expectSameStyles();
    // The comparison met hidden elements too.
    expect(styles.some(([display]) => display === 'none')).toBe(true);
    expectSameDeclarations();

    // The document's own sheets are read as jsdom reads them: @media screen applies, print does not.
    const sheet = document.createElement('style');
    sheet.textContent =
      '@media screen { td { visibility: hidden } } @media print { th { display: none } } a { pointer-events: none }';
    document.head.append(sheet);
    try {
      expect(expectSameStyles().some(([, visibility]) => visibility === 'hidden')).toBe(true);
      expectSameDeclarations();
    } finally {
      sheet.remove();
    }
  });

  it('read the element types or attributes a selector needs, or nothing when any element may match', () => {
    const needs = (types: string[], attributes: string[] = []) => ({ types: new Set(types), attributes });
    expect(selectorNeeds('address, blockquote, div')).toEqual(needs(['address', 'blockquote', 'div']));
    expect(selectorNeeds('table > tr, details > summary:first-of-type')).toEqual(needs(['tr', 'summary']));
    expect(selectorNeeds('input:not([type="image" i], [type="range" i]), DIV')).toEqual(
      needs(['input', 'div']),
    );
    expect(selectorNeeds('td, [dir="a, b" i], [hidden]:not(embed)')).toEqual(
      needs(['td'], ['dir', 'hidden']),
    );
    expect(selectorNeeds(':link:active, :visited')).toEqual(needs(['a', 'area', 'link']));
    expect(selectorNeeds(':is(dir, menu) :is(ul, ol)')).toBeNull();
    expect(selectorNeeds('div, :focus-visible')).toBeNull();
    expect(selectorNeeds('div *')).toBeNull();
    expect(selectorNeeds('svg|a')).toBeNull();
    const span = document.createElement('span');
    expect(mayMatch(needs(['div'], ['hidden']), span)).toBe(false);
    span.hidden = true;
    expect(mayMatch(needs(['div'], ['hidden']), span)).toBe(true);
    expect(mayMatch(needs(['div']), document.createElement('div'))).toBe(true);
    expect(mayMatch(null, span)).toBe(true);
  });

  it('print the page in the message of a query that fails, at once or after waiting', async () => {
    renderApp('/signin');
    await screen.findByRole('button', { name: 'Sign in' });
    expect(() => screen.getByRole('button', { name: 'Nope' })).toThrow(
      /Unable to find an accessible element with the role "button" and name "Nope"[\s\S]*<button/,
    );
    await expect(screen.findByText('Nope', {}, { timeout: 100 })).rejects.toThrow(
      /Unable to find an element with the text: Nope[\s\S]*Sign in/,
    );
  });

  it('leave React without owner stacks unless REACT_OWNER_STACKS=1', async () => {
    const React = await import('react');
    const internals = (React as unknown as Record<string, Record<string, unknown>>)
      .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
    expect(internals?.recentlyCreatedOwnerStacks).toBe(
      process.env.REACT_OWNER_STACKS === '1' ? expect.any(Number) : Number.POSITIVE_INFINITY,
    );
  });
});
