/**
 * The search worker: a thin message layer around the search host (src/shared/search/protocol.ts).
 * Loading the index and every query run here, off the page's main thread, so typing never waits.
 */
import { createSearchHost, type SearchReply, type SearchRequest } from '../../shared/search/protocol';
import { loadSearchEngine } from './loadEngine';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
  postMessage(reply: SearchReply): void;
}

const scope = self as unknown as WorkerScope;
// Nothing here answers input, so the index loads without the pauses a page's main thread needs.
const handle = createSearchHost((manifestUrl, language) => loadSearchEngine(manifestUrl, Infinity, language));
scope.addEventListener('message', (event) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
});
