/** Snippets and highlights, grouping, glossary suggestions, plugin options and recent searches. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSnippet, matchRanges, segmentsOf, termMatcher } from '../../../src/shared/search/snippet';
import { groupByType } from '../../../src/shared/search/group';
import { tokenize } from '../../../src/shared/search/tokenize';
import { suggestGlossaryTerms } from '../../../src/shared/search/suggest';
import { DEFAULT_OPTIONS, validateOptions } from '../../../src/plugins/search/options';
import {
  addRecentSearch,
  clearRecentSearches,
  MAX_RECENT,
  readRecentSearches,
} from '../../../src/client/search/recentSearches';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { GLOSSARY_TERMS } from './corpus';
import { isSearchShortcut } from '../../../src/plugins/search/theme/SearchBar/shortcut';

const marked = (segments: ReturnType<typeof makeSnippet>): string[] =>
  segments.filter((s) => s.mark).map((s) => s.text);

describe('snippets', () => {
  it('marks the original characters of every matched form', () => {
    const text = 'Les Organisations marginalisées and the ORGANIZATION.';
    const matches = termMatcher(tokenize('organization').map((token) => token.term));
    expect(matchRanges(text, matches).map(([s, e]) => text.slice(s, e))).toEqual(['Organisations', 'ORGANIZATION']);
  });

  it('marks a document symbol found by one of its parts, and a compound found closed', () => {
    const text = 'See E/CN.3/2026/13 on co-creation.';
    const marks = (query: string): string[] =>
      matchRanges(text, termMatcher(tokenize(query).map((token) => token.term))).map(([s, e]) => text.slice(s, e));
    expect(marks('CN.3/2026/13')).toEqual(['E/CN.3/2026/13']);
    expect(marks('cocreation')).toEqual(['co']);
  });

  it('marks words by prefix for the word being typed', () => {
    expect(marked(makeSnippet('Participation and participatory data', termMatcher([], ['particip'])))).toEqual([
      'Participation',
      'participatory',
    ]);
  });

  it('cuts a long text around the densest matches, at word boundaries, with ellipses', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Citizen data matter. ${'Sed do eiusmod tempor. '.repeat(20)}`;
    const segments = makeSnippet(text, termMatcher(['citizen', 'data']), 80);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(84);
    expect(marked(segments)).toEqual(['Citizen', 'data']);
  });

  it('returns text segments only: markup in the text stays text', () => {
    const segments = segmentsOf('<img src=x onerror=alert(1)> data', [[29, 33]]);
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: 'data', mark: true },
    ]);
  });
});

describe('grouping', () => {
  it('groups by type in the order of each group’s best item, keeping rank order inside', () => {
    const items = [
      { id: 1, k: 'principle' },
      { id: 2, k: 'glossary' },
      { id: 3, k: 'principle' },
      { id: 4, k: 'blog' },
    ] as const;
    expect(groupByType(items, (item) => item.k)).toEqual([
      { type: 'principle', items: [items[0], items[2]] },
      { type: 'glossary', items: [items[1]] },
      { type: 'blog', items: [items[3]] },
    ]);
  });
});

describe('glossary suggestions', () => {
  it('offers the terms closest to what was typed', () => {
    expect(suggestGlossaryTerms('statistcal ofice', GLOSSARY_TERMS)[0]!.term).toBe('National statistical office');
    expect(suggestGlossaryTerms('hrbad', GLOSSARY_TERMS)[0]!.term).toBe('Human rights-based approach to data');
  });

  it('always offers something', () => {
    expect(suggestGlossaryTerms('zzzz', GLOSSARY_TERMS, 3)).toHaveLength(3);
  });
});

describe('plugin options', () => {
  const validate = (options: unknown) =>
    validateOptions({ options: options as never, validate: normalizePluginOptions as never });

  it('fills every default from DEFAULT_OPTIONS', () => {
    expect(validate({})).toMatchObject(DEFAULT_OPTIONS);
  });

  it('rejects wrong values with a message naming the option', () => {
    expect(() => validate({ blogProvenance: 'official-ish' })).toThrow(/blogProvenance/);
    expect(() => validate({ excludePaths: ['docs/x'] })).toThrow(/excludePaths/);
    expect(() => validate({ outputDir: '../escape' })).toThrow(/outputDir/);
  });
});

describe('recent searches', () => {
  const store = new Map<string, string>();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    },
  });
  afterEach(() => store.clear());

  it('keeps the newest first, without repeats, up to the limit, and clears', () => {
    for (let i = 0; i < MAX_RECENT + 3; i += 1) addRecentSearch(`query ${i}`);
    addRecentSearch('query 5');
    const recent = readRecentSearches();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toBe('query 5');
    expect(new Set(recent).size).toBe(recent.length);
    clearRecentSearches();
    expect(readRecentSearches()).toEqual([]);
  });

  it('survives corrupt or unavailable storage', () => {
    store.set('fw-search-recent', '{not json');
    expect(readRecentSearches()).toEqual([]);
    store.set('fw-search-recent', '{"a":1}');
    expect(readRecentSearches()).toEqual([]);
  });
});

describe('keyboard shortcut', () => {
  class FakeElement {
    constructor(
      readonly tagName: string,
      readonly isContentEditable = false,
    ) {}
  }
  vi.stubGlobal('HTMLElement', FakeElement);
  const key = (key: string, init: Partial<KeyboardEvent> = {}, target: unknown = new FakeElement('BODY')) =>
    ({ key, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target, ...init }) as KeyboardEvent;

  it('opens with Ctrl+K, Cmd+K and /', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('/'))).toBe(true);
  });

  it('leaves / to fields the reader is typing in, and other combinations alone', () => {
    expect(isSearchShortcut(key('/', {}, new FakeElement('INPUT')))).toBe(false);
    expect(isSearchShortcut(key('/', {}, new FakeElement('DIV', true)))).toBe(false);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, defaultPrevented: true }))).toBe(false);
  });
});
