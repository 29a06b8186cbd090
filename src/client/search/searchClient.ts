/**
 * The page's side of the search messages (src/shared/search/protocol.ts): numbers each request,
 * matches replies to them, and keeps typing from ever waiting on a query.
 *
 * - `SearchClient` talks to a port (the search worker, or the in-page fallback): `load` once (it
 *   resolves when the index's first part is searchable), `complete` to hear when every part is,
 *   `search` per query; an `error` reply rejects that request with the host's message.
 * - `queryChannel` is what a search box uses: at most one query in flight; a query typed meanwhile
 *   waits in a single slot (replacing any that waited before it), and the reply of any query that
 *   is no longer the latest resolves to `null` (dropped), so results never go back in time.
 *
 * No DOM: tested with a fake port (tests/unit/search/searchClient.test.ts).
 */
import type { ContentType } from '../../shared/contentTypes';
import type { SearchLanguage } from '../../shared/search/language';
import type { QueryRequest, QueryResult, SearchReply, SearchRequest } from '../../shared/search/protocol';

/** Where requests go: the worker's `postMessage`/`message` pair, or the in-page host. */
export interface SearchPort {
  post(request: SearchRequest): void;
  onReply(listener: (reply: SearchReply) => void): void;
}

/** A query as a search box sends it (the id is the client's). */
export type QueryInput = Omit<QueryRequest, 'type' | 'id'>;

interface Pending {
  resolve(reply: SearchReply): void;
  reject(error: Error): void;
}

/** The index as loaded so far. */
export interface LoadedIndex {
  /** Records searchable. */
  size: number;
  /** Content types of the parts still loading (empty once the whole index is loaded). */
  pending: ContentType[];
}

export class SearchClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private loading: Promise<LoadedIndex> | null = null;

  constructor(private readonly port: SearchPort) {
    port.onReply((reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.type === 'error') waiting.reject(new Error(reply.message));
      else waiting.resolve(reply);
    });
  }

  private send(request: SearchRequest): Promise<SearchReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.port.post(request);
    });
  }

  /**
   * Loads the index once; the same promise for every caller, retried after a failure.
   * @param language - the page's search language (an index in another language fails)
   * @returns the index once its first part is searchable
   */
  load(manifestUrl: string, language?: SearchLanguage): Promise<LoadedIndex> {
    this.loading ??= this.send({
      type: 'load',
      id: this.nextId++,
      manifestUrl,
      ...(language !== undefined && { language }),
    }).then(
      (reply) => loadedIndex(reply),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * Resolves once every part of the index is loaded (call after `load`).
   * @throws Error with the host's message when a part could not be loaded (the parts before it
   *   stay searchable)
   */
  async complete(): Promise<LoadedIndex> {
    const loaded = loadedIndex(await this.send({ type: 'complete', id: this.nextId++ }));
    // A search box opened from now on starts with the whole index, rather than with the first part's news.
    this.loading = Promise.resolve(loaded);
    return loaded;
  }

  async search(query: QueryInput): Promise<QueryResult> {
    const reply = await this.send({ type: 'search', id: this.nextId++, ...query });
    if (reply.type !== 'result') throw new Error(`Unexpected reply "${reply.type}" to a query.`);
    return reply.result;
  }
}

function loadedIndex(reply: SearchReply): LoadedIndex {
  if (reply.type !== 'ready') throw new Error(`Unexpected reply "${reply.type}" to a load.`);
  return { size: reply.size, pending: reply.pending };
}

/** Sends a query; resolves to its result, or to `null` when a later query superseded it. */
export type QueryChannel = (query: QueryInput) => Promise<QueryResult | null>;

interface Job {
  ticket: number;
  query: QueryInput;
  resolve(result: QueryResult | null): void;
  reject(error: Error): void;
}

export function queryChannel(client: Pick<SearchClient, 'search'>): QueryChannel {
  let latest = 0;
  let busy = false;
  let queued: Job | null = null;

  const pump = (): void => {
    const job = queued;
    if (!job || busy) return;
    queued = null;
    busy = true;
    client
      .search(job.query)
      .then(
        (result) => job.resolve(job.ticket === latest ? result : null),
        (error: Error) => (job.ticket === latest ? job.reject(error) : job.resolve(null)),
      )
      .finally(() => {
        busy = false;
        pump();
      });
  };

  return (query) =>
    new Promise<QueryResult | null>((resolve, reject) => {
      latest += 1;
      // A query that waited and never ran is superseded by this one.
      queued?.resolve(null);
      queued = { ticket: latest, query, resolve, reject };
      pump();
    });
}
