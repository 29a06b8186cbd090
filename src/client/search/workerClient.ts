/**
 * The one search client of a page: a dedicated Web Worker running the engine
 * (search.worker.ts), created on first use. Rspack bundles the worker from
 * `new Worker(new URL(…, import.meta.url))` into a content-hashed chunk under /assets/js/, which
 * the CSP allows (`worker-src 'self'`) and the service worker keeps for offline use like every
 * hashed asset. It is a classic worker, not `type: 'module'`: Rspack's worker chunks load their
 * split chunks with `importScripts`, which module workers do not have.
 *
 * Where Workers are missing or refuse to start, the same host runs in the page
 * (inPageHost.ts, a chunk loaded only then).
 */
import type { SearchReply, SearchRequest } from '../../shared/search/protocol';
import { SearchClient, type SearchPort } from './searchClient';

function workerPort(worker: Worker): SearchPort {
  return {
    post: (request) => worker.postMessage(request),
    onReply: (listener) => worker.addEventListener('message', (event: MessageEvent<SearchReply>) => listener(event.data)),
    onFailure: (listener) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(event.message || 'The search worker could not start.');
      });
      worker.addEventListener('messageerror', () => listener('The search worker sent an unreadable reply.'));
    },
  };
}

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
    onFailure: () => undefined,
  };
}

function createPort(): SearchPort {
  if (typeof Worker === 'function') {
    try {
      // The name is the worker chunk's name in the build: Rspack reads it only as a literal, and
      // the plugin keeps that chunk whole by it (SEARCH_WORKER_NAME).
      return workerPort(new Worker(new URL('./search.worker.ts', import.meta.url), { name: 'search' }));
    } catch {
      // A CSP or a browser setting refused the worker: search in the page instead.
    }
  }
  return inPagePort();
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
