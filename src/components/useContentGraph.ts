/**
 * Site-side access to the content graph written by src/plugins/contentGraph. A module import, not
 * global data: only the pages whose components read it (docs pages, the sources register) load it.
 */
import graph from '@generated/content-graph/default/content-graph.json';
import type { ContentGraph, GraphPage } from '@site/src/shared/contentGraph';

export function useContentGraph(): ContentGraph {
  return graph;
}

export function useGraphPage(docId: string): GraphPage | undefined {
  return graph.pages[docId];
}
