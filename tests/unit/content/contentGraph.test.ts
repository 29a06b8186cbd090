import { describe, expect, it } from 'vitest';
import { buildContentGraph, pageGraphSlice, type PageInput } from '../../../src/shared/contentGraph';
import type { Source } from '../../../src/shared/contentModel';
import type { GlossaryPageEntry } from '../../../src/shared/glossary';

const page = (id: string, related: string[] = []): PageInput => ({
  id,
  title: id,
  permalink: `/docs/${id}`,
  type: 'principle',
  provenance: 'summary',
  sources: ['s'],
  related,
});

describe('buildContentGraph', () => {
  it('generates back-links from related lists', () => {
    const graph = buildContentGraph([page('a', ['b', 'c']), page('b', ['c']), page('c')]);
    expect(graph.pages.c?.referencedFrom).toEqual(['a', 'b']);
    expect(graph.pages.b?.referencedFrom).toEqual(['a']);
    expect(graph.pages.a?.referencedFrom).toEqual([]);
    expect(graph.pages.a?.related).toEqual(['b', 'c']);
  });

  it('drops links to unknown pages and to the page itself rather than rendering dead links', () => {
    const graph = buildContentGraph([page('a', ['a', 'ghost'])]);
    expect(graph.pages.a?.related).toEqual([]);
    expect(graph.pages.a?.referencedFrom).toEqual([]);
  });

  it('offers one list without duplicates: own related pages first, then pages that link here', () => {
    const graph = buildContentGraph([page('a', ['b', 'c']), page('b', ['a']), page('c', ['a']), page('d', ['a'])]);
    expect(graph.pages.a?.seeAlso).toEqual(['b', 'c', 'd']);
    expect(graph.pages.d?.seeAlso).toEqual(['a']);
  });
});

describe('pageGraphSlice', () => {
  const source = (id: string): Source => ({
    id,
    title: `Title of ${id}`,
    publisher: 'UNSD',
    kind: 'official',
    url: `https://example.org/${id}`,
    note: 'A register note, shown on the Sources page only.',
  });
  const register = new Map(['s', 't', 'u'].map((id) => [id, source(id)]));
  const graph = buildContentGraph([page('a', ['b']), page('b'), { ...page('c', ['a']), sources: ['t', 'ghost'] }]);

  it('holds the page, the pages it shows links to, and only the sources it cites, without register notes', () => {
    const slice = pageGraphSlice(graph, 'a', register);
    expect(slice.page).toBe(graph.pages.a);
    expect(slice.links).toEqual({
      b: { title: 'b', permalink: '/docs/b' },
      c: { title: 'c', permalink: '/docs/c' },
    });
    expect(slice.sources).toEqual({
      s: { id: 's', title: 'Title of s', publisher: 'UNSD', kind: 'official', url: 'https://example.org/s' },
    });
  });

  it('holds the glossary page’s terms, with the sources they cite and the pages they point to, and leaves out ids nobody knows', () => {
    const term: GlossaryPageEntry = {
      id: 'x',
      term: 'X',
      acronyms: [],
      aliases: [],
      definition: 'What x means.',
      definitionLocale: 'en',
      englishTerm: null,
      englishAcronyms: [],
      englishAliases: [],
      provenance: 'summary',
      sources: ['u', 'nowhere'],
      related: ['b', 'ghost'],
    };
    const slice = pageGraphSlice(graph, 'c', register, [term]);
    expect(Object.keys(slice.sources)).toEqual(['t', 'u']);
    expect(Object.keys(slice.links)).toEqual(['a', 'b']);
    expect(slice.glossary).toEqual([term]);
    expect(pageGraphSlice(graph, 'c', register)).not.toHaveProperty('glossary');
  });

  it('refuses a page the graph does not have', () => {
    expect(() => pageGraphSlice(graph, 'missing', register)).toThrow(/no page "missing"/);
  });
});
