import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as React from 'react';

// Shortcuts for the journeys in jsdom, each returning the same answers as what it replaces, only sooner.
// They reach into jsdom 27 and React 19 internals; when those move (an upgrade), each install returns false,
// the suite runs slower but unchanged, and tests/integration/fast-dom.test.tsx fails to say so.

/* ---------- getComputedStyle ---------- */

// Every role query asks jsdom for the computed style of each candidate and its ancestors (is it hidden? its
// name?), and user-event asks for pointer-events before each click. jsdom answers by matching every rule of its
// 110-rule default style sheet against the element and every ancestor, then resolves 17 properties for each:
// a third of a journey's time. The queries read only display, visibility and pointer-events.

type ElementImpl = { localName: string; namespaceURI: string | null; hasAttribute(name: string): boolean };
interface DomSelector {
  check: (selector: string, node: ElementImpl, options?: unknown) => unknown;
}
interface StyleRules {
  getResolvedValue: (element: ElementImpl, property: string) => string;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
// Symbol.for: the window outlives a test file (isolate: false), the module may be evaluated again for the next.
const ORIGINAL = Symbol.for('m365-sim.fast-dom.original');
type FastComputedStyle = Window['getComputedStyle'] & { [ORIGINAL]: Window['getComputedStyle'] };

/** The properties answered without building the whole declaration, by the names callers use for them. */
const QUICK: ReadonlyMap<string, string> = new Map([
  ['display', 'display'],
  ['visibility', 'visibility'],
  ['pointerEvents', 'pointer-events'],
  ['pointer-events', 'pointer-events'],
]);

function implSymbolOf(document: Document): symbol | undefined {
  return Object.getOwnPropertySymbols(document).find((symbol) => symbol.description === 'impl');
}

/** What an element needs for a style rule to be worth checking: one of these types, or one of these attributes. */
export interface SelectorNeeds {
  types: ReadonlySet<string>;
  attributes: readonly string[];
}

// Only a and area (with href) are links; link elements too, in case a matcher counts them.
const LINK_TYPES = ['a', 'area', 'link'];

/**
 * Reads, from each alternative of a selector, its rightmost compound's type (`div`, `table > tr`), the type a
 * link pseudo-class implies (`:link`), or else its first attribute (`[hidden]:not(embed)`). Null when an
 * alternative may match any element (`*`, `:focus-visible`) or the selector is beyond this small reader
 * (escapes, namespaces): then the rule is always checked in full.
 */
export function selectorNeeds(selector: string): SelectorNeeds | null {
  if (/[\\|]/.test(selector)) return null;
  const types = new Set<string>();
  const attributes = new Set<string>();
  for (const alternative of splitTopLevel(selector, (c) => c === ',')) {
    const compounds = splitTopLevel(alternative.trim(), (c) => /[\s>+~]/.test(c));
    const compound = compounds[compounds.length - 1] ?? '';
    const type = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(compound);
    const attribute = /^\[\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(compound);
    if (type) types.add(type[0].toLowerCase());
    else if (/^:(?:link|visited|any-link)(?![a-zA-Z0-9-])/.test(compound))
      LINK_TYPES.forEach((t) => types.add(t));
    else if (attribute?.[1]) attributes.add(attribute[1].toLowerCase());
    else return null;
  }
  return { types, attributes: [...attributes] };
}

interface MatchableElement {
  localName: string;
  hasAttribute(name: string): boolean;
}

/** False only when no alternative of a selector (read by selectorNeeds) can match this HTML element. */
export function mayMatch(needs: SelectorNeeds | null, element: MatchableElement): boolean {
  return (
    !needs ||
    needs.types.has(element.localName) ||
    needs.attributes.some((name) => element.hasAttribute(name))
  );
}

/** Splits where isSeparator says, outside brackets, parentheses and quoted strings. */
function splitTopLevel(text: string, isSeparator: (c: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && isSeparator(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Makes jsdom's getComputedStyle answer display, visibility and pointer-events without resolving everything
 * else, and skip the style rules whose type selector cannot match the element. Other properties, pseudo-elements
 * and everything a caller might do with the declaration go to jsdom's own answer, built on first use.
 */
export function installFastComputedStyle(window: Window & typeof globalThis): boolean {
  if ((window.getComputedStyle as Partial<FastComputedStyle>)[ORIGINAL]) return true;
  const implSymbol = implSymbolOf(window.document);
  if (!implSymbol) return false;
  const documentImpl = (window.document as unknown as Record<symbol, { _domSelector?: DomSelector }>)[
    implSymbol
  ];
  let styleRules: StyleRules;
  let scratch: CSSStyleDeclaration;
  try {
    const jsdomRequire = createRequire(createRequire(import.meta.url).resolve('jsdom'));
    styleRules = jsdomRequire('./jsdom/living/helpers/style-rules.js') as StyleRules;
    const cssstyle = jsdomRequire('cssstyle') as { CSSStyleDeclaration: new () => CSSStyleDeclaration };
    scratch = new cssstyle.CSSStyleDeclaration();
  } catch {
    return false;
  }
  const domSelector = documentImpl?._domSelector;
  if (typeof styleRules.getResolvedValue !== 'function' || typeof domSelector?.check !== 'function')
    return false;

  // jsdom calls check() only to match its style rules against an element (querySelector and matches use
  // other entry points).
  const check = domSelector.check;
  const needsBySelector = new Map<string, SelectorNeeds | null>();
  domSelector.check = (selector, node, options) => {
    if (node.namespaceURI === HTML_NAMESPACE) {
      let needs = needsBySelector.get(selector);
      if (needs === undefined) {
        needs = selectorNeeds(selector);
        needsBySelector.set(selector, needs);
      }
      if (!mayMatch(needs, node)) return { match: false, pseudoElement: null, ast: null };
    }
    return check(selector, node, options);
  };

  const original = window.getComputedStyle;
  // Through a declaration, as jsdom does, so that a value reads back exactly as it would from jsdom's answer.
  const resolve = (impl: ElementImpl, property: string): string => {
    scratch.setProperty(property, styleRules.getResolvedValue(impl, property));
    return scratch.getPropertyValue(property);
  };
  const fast = function getComputedStyle(element: Element, pseudoElement?: string | null) {
    if (pseudoElement) return original.call(window, element, pseudoElement);
    // Not an element: jsdom's own error.
    if (!(element instanceof window.Element)) return original.call(window, element);
    const impl = Reflect.get(element, implSymbol) as ElementImpl;
    let full: CSSStyleDeclaration | undefined;
    const materialize = () => (full ??= original.call(window, element));
    const getPropertyValue = (property: string) => {
      const quick = QUICK.get(property);
      return quick ? resolve(impl, quick) : materialize().getPropertyValue(property);
    };
    return new Proxy({} as CSSStyleDeclaration, {
      get(_empty, key) {
        const quick = typeof key === 'string' ? QUICK.get(key) : undefined;
        if (quick) return resolve(impl, quick);
        if (key === 'getPropertyValue') return getPropertyValue;
        const value: unknown = Reflect.get(materialize(), key);
        return typeof value === 'function'
          ? (value as (...args: unknown[]) => unknown).bind(materialize())
          : value;
      },
      has: (_empty, key) => key in materialize(),
      getPrototypeOf: () => Object.getPrototypeOf(materialize()) as object,
    });
  } as FastComputedStyle;
  fast[ORIGINAL] = original;
  window.getComputedStyle = fast;
  return true;
}

/** jsdom's own getComputedStyle, for the test that compares the two answers. */
export function jsdomComputedStyle(window: Window): typeof window.getComputedStyle {
  const installed = window.getComputedStyle as Partial<FastComputedStyle>;
  return installed[ORIGINAL] ?? window.getComputedStyle;
}

/* ---------- the default style sheet, by element type ---------- */

// An element's declaration (jsdom keeps it until the document next changes, so again after every render) is
// built by trying each of the 110 rules of jsdom's default style sheet on the element, then the document's own
// sheets. The check above already answers "no" at once for the rules the element's type cannot match, but
// jsdom still walks all of them and rebuilds each selector's text first: a twentieth of the suite's time. The
// same declaration, built from only the rules the type may match, in sheet order.

interface SheetRule {
  selectorText?: string;
  media?: ArrayLike<string>;
  cssRules?: ArrayLike<SheetRule>;
  styleSheet?: { cssRules: ArrayLike<SheetRule> } | null;
  style: CSSStyleDeclaration;
}
interface StyledElementImpl extends ElementImpl {
  style: CSSStyleDeclaration;
  _ownerDocument: {
    _styleCache: WeakMap<object, CSSStyleDeclaration> | null;
    _domSelector: DomSelector;
    styleSheets: { _list: { cssRules: ArrayLike<SheetRule> }[] };
  };
}
interface DeclarationRules {
  getDeclarationForElement: (element: StyledElementImpl) => CSSStyleDeclaration;
}
type FastDeclaration = DeclarationRules['getDeclarationForElement'] & {
  [ORIGINAL]: DeclarationRules['getDeclarationForElement'];
};

/** The style rules of a sheet in the order jsdom tries them: @media screen and @import rules opened. */
function sheetRules(sheet: { cssRules: ArrayLike<SheetRule> }): SheetRule[] {
  const rules: SheetRule[] = [];
  for (const rule of Array.from(sheet.cssRules)) {
    if (!rule.media) rules.push(rule);
    else if (rule.constructor.name === 'CSSImportRule') {
      if (rule.styleSheet && (rule.media.length === 0 || Array.from(rule.media).includes('screen')))
        rules.push(...Array.from(rule.styleSheet.cssRules));
    } else if (Array.from(rule.media).includes('screen')) rules.push(...Array.from(rule.cssRules ?? []));
  }
  return rules;
}

/** jsdom's test of a rule on an element (its cssstyle workaround included), with the selector read once. */
function ruleMatches(selector: string, element: StyledElementImpl): boolean {
  try {
    const result = element._ownerDocument._domSelector.check(selector, element) as {
      match: boolean;
      pseudoElement: unknown;
    };
    return !result.pseudoElement && result.match;
  } catch {
    return false;
  }
}
const selectorOf = (rule: SheetRule) => rule.selectorText?.split(';').pop()?.trim() ?? '';

/**
 * Builds each element's declaration from the default style sheet's rules its type may match (and all of the
 * document's own sheets and its style attribute, as jsdom does), into jsdom's own cache.
 */
export function installStyleRuleIndex(): boolean {
  let rules: DeclarationRules;
  let defaultRules: { rule: SheetRule; selector: string; needs: SelectorNeeds | null }[];
  let Declaration: new () => CSSStyleDeclaration;
  try {
    const jsdomRequire = createRequire(createRequire(import.meta.url).resolve('jsdom'));
    rules = jsdomRequire('./jsdom/living/helpers/style-rules.js') as DeclarationRules;
    if ((rules.getDeclarationForElement as Partial<FastDeclaration>)[ORIGINAL]) return true;
    const cssom = jsdomRequire('@acemir/cssom') as {
      parse: (css: string) => { cssRules: ArrayLike<SheetRule> };
    };
    const css = readFileSync(jsdomRequire.resolve('./jsdom/browser/default-stylesheet.css'), 'utf8');
    defaultRules = sheetRules(cssom.parse(css))
      .filter((rule) => rule.selectorText)
      .map((rule) => ({ rule, selector: selectorOf(rule), needs: selectorNeeds(selectorOf(rule)) }));
    Declaration = (jsdomRequire('cssstyle') as { CSSStyleDeclaration: new () => CSSStyleDeclaration })
      .CSSStyleDeclaration;
  } catch {
    return false;
  }
  if (typeof rules.getDeclarationForElement !== 'function' || defaultRules.length < 90) return false;

  const rulesByType = new Map<string, typeof defaultRules>();
  const candidates = (element: StyledElementImpl) => {
    if (element.namespaceURI !== HTML_NAMESPACE) return defaultRules;
    let list = rulesByType.get(element.localName);
    if (!list) {
      list = defaultRules.filter(
        ({ needs }) => !needs || needs.types.has(element.localName) || needs.attributes.length,
      );
      rulesByType.set(element.localName, list);
    }
    return list;
  };

  const original = rules.getDeclarationForElement;
  const fast = function getDeclarationForElement(element: StyledElementImpl) {
    const document = element._ownerDocument;
    const cache = (document._styleCache ??= new WeakMap());
    const cached = cache.get(element);
    if (cached) return cached;
    const declaration = new Declaration();
    const apply = (style: CSSStyleDeclaration) => {
      for (const property of Array.from(style)) {
        const value = style.getPropertyValue(property);
        // https://drafts.csswg.org/css-cascade-4/#valdef-all-unset, as jsdom reads it
        if (value === 'unset') declaration.removeProperty(property);
        else declaration.setProperty(property, value, style.getPropertyPriority(property));
      }
    };
    for (const { rule, selector, needs } of candidates(element)) {
      if (element.namespaceURI === HTML_NAMESPACE && !mayMatch(needs, element)) continue;
      if (ruleMatches(selector, element)) apply(rule.style);
    }
    for (const sheet of document.styleSheets._list) {
      for (const rule of sheetRules(sheet)) {
        if (rule.selectorText && ruleMatches(selectorOf(rule), element)) apply(rule.style);
      }
    }
    apply(element.style);
    cache.set(element, declaration);
    return declaration;
  } as FastDeclaration;
  fast[ORIGINAL] = original;
  rules.getDeclarationForElement = fast;
  return true;
}

/** An element's declaration as jsdom builds it and as the index does, each from an empty cache (for the test). */
export function declarationTexts(element: Element): { jsdom: string; indexed: string } | null {
  const jsdomRequire = createRequire(createRequire(import.meta.url).resolve('jsdom'));
  const rules = jsdomRequire('./jsdom/living/helpers/style-rules.js') as DeclarationRules;
  const fast = rules.getDeclarationForElement as Partial<FastDeclaration>;
  const original = fast[ORIGINAL];
  const implSymbol = implSymbolOf(element.ownerDocument);
  if (!original || !implSymbol) return null;
  const impl = Reflect.get(element, implSymbol) as StyledElementImpl;
  impl._ownerDocument._styleCache = null;
  const jsdom = original(impl).cssText;
  impl._ownerDocument._styleCache = null;
  const indexed = rules.getDeclarationForElement(impl).cssText;
  impl._ownerDocument._styleCache = null;
  return { jsdom, indexed };
}

/* ---------- React owner stacks ---------- */

/**
 * React 19's development build captures a stack trace (an Error) for every element it creates, to show owner
 * stacks in its warnings: a tenth of a journey's time, and a third of every keystroke. The journeys fail on
 * any console.error, whose message and component names stay; only the "owner stack" lines under a warning
 * become "unknown". REACT_OWNER_STACKS=1 keeps them, for debugging a warning.
 */
export function skipOwnerStacks(): boolean {
  if (process.env.REACT_OWNER_STACKS === '1') return false;
  const internals = (React as unknown as Record<string, unknown>)
    .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE as Record<string, unknown> | undefined;
  if (!internals || !('recentlyCreatedOwnerStacks' in internals)) return false;
  // React counts the stacks it has captured since its last render and stops at 10,000: the count stays full.
  Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', {
    configurable: true,
    get: () => Number.POSITIVE_INFINITY,
    set: () => undefined,
  });
  return true;
}
