/**
 * The fallback where Workers are unavailable (or refuse to start): the same host as the search
 * worker, run in the page behind the same messages. Loaded only then, as a chunk of its own.
 */
import { createSearchHost } from '../../shared/search/protocol';
import type { SearchPort } from './searchClient';
import { loadSearchEngine } from './loadEngine';

export function inPagePort(): SearchPort {
  const handle = createSearchHost((manifestUrl, language) => loadSearchEngine(manifestUrl, undefined, language));
  let listener: Parameters<SearchPort['onReply']>[0] = () => undefined;
  return {
    post: (request) => void handle(request).then((reply) => listener(reply)),
    onReply: (next) => {
      listener = next;
    },
  };
}
