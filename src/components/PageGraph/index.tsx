/**
 * The current docs page's slice of the content graph, which src/plugins/docs puts in the doc's
 * metadata: provided by src/theme/DocItem/Content to the components that show a page's provenance,
 * sources and related pages. Outside a docs page there is none.
 */
import React, { createContext, useContext, type ReactNode } from 'react';
import { PAGE_GRAPH_FIELD, type PageGraphSlice } from '@site/src/shared/contentGraph';

const PageGraphContext = createContext<PageGraphSlice | null>(null);

/** The slice in a doc's metadata (`useDoc().metadata`), if the build put one there. */
export function pageGraphOf(metadata: object): PageGraphSlice | null {
  return (metadata as { [PAGE_GRAPH_FIELD]?: PageGraphSlice })[PAGE_GRAPH_FIELD] ?? null;
}

export function PageGraphProvider({ value, children }: { value: PageGraphSlice | null; children: ReactNode }) {
  return <PageGraphContext.Provider value={value}>{children}</PageGraphContext.Provider>;
}

/** This page's slice, or null outside a docs page. */
export function usePageGraph(): PageGraphSlice | null {
  return useContext(PageGraphContext);
}
