/**
 * The one search client of a page: a dedicated Web Worker running the engine
 * (search.worker.ts), created on first use. Rspack bundles the worker from
 * `new Worker(new URL(…, import.meta.url))` into one content-hashed file,
 * `assets/js/search.<hash>.js`, which the CSP allows (`worker-src 'self'`) and the service worker
 * keeps for offline use like every hashed asset. It is a classic worker, not `type: 'module'`:
 * Docusaurus's Rspack output is not ES modules, and a worker chunk that needed another would load
 * it with `importScripts`, which module workers lack.
 *
 * Where Workers are missing, refused or fail, the same host runs in the page (inPageHost.ts, a
 * chunk loaded only then).
 */
import type { SearchReply, SearchRequest } from '../../shared/search/protocol';
import { SearchClient, type SearchPort } from './searchClient';
import { thrownMessage } from '../../shared/thrownMessage';

/**
 * A port whose host is loaded on first use (the in-page fallback). If its chunk cannot be loaded
 * (offline, or removed by a deploy since the page was opened), every request is answered with an
 * error the interface shows, and the next request tries the import again: nothing waits forever.
 */
function lazyInPagePort(): SearchPort {
  const listeners: Array<(reply: SearchReply) => void> = [];
  const reply = (message: SearchReply) => listeners.forEach((listener) => listener(message));
  let host: Promise<SearchPort> | null = null;
  const loadHost = (): Promise<SearchPort> =>
    (host ??= import('./inPageHost').then(({ inPagePort }) => {
      const port = inPagePort();
      port.onReply(reply);
      return port;
    }));
  return {
    post: (request: SearchRequest) => {
      loadHost().then(
        (port) => port.post(request),
        (error: unknown) => {
          host = null;
          const reason = thrownMessage(error);
          reply({ type: 'error', id: request.id, message: `Search could not start in this page: ${reason}` });
        },
      );
    },
    onReply: (listener) => listeners.push(listener),
  };
}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    // The name is the worker chunk's name in the build: Rspack reads it only as a literal, and
    // the plugin keeps that chunk whole by it (SEARCH_WORKER_NAME).
    return new Worker(new URL('./search.worker.ts', import.meta.url), { name: 'search' });
  } catch {
    // A CSP or a browser setting refused the worker.
    return null;
  }
}

/**
 * The worker, or the page where there is none. A worker that fails (its script cannot load, or it
 * crashes, before or after loading the index) is replaced by the in-page host: the last `load` is
 * sent there first, since the client asks for the index only once, then the requests the worker
 * left unanswered. The reader gets results either way. If the worker had said the whole index was
 * loaded (`complete`), the client will not ask again: the fallback is asked to load every part too,
 * and answers no query before it has, so results never fall back to the first part alone.
 */
function createPort(): SearchPort {
  const worker = startWorker();
  if (!worker) return lazyInPagePort();
  const listeners: Array<(reply: SearchReply) => void> = [];
  const unanswered = new Map<number, SearchRequest>();
  let lastLoad: SearchRequest | null = null;
  // The `complete` the worker answered, if it did.
  let answeredComplete: SearchRequest | null = null;
  let fallback: SearchPort | null = null;
  // The client saw its load answered by the worker and will not ask again: until the fallback has
  // loaded the index too, the load is replayed to it before the next request.
  let replayLoad = false;
  // While the fallback loads every part for a replayed `complete`, queries wait here.
  let completing: Promise<void> | null = null;
  let completed: () => void = () => undefined;
  const replay = (port: SearchPort): void => {
    // The replays' replies must not reach the client twice: they carry the negated ids.
    if (replayLoad && lastLoad) {
      port.post({ ...lastLoad, id: -lastLoad.id });
      if (answeredComplete) {
        completing = new Promise<void>((resolve) => (completed = resolve));
        port.post({ ...answeredComplete, id: -answeredComplete.id });
      }
    }
    replayLoad = false;
  };
  const toFallback = (port: SearchPort, request: SearchRequest): void => {
    if (completing && request.type === 'search') void completing.then(() => port.post(request));
    else port.post(request);
  };
  const deliver = (reply: SearchReply): void => {
    if (reply.id < 0) {
      if (answeredComplete && reply.id === -answeredComplete.id) {
        // Loaded, or failed (then the queries say so themselves): they go on.
        completing = null;
        completed();
      } else if (reply.type === 'error') {
        // A replayed load that failed (chunk or index unavailable) is tried again next time.
        replayLoad = true;
      }
      return;
    }
    if (unanswered.get(reply.id)?.type === 'complete' && reply.type === 'ready')
      answeredComplete = unanswered.get(reply.id)!;
    unanswered.delete(reply.id);
    for (const listener of listeners) listener(reply);
  };
  const failOver = (event: Event): void => {
    event.preventDefault();
    if (fallback) return;
    worker.terminate();
    const port = lazyInPagePort();
    fallback = port;
    port.onReply(deliver);
    replayLoad = lastLoad !== null && !unanswered.has(lastLoad.id);
    replay(port);
    for (const request of unanswered.values()) toFallback(port, request);
  };
  worker.addEventListener('message', (event: MessageEvent<SearchReply>) => deliver(event.data));
  worker.addEventListener('error', failOver);
  worker.addEventListener('messageerror', failOver);
  return {
    post: (request) => {
      if (request.type === 'load') lastLoad = request;
      unanswered.set(request.id, request);
      if (fallback) {
        if (request.type !== 'load') replay(fallback);
        toFallback(fallback, request);
      } else worker.postMessage(request);
    },
    onReply: (listener) => listeners.push(listener),
  };
}

let client: SearchClient | null = null;

/** The page's search client (created, with its worker, on first call). */
export function searchClient(): SearchClient {
  client ??= new SearchClient(createPort());
  return client;
}

/** The manifest's absolute URL: a worker resolves relative URLs against its own script's. */
export function absoluteManifestUrl(manifestUrl: string): string {
  return new URL(manifestUrl, window.location.href).toString();
}
