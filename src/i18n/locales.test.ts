import { describe, expect, it } from 'vitest';
import { enUS } from './locales/en-US';
import { itIT } from './locales/it-IT';
import { translator } from './i18n';
import { detectLanguage } from './languages';

type Tree = { [key: string]: string | Tree };

/** Each message by its key; a plural message's forms as one text, since a form may leave a value out. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else if ('other' in value) result.set(path, Object.values(value).join(' | '));
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

const interpolations = (text: string) =>
  [...new Set([...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]))].sort();

describe('locales', () => {
  const en = leaves(enUS);
  const it_ = leaves(itIT);

  it('have the same keys', () => {
    expect([...it_.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have no empty text and the same placeholders', () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(it_.get(key)?.trim(), key).not.toBe('');
      expect(interpolations(it_.get(key) ?? ''), key).toEqual(interpolations(text));
    }
  });
});

describe('plural messages', () => {
  it('have the same forms in both languages', () => {
    const showing = { first: 1, last: 1, total: '1' };
    expect(translator(itIT, 'it-IT')('partners.showing', { ...showing, count: 1 })).toBe('Partner 1 di 1');
    expect(
      translator(itIT, 'it-IT')('partners.showing', { first: 1, last: 50, total: '5000', count: 5000 }),
    ).toBe('Partner da 1 a 50 di 5000');
    expect(translator(enUS, 'en-US')('partners.showing', { ...showing, count: 1 })).toBe(
      'Showing 1–1 of 1 partner',
    );
  });
});

describe('detectLanguage', () => {
  it('picks Italian for any Italian tag and English otherwise', () => {
    expect(detectLanguage(['it-CH', 'en'])).toBe('it-IT');
    expect(detectLanguage(['de-DE', 'it'])).toBe('it-IT');
    expect(detectLanguage(['fr-FR'])).toBe('en-US');
    expect(detectLanguage([])).toBe('en-US');
  });
});
