import { describe, expect, it } from 'vitest';
import { buildContentGraph, type PageInput } from '../../../src/shared/contentGraph';

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
