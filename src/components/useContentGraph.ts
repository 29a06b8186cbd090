/**
 * Site-side access to the whole content graph written by src/plugins/contentGraph, for the one
 * page that shows all of it (the source register: which pages cite each source). A module import,
 * not global data, so only that page loads it; every other page reads its own slice
 * (src/components/PageGraph).
 */
import graph from '@generated/content-graph/default/content-graph.json';
import type { ContentGraph } from '@site/src/shared/contentGraph';

export function useContentGraph(): ContentGraph {
  return graph;
}
