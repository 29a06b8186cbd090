/**
 * React glue shared by the search dialog and the search page: loads the index on first use and
 * sends the query on every change to the search worker. Typing never waits: the reply comes
 * later, and a reply to a query the reader has since changed is dropped (queryChannel), so the
 * results shown stay those of the latest query answered.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ContentType } from '@site/src/shared/contentTypes';
import type { SearchOptions } from '@site/src/shared/search/engine';
import type { SearchLanguage } from '@site/src/shared/search/language';
import type { QueryResult } from '@site/src/shared/search/protocol';
import { queryChannel, type QueryChannel } from '@site/src/client/search/searchClient';
import { absoluteManifestUrl, searchClient } from '@site/src/client/search/workerClient';
import { thrownMessage } from '@site/src/shared/thrownMessage';

export type EngineState =
  | { status: 'loading' }
  | {
      status: 'ready';
      /** Content types of the index's parts still loading, or that could not be loaded. */
      pending: ContentType[];
      /** Why the pending parts could not be loaded (until `retry`). */
      partError?: string;
      /** With `partError`: loads the pending parts again (they are "still loading" meanwhile). */
      retry?: () => void;
    }
  | {
      status: 'error';
      message: string;
      /** Loads the index again (the state is `loading` meanwhile): for a "Try again" button. */
      retry: () => void;
    };

/**
 * How long `/search` waits for the rest of the index once the first part is searchable, in
 * milliseconds: then it shows the first part's results, saying what is still loading, rather than
 * nothing on a link that has stalled.
 */
export const WHOLE_INDEX_WAIT_MS = 8000;

/**
 * Ready once the index's first part is searchable; ready again, with nothing pending, once every
 * part is (a new state, so the query shown runs again on the whole index). An index that could not
 * be loaded at all (offline, a link that dropped) is an error that offers to load it again; the
 * search client sends a failed load afresh, so a retry downloads what failed. Parts after the first
 * that could not be loaded are offered again the same way (`partError`, `retry`).
 * @param manifestUrl - the locale's manifest (the plugin's global data)
 * @param language - the locale's search language: an index in another language is an error
 * @param whole - stay `loading` until every part is loaded, one failed, or `WHOLE_INDEX_WAIT_MS`
 *   passed: for `/search`, whose counts and filters describe every result, and whose list should not
 *   reflow when the rest arrives
 */
export function useSearchEngine(manifestUrl: string, language?: SearchLanguage, whole = false): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  // Each retry is a new attempt: the effect below runs again for it.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let wait: ReturnType<typeof setTimeout> | undefined;
    const client = searchClient();
    client.load(absoluteManifestUrl(manifestUrl), language).then(
      ({ pending }) => {
        if (cancelled) return;
        if (!whole || pending.length === 0) setState({ status: 'ready', pending });
        if (pending.length === 0) return;
        if (whole) wait = setTimeout(() => !cancelled && setState({ status: 'ready', pending }), WHOLE_INDEX_WAIT_MS);
        client.complete().then(
          () => !cancelled && setState({ status: 'ready', pending: [] }),
          (error: unknown) => {
            if (cancelled) return;
            // The search host loads the parts anew on the `complete` this sends again.
            const retry = () => {
              setState({ status: 'ready', pending });
              setAttempt((count) => count + 1);
            };
            setState({ status: 'ready', pending, partError: thrownMessage(error), retry });
          },
        );
      },
      (error: unknown) => {
        if (cancelled) return;
        const retry = () => {
          setState({ status: 'loading' });
          setAttempt((count) => count + 1);
        };
        setState({ status: 'error', message: thrownMessage(error), retry });
      },
    );
    return () => {
      cancelled = true;
      clearTimeout(wait);
    };
  }, [manifestUrl, language, whole, attempt]);
  return state;
}

export interface QueryOptions extends SearchOptions {
  /** Longest snippet, in characters. */
  snippetLength?: number;
  /** Glossary terms to suggest when nothing matches. */
  suggestions?: number;
}

export interface SearchResults {
  /** The latest answered query's result (kept while a newer one is on its way); null for an empty query. */
  result: QueryResult | null;
  /** A query is on its way: what is shown is not yet the answer to what was typed. */
  pending: boolean;
  /** The latest query failed. */
  error: string | null;
}

export function useSearchResults(state: EngineState, query: string, options: QueryOptions): SearchResults {
  const { types, provenances, limit, facets, snippetLength, suggestions } = options;
  // Made on first use, in the browser: rendering (and server rendering) starts no worker.
  const channel = useRef<QueryChannel | null>(null);
  const [results, setResults] = useState<SearchResults>({ result: null, pending: false, error: null });
  useEffect(() => {
    if (state.status !== 'ready') return;
    if (!query.trim()) {
      // An empty query answers at once; a reply still on its way is dropped (the cleanup below).
      setResults({ result: null, pending: false, error: null });
      return;
    }
    let current = true;
    setResults((previous) => ({ ...previous, pending: true }));
    channel.current ??= queryChannel(searchClient());
    channel.current({ query, options: { types, provenances, limit, facets }, snippetLength, suggestions }).then(
      // Drawn in a transition: React draws a long list (the 50 results of /search, each a link
      // and a snippet) in slices between which the reader's keys and taps go first, rather than in
      // one long task (on a phone, most of /search's total blocking time on its first load).
      (result) => current && result && startTransition(() => setResults({ result, pending: false, error: null })),
      (error: unknown) => current && setResults({ result: null, pending: false, error: thrownMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [state, query, types, provenances, limit, facets, snippetLength, suggestions]);
  // Derived, not only set by the effect: on the render where the query changes, its reply is
  // already awaited.
  const awaited =
    state.status === 'ready' && query.trim() !== '' && results.error === null && results.result?.query !== query;
  return { ...results, pending: results.pending || awaited };
}
