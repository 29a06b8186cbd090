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

/** A port whose host is loaded on first use (the in-page fallback). */
function inPagePort(): SearchPort {
  const replies: Array<(reply: SearchReply) => void> = [];
  const port = import('./inPageHost').then(({ inPagePort: create }) => {
    const host = create();
    host.onReply((reply) => replies.forEach((listener) => listener(reply)));
    return host;
  });
  return {
    post: (request: SearchRequest) => void port.then((host) => host.post(request)),
    onReply: (listener) => replies.push(listener),
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
 * crashes) is replaced by the in-page host, and the requests it left unanswered are sent there:
 * the reader gets results either way.
 */
function createPort(): SearchPort {
  const worker = startWorker();
  if (!worker) return inPagePort();
  const listeners: Array<(reply: SearchReply) => void> = [];
  const unanswered = new Map<number, SearchRequest>();
  let fallback: SearchPort | null = null;
  const deliver = (reply: SearchReply): void => {
    unanswered.delete(reply.id);
    for (const listener of listeners) listener(reply);
  };
  const failOver = (event: Event): void => {
    event.preventDefault();
    if (fallback) return;
    worker.terminate();
    fallback = inPagePort();
    fallback.onReply(deliver);
    for (const request of unanswered.values()) fallback.post(request);
  };
  worker.addEventListener('message', (event: MessageEvent<SearchReply>) => deliver(event.data));
  worker.addEventListener('error', failOver);
  worker.addEventListener('messageerror', failOver);
  return {
    post: (request) => {
      unanswered.set(request.id, request);
      if (fallback) fallback.post(request);
      else worker.postMessage(request);
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
