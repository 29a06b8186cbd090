/**
 * Fetches and opens the search index, wherever the engine runs (the search worker, or the page
 * when Workers are unavailable): the manifest is revalidated on every load so a new deployment is
 * picked up; the index file it names is content-hashed and cacheable (the service worker keeps
 * both for offline use). Uses only `fetch`, which workers have.
 */
import { SearchEngine } from '../../shared/search/engine';
import { checkIndexLanguage } from '../../shared/search/indexFile';
import type { SearchLanguage } from '../../shared/search/language';
import type { SearchIndexFile, SearchManifest } from '../../shared/search/record';

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

/**
 * @param manifestUrl - absolute URL of the manifest (a worker's own URL is not the page's)
 * @param slice - records analysed between two pauses: a page's main thread pauses (the default),
 *   the search worker does not
 * @param language - the page's search language: a manifest or index of another language is an error
 */
export async function loadSearchEngine(
  manifestUrl: string,
  slice?: number,
  language?: SearchLanguage,
): Promise<SearchEngine> {
  const manifest = await fetchJson<SearchManifest>(manifestUrl, { cache: 'no-cache' });
  const expected = checkIndexLanguage(manifest.language, language, `The search manifest ${manifestUrl}`);
  const file = await fetchJson<SearchIndexFile>(new URL(manifest.index, manifestUrl).toString());
  return SearchEngine.load(file, { language: expected, ...(slice !== undefined && { slice }) });
}
