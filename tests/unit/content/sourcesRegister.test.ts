/** The source register's grouping and its "cited on" inversion of the content graph. */
import { describe, expect, it } from 'vitest';
import { groupByKind, pagesBySource, sourceAnchor } from '../../../src/components/SourcesRegister/citations';
import { buildContentGraph } from '../../../src/shared/contentGraph';
import { SOURCES } from '../../../src/data/sources';
import type { Source } from '../../../src/shared/contentModel';

function source(id: string, kind: Source['kind'], title: string): Source {
  return { id, kind, title, publisher: 'Publisher', url: `https://example.org/${id}` };
}

describe('pagesBySource', () => {
  const graph = buildContentGraph([
    {
      id: 'definition/index',
      title: 'Definition',
      permalink: '/docs/definition',
      type: 'definition',
      provenance: 'summary',
      sources: ['a', 'b'],
      related: [],
    },
    {
      id: 'background/index',
      title: 'Background',
      permalink: '/docs/background',
      type: 'background',
      provenance: 'summary',
      sources: ['a'],
      related: [],
    },
  ]);

  it('lists every page citing a source, ordered by title', () => {
    const citing = pagesBySource(graph);
    expect(citing.get('a')?.map((page) => page.title)).toEqual(['Background', 'Definition']);
    expect(citing.get('b')?.map((page) => page.id)).toEqual(['definition/index']);
  });

  it('has no entry for a source no page cites', () => {
    expect(pagesBySource(graph).has('c')).toBe(false);
  });
});

describe('groupByKind', () => {
  it('puts official sources first and weak last, sorted by title within a kind', () => {
    const groups = groupByKind([
      source('w', 'weak', 'W'),
      source('s2', 'secondary', 'Zeta'),
      source('o', 'official', 'O'),
      source('s1', 'secondary', 'Alpha'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['official', 'secondary', 'weak']);
    expect(groups[1]?.sources.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('drops empty groups', () => {
    expect(groupByKind([source('o', 'official', 'O')]).map((g) => g.kind)).toEqual(['official']);
  });

  it('covers every source of the real register exactly once', () => {
    const ids = groupByKind(SOURCES).flatMap((g) => g.sources.map((s) => s.id));
    expect(ids.sort()).toEqual(SOURCES.map((s) => s.id).sort());
  });
});

describe('sourceAnchor', () => {
  it('prefixes the id so register anchors never collide with paragraph ids', () => {
    expect(sourceAnchor('iisd-2024-02-14')).toBe('source-iisd-2024-02-14');
  });
});
