/** Site-side access to the content graph published by src/plugins/contentGraph. */
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ContentGraph, GraphPage } from '@site/src/shared/contentGraph';

export function useContentGraph(): ContentGraph {
  return usePluginData('content-graph') as ContentGraph;
}

export function useGraphPage(docId: string): GraphPage | undefined {
  return useContentGraph().pages[docId];
}
