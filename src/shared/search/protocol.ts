/**
 * The search worker's messages, written once for both ends, and the host that answers them.
 *
 * The page normally does not run the engine itself: it posts requests (`load`, then `search` per
 * keystroke, and `complete` to hear when the whole index has loaded) to a dedicated Web Worker
 * (src/client/search/search.worker.ts) that holds the engine, so loading the index and answering a
 * long query never block typing. Where Workers are unavailable, the same host runs in the page
 * (src/client/search/inPageHost.ts), behind the same messages.
 *
 * Replies carry the request's id; the client drops the replies of superseded queries. Everything
 * that crosses is structured-clone data: records, the query plan (what the page highlights with),
 * snippet segments cut here so the page needs no tokenizer, and glossary suggestions when nothing
 * matches.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { ContentType } from '../contentTypes';
import type { Facets, SearchEngine, SearchOptions } from './engine';
import type { SearchLanguage } from './language';
import type { QueryPlan } from './queryPlan';
import type { SearchGlossaryTerm, SearchRecord } from './record';
import { makeSnippet, planMatcher, type Segment } from './snippet';
import { suggestGlossaryTerms } from './suggest';
import { tokenize, type Token } from './tokenize';
import { thrownMessage } from '../thrownMessage';

/**
 * Load the index the manifest at `manifestUrl` (absolute) names; answered by `ready` or `error` as
 * soon as its first part is searchable (the others keep loading: see `CompleteRequest`).
 */
export interface LoadRequest {
  type: 'load';
  id: number;
  manifestUrl: string;
  /** The page's search language: a manifest or index in another language is an `error`. */
  language?: SearchLanguage;
}

/** Run one query; answered by `result` or `error`. */
export interface QueryRequest {
  type: 'search';
  id: number;
  query: string;
  options: SearchOptions;
  /** Longest snippet, in characters (see `makeSnippet`); the engine's default when absent. */
  snippetLength?: number;
  /** Glossary terms to suggest when nothing matches (0: none). */
  suggestions?: number;
}

/**
 * Answered by `ready` once every part of the index is loaded, or by `error` when one could not be
 * (the parts before it are searched meanwhile). Sent after `load`.
 */
export interface CompleteRequest {
  type: 'complete';
  id: number;
}

export type SearchRequest = LoadRequest | QueryRequest | CompleteRequest;

/** One step of loading an index: the engine on the parts loaded so far, and what is still to come. */
export interface LoadStep {
  engine: SearchEngine;
  /** Content types of the parts not loaded yet (empty once the whole index is loaded). */
  pending: ContentType[];
}

/** A ranked hit as the interface shows it: the record and the part of its text to show. */
export interface ResultHit {
  record: SearchRecord;
  score: number;
  snippet: Segment[];
}

/** What a query gives the interface. */
export interface QueryResult {
  /** The query as sent (trimmed of nothing), so a reply can be matched to what was typed. */
  query: string;
  plan: QueryPlan;
  /** Best first, at most `options.limit`. */
  hits: ResultHit[];
  /** Matching records before the limit. */
  total: number;
  facets?: Facets;
  /** Glossary terms closest to the query, when `total` is 0 and suggestions were asked for. */
  suggestions: SearchGlossaryTerm[];
  /** Content types of the index's parts not loaded yet, which this result cannot include. */
  pending: ContentType[];
}

export type SearchReply =
  | { type: 'ready'; id: number; size: number; pending: ContentType[] }
  | { type: 'result'; id: number; result: QueryResult }
  | { type: 'error'; id: number; message: string };

/** Tokens of a record's text, for its snippet, cut by `tokenize` (the index language's; English when absent). */
export type TokensOf = (record: SearchRecord, tokenize?: (text: string) => Token[]) => readonly Token[];

/** Records whose tokens a host keeps: about the results of the last few dozen keystrokes. */
const TOKEN_CACHE_SIZE = 1000;

/**
 * Keeps the tokens of the records last shown: while a reader types, the same paragraphs come back
 * keystroke after keystroke, and tokenizing their text is most of the cost of their snippets.
 */
export function cachedTokens(size = TOKEN_CACHE_SIZE): TokensOf {
  const cache = new Map<number, readonly Token[]>();
  return (record, tokenizeText = tokenize) => {
    let tokens = cache.get(record.id);
    if (tokens) cache.delete(record.id);
    else tokens = tokenizeText(record.x);
    // Re-inserted last: the Map's order is least recently used first.
    cache.set(record.id, tokens);
    if (cache.size > size) cache.delete(cache.keys().next().value as number);
    return tokens;
  };
}

/**
 * Runs one query on a loaded engine and shapes it for the interface.
 * @param pending - content types of the parts the engine has not loaded yet
 */
