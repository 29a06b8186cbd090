/**
 * Browser: loads the search index once per page session, on demand (first open of the search
 * dialog or the search page), never on page load. The manifest is revalidated on every load so
 * a new deployment is picked up; the index file it names is content-hashed and cacheable.
 */
import { SearchEngine } from '../../shared/search/engine';
import type { SearchIndexFile, SearchManifest } from '../../shared/search/record';

let loading: Promise<SearchEngine> | null = null;

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

async function load(manifestUrl: string): Promise<SearchEngine> {
  const manifest = await fetchJson<SearchManifest>(manifestUrl, { cache: 'no-cache' });
  const indexUrl = new URL(manifest.index, new URL(manifestUrl, window.location.href));
  return SearchEngine.load(await fetchJson<SearchIndexFile>(indexUrl.toString()));
}

/**
 * @param manifestUrl - from the plugin's global data
 * @returns the engine; the same promise for every caller. A failed load is retried next time.
 */
export function loadSearchEngine(manifestUrl: string): Promise<SearchEngine> {
  loading ??= load(manifestUrl).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
