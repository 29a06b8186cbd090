/**
 * The search worker's messages, written once for both ends, and the host that answers them.
 *
 * The page normally does not run the engine itself: it posts requests (`load`, then `search` per
 * keystroke) to a dedicated Web Worker (src/client/search/search.worker.ts) that holds the
 * engine, so loading the index and answering a long query never block typing. Where Workers are unavailable, the
 * same host runs in the page (src/client/search/inPageHost.ts), behind the same messages.
 *
 * Replies carry the request's id; the client drops the replies of superseded queries. Everything
 * that crosses is structured-clone data: records, the query plan (what the page highlights with),
 * snippet segments cut here so the page needs no tokenizer, and glossary suggestions when nothing
 * matches.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { Facets, SearchEngine, SearchOptions } from './engine';
import type { SearchLanguage } from './language';
import type { QueryPlan } from './queryPlan';
import type { SearchGlossaryTerm, SearchRecord } from './record';
import { makeSnippet, planMatcher, type Segment } from './snippet';
import { suggestGlossaryTerms } from './suggest';
import { tokenize, type Token } from './tokenize';
import { thrownMessage } from '../thrownMessage';

/** Load the index the manifest at `manifestUrl` (absolute) names; answered by `ready` or `error`. */
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

export type SearchRequest = LoadRequest | QueryRequest;

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
}

export type SearchReply =
  | { type: 'ready'; id: number; size: number }
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

/** Runs one query on a loaded engine and shapes it for the interface. */
export function runQuery(
  engine: SearchEngine,
  request: Omit<QueryRequest, 'type' | 'id'>,
  tokensOf: TokensOf = (record, tokenizeText = tokenize) => tokenizeText(record.x),
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
  };
}

/**
 * The host: answers requests, one engine per host. `load` may be sent again after a failure
 * (it retries) or after success (it answers at once); a `search` waits for the load in progress.
 *
 * @param loadEngine - fetches and opens the index named by a manifest URL, in the language asked
 *   for (failing when the index is in another)
 * @returns a function answering one request; it never throws (failures are `error` replies)
 */
export function createSearchHost(
  loadEngine: (manifestUrl: string, language?: SearchLanguage) => Promise<SearchEngine>,
): (request: SearchRequest) => Promise<SearchReply> {
  let engine: Promise<SearchEngine> | null = null;
  const tokensOf = cachedTokens();
  return async (request) => {
    try {
      if (request.type === 'load') {
        engine ??= loadEngine(request.manifestUrl, request.language).catch((error: unknown) => {
          engine = null;
          throw error;
        });
        return { type: 'ready', id: request.id, size: (await engine).size };
      }
      if (!engine) throw new Error('The search index was not asked for before the first query.');
      const { id, type: _type, ...query } = request;
      return { type: 'result', id, result: runQuery(await engine, query, tokensOf) };
    } catch (error) {
      return { type: 'error', id: request.id, message: thrownMessage(error) };
    }
  };
}