export function runQuery(
  engine: SearchEngine,
  request: Omit<QueryRequest, 'type' | 'id'>,
  tokensOf: TokensOf = (record, tokenizeText = tokenize) => tokenizeText(record.x),
  pending: ContentType[] = [],
): QueryResult {
  const response = engine.search(request.query, request.options);
  const matcher = planMatcher(response.plan);
  const suggestions =
    response.total === 0 && request.suggestions && request.query.trim()
      ? suggestGlossaryTerms(request.query, engine.glossary, request.suggestions, engine.tokenizer)
      : [];
  const tokenizeText = (text: string): Token[] => engine.tokenize(text);
  return {
    query: request.query,
    plan: response.plan,
    hits: response.hits.map(({ record, score }) => ({
      record,
      score,
      snippet: makeSnippet(record.x, matcher, request.snippetLength, tokensOf(record, tokenizeText)),
    })),
    total: response.total,
    ...(response.facets && { facets: response.facets }),
    suggestions,
    pending,
  };
}

/** An index being loaded: its first searchable step, and the last. */
interface Loading {
  first: Promise<LoadStep>;
  complete: Promise<LoadStep>;
  /** The latest step: what queries run on. */
  latest: LoadStep | null;
  /** A part could not be loaded, and a `complete` has said so: the next one loads anew. */
  failureTold: boolean;
}

/**
 * Runs a loader to its end in the background.
 * @returns the first step (rejected when even that failed) and the last (rejected when any part failed)
 */
function startLoading(steps: AsyncIterable<LoadStep>): Loading {
  let resolveFirst: (step: LoadStep) => void = () => undefined;
  let rejectFirst: (error: unknown) => void = () => undefined;
  const loading: Loading = {
    first: new Promise<LoadStep>((resolve, reject) => {
      resolveFirst = resolve;
      rejectFirst = reject;
    }),
    complete: Promise.resolve(null as unknown as LoadStep),
    latest: null,
    failureTold: false,
  };
  loading.complete = (async () => {
    try {
      for await (const step of steps) {
        const isFirst = loading.latest === null;
        loading.latest = step;
        if (isFirst) resolveFirst(step);
      }
    } catch (error) {
      rejectFirst(error);
      throw error;
    }
    if (!loading.latest) throw new Error('The search index has no parts; rebuild the site.');
    return loading.latest;
  })();
  loading.complete.catch(rejectFirst);
  return loading;
}

/** Of two steps, the one with more of the index loaded (fewer parts pending). */
function fuller(a: LoadStep | null, b: LoadStep | null): LoadStep | null {
  if (!a || !b) return a ?? b;
  return b.pending.length < a.pending.length ? b : a;
}

/**
 * The host: answers requests, one index per host. `load` may be sent again after a failure
 * (it retries) or after success (it answers at once); a `search` waits for the first part, and
 * runs on every part loaded when it starts. `complete` sent again after a part could not be loaded
 * loads the index anew (the parts already fetched come from the HTTP cache), while queries go on
 * with the parts loaded before.
 *
 * @param loadEngine - fetches and opens the index named by a manifest URL, in the language asked
 *   for (failing when the index is in another), one step per part
 * @returns a function answering one request; it never throws (failures are `error` replies)
 */
export function createSearchHost(
  loadEngine: (manifestUrl: string, language?: SearchLanguage) => AsyncIterable<LoadStep>,
): (request: SearchRequest) => Promise<SearchReply> {
  let loading: Loading | null = null;
  /** What the load before a retry of its parts had loaded: searched until the retry has more. */
  let before: LoadStep | null = null;
  /** The last load's request, for a retry of its parts. */
  let asked: { manifestUrl: string; language?: SearchLanguage } | null = null;
  const tokensOf = cachedTokens();
  return async (request) => {
    try {
      if (request.type === 'load') {
        if (!loading) {
          asked = {
            manifestUrl: request.manifestUrl,
            ...(request.language !== undefined && { language: request.language }),
          };
          const started = startLoading(loadEngine(request.manifestUrl, request.language));
          loading = started;
          // Only a load that failed before its first part is tried again: the parts loaded stay.
          started.first.catch(() => {
            if (loading === started) loading = null;
          });
        }
        const first = fuller(before, loading.latest) ?? (await loading.first);
        // The parts loaded by now (a load sent again later finds more than the first).
        const { engine, pending } = fuller(first, loading.latest)!;
        return { type: 'ready', id: request.id, size: engine.size, pending };
      }
      if (!loading || !asked) throw new Error('The search index was not asked for before the first query.');
      if (request.type === 'complete') {
        if (loading.failureTold) {
          before = fuller(before, loading.latest);
          loading = startLoading(loadEngine(asked.manifestUrl, asked.language));
          // Queries go on with `before` if even the first part fails again: answered by `complete`.
          loading.first.catch(() => undefined);
        }
        const told = loading;
        const { engine } = await loading.complete.catch((error: unknown) => {
          told.failureTold = true;
          throw error;
        });
        before = null;
        return { type: 'ready', id: request.id, size: engine.size, pending: [] };
      }
      const { engine, pending } = fuller(before, loading.latest) ?? (await loading.first);
      const { id, type: _type, ...query } = request;
      return { type: 'result', id, result: runQuery(engine, query, tokensOf, pending) };
    } catch (error) {
      return { type: 'error', id: request.id, message: thrownMessage(error) };
    }
  };
}
