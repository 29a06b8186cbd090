/**
 * Which pages cite which source: the inverse of each page's `sources` front matter, computed
 * from the content graph so the register never lists a citation by hand. Pure, for unit tests.
 */
import type { ContentGraph, GraphPage } from '@site/src/shared/contentGraph';
import type { Source } from '@site/src/shared/contentModel';

/**
 * @param graph - the content graph published at build time
 * @returns for every cited source id, the pages that cite it, ordered by title
 */
export function pagesBySource(graph: ContentGraph): Map<string, GraphPage[]> {
  const citing = new Map<string, GraphPage[]>();
  for (const page of Object.values(graph.pages)) {
    for (const id of page.sources) citing.set(id, [...(citing.get(id) ?? []), page]);
  }
  for (const pages of citing.values()) pages.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return citing;
}

/** Register order: official sources first, then secondary, then weak; by title within a kind. */
export const KIND_ORDER: readonly Source['kind'][] = ['official', 'secondary', 'weak'];

/** Groups sources by kind in {@link KIND_ORDER}, each group sorted by title. */
export function groupByKind(sources: readonly Source[]): { kind: Source['kind']; sources: Source[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    sources: sources.filter((s) => s.kind === kind).sort((a, b) => a.title.localeCompare(b.title, 'en')),
  })).filter((group) => group.sources.length > 0);
}

/** Anchor of a source's entry on the Sources page. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}
