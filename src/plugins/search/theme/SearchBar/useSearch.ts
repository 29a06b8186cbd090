/**
 * React glue shared by the search dialog and the search page: loads the engine on first use and
 * runs the query on every change (a query takes well under a millisecond, so no debounce is
 * needed and results follow each keystroke).
 */
import { useEffect, useMemo, useState } from 'react';
import type { SearchEngine, SearchOptions, SearchResponse } from '@site/src/shared/search/engine';
import { loadSearchEngine } from '@site/src/client/search/loadEngine';

export type EngineState =
  { status: 'loading' } | { status: 'ready'; engine: SearchEngine } | { status: 'error'; message: string };

export function useSearchEngine(manifestUrl: string): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadSearchEngine(manifestUrl).then(
      (engine) => !cancelled && setState({ status: 'ready', engine }),
      (error: unknown) =>
        !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [manifestUrl]);
  return state;
}

export function useSearchResults(state: EngineState, query: string, options: SearchOptions): SearchResponse | null {
  const { types, provenances, limit, facets } = options;
  return useMemo(() => {
    if (state.status !== 'ready' || !query.trim()) return null;
    return state.engine.search(query, { types, provenances, limit, facets });
  }, [state, query, types, provenances, limit, facets]);
}
