/**
 * Which sidebar items, pages and sources a translated site shows in English (WCAG 2.2 SC 3.1.2,
 * src/shared/textLanguage.ts): the marks the theme turns into `lang="en"`.
 */
import { describe, expect, it } from 'vitest';
import {
  fallbackLanguageOf,
  labelLanguageOf,
  markFallbackSidebarItems,
  sourceLanguage,
  type SidebarItemLike,
} from '../../../src/shared/textLanguage';
import { SOURCES } from '../../../src/data/sources';

const DOCS = [
  { id: 'questions', source: '@site/docs/questions.md' },
  { id: 'definition/index', source: '@site/i18n/ar/docusaurus-plugin-content-docs/current/definition/index.md' },
  { id: 'definition/examples', source: '@site/i18n/ar/docusaurus-plugin-content-docs/current/definition/examples.md' },
  { id: 'enabling-environment/index', source: '@site/docs/enabling-environment/index.md' },
  { id: 'enabling-environment/other-actors', source: '@site/docs/enabling-environment/other-actors.md' },
];

/** The plugin's sidebar items, as far as the marking reads them (plus labels and links, kept as they are). */
type Item = SidebarItemLike & { label?: string; href?: string; link?: { type: string; id: string } };

const SIDEBAR: Item[] = [
  { type: 'doc', id: 'questions' },
  {
    type: 'category',
    label: 'Definition',
    link: { type: 'doc', id: 'definition/index' },
    items: [{ type: 'doc', id: 'definition/examples' }],
  },
  {
    type: 'category',
    label: 'Enabling environment',
    link: { type: 'doc', id: 'enabling-environment/index' },
    items: [{ type: 'doc', id: 'enabling-environment/other-actors', customProps: { icon: 'x' } }],
  },
  { type: 'link', label: 'Elsewhere', href: 'https://example.org' },
];

describe('fallbackLanguageOf', () => {
  it('is English for a page read from the English files on a translated site', () => {
    expect(fallbackLanguageOf('@site/docs/questions.md', 'ar')).toBe('en');
    expect(fallbackLanguageOf('@site/blog/2025-03-endorsement.md', 'fr')).toBe('en');
  });
  it('is undefined for a translated page, and on the English site', () => {
    expect(fallbackLanguageOf(DOCS[1]!.source, 'ar')).toBeUndefined();
    expect(fallbackLanguageOf('@site/docs/questions.md', 'en')).toBeUndefined();
  });
});

describe('markFallbackSidebarItems', () => {
  const marked = markFallbackSidebarItems(SIDEBAR, DOCS, 'ar');
  const flat = (items: readonly (typeof marked)[number][]): (typeof marked)[number][] =>
    items.flatMap((item) => [item, ...flat((item as { items?: typeof marked }).items ?? [])]);
  const byId = (id: string) => flat(marked).find((item) => (item as { id?: string }).id === id)!;

  it('marks the label of a doc not translated into the locale ("Questions people ask") English', () => {
    expect(labelLanguageOf(byId('questions'))).toBe('en');
  });
  it('marks docs inside categories (the enabling-environment sub-pages), keeping their other custom props', () => {
    const item = byId('enabling-environment/other-actors');
    expect(labelLanguageOf(item)).toBe('en');
    expect(item.customProps).toEqual({ icon: 'x', labelLang: 'en' });
  });
  it('leaves translated docs, categories (translated labels) and external links unmarked', () => {
    expect(labelLanguageOf(byId('definition/examples'))).toBeUndefined();
    for (const item of marked.filter((i) => i.type !== 'doc')) expect(labelLanguageOf(item)).toBeUndefined();
  });
  it('marks nothing on the English site and does not change its input', () => {
    const before = JSON.stringify(SIDEBAR);
    expect(flat(markFallbackSidebarItems(SIDEBAR, DOCS, 'en')).some((i) => labelLanguageOf(i))).toBe(false);
    expect(JSON.stringify(SIDEBAR)).toBe(before);
  });
});

describe('sourceLanguage', () => {
  it('is English unless the register names another language', () => {
    expect(sourceLanguage({})).toBe('en');
    expect(sourceLanguage({ language: 'fr' })).toBe('fr');
  });
  it('is English for the sources the Arabic site lists (IISD SDG Knowledge Hub, UN DESA Voice)', () => {
    const iisd = SOURCES.find((s) => s.id === 'iisd-2024-02-14')!;
    expect(iisd.publisher).toBe('IISD SDG Knowledge Hub');
    expect(sourceLanguage(iisd)).toBe('en');
  });
});
