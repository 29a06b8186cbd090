/**
 * Fetches and opens the search index, wherever the engine runs (the search worker, or the page
 * when Workers are unavailable). The manifest is revalidated on every load so a new deployment is
 * picked up; the part files it names are content-hashed and cacheable (the service worker keeps
 * them all for offline use). Uses only `fetch`, which workers have.
 *
 * The index comes in parts (see `SearchManifest`): the first is searchable as soon as it has
 * arrived, while the next downloads. Parts are fetched one after the other, in order, never side by
 * side: on a slow link, parallel downloads would share the bandwidth and delay the first.
 */
import { SearchEngine } from '../../shared/search/engine';
import { checkIndexLanguage } from '../../shared/search/indexFile';
import type { SearchLanguage } from '../../shared/search/language';
import type { LoadStep } from '../../shared/search/protocol';
import { INDEX_FORMAT_VERSION, type SearchIndexFile, type SearchManifest } from '../../shared/search/record';

/** @throws Error naming the URL, when the request fails (offline), is refused, or is not JSON */
async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new Error(`Could not load ${url}: the connection failed (offline?).`);
  }
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new Error(`Could not read ${url}: it was cut short or is not the site's; reload the page.`);
  }
}

/**
 * @param manifestUrl - absolute URL of the manifest (a worker's own URL is not the page's)
 * @param slice - records analysed between two pauses: a page's main thread pauses (the default),
 *   the search worker does not
 * @param language - the page's search language: a manifest or index of another language is an error
 * @returns one step per part, in order; throws where a part cannot be fetched or read (the steps
 *   before it stand)
 */
export async function* loadSearchEngine(
  manifestUrl: string,
  slice?: number,
  language?: SearchLanguage,
): AsyncGenerator<LoadStep> {
  const manifest = await fetchJson<SearchManifest>(manifestUrl, { cache: 'no-cache' });
  if (manifest.v !== INDEX_FORMAT_VERSION || !Array.isArray(manifest.parts) || manifest.parts.length === 0)
    throw new Error('The site was updated since this page was opened: reload the page to search it.');
  const expected = checkIndexLanguage(manifest.language, language, `The search manifest ${manifestUrl}`);
  // Each part's download starts when the one before has arrived; a failed one stops the rest, and
  // so does a part that cannot be read, or a reader that stops listening (`finally`, below).
  const stop = new AbortController();
  const downloads: Promise<SearchIndexFile>[] = [];
  for (const part of manifest.parts) {
    const before = downloads.at(-1);
    const url = new URL(part.file, manifestUrl).toString();
    const fetchPart = () => fetchJson<SearchIndexFile>(url, { signal: stop.signal });
    const download = before ? before.then(fetchPart) : fetchPart();
    // Awaited below in order; a rejection no one reaches yet is not an unhandled one.
    download.catch(() => undefined);
    downloads.push(download);
  }
  const options = { language: expected, ...(slice !== undefined && { slice }) };
  let engine: SearchEngine | null = null;
  try {
    for (const [position, download] of downloads.entries()) {
      const file = await download;
      engine = engine ? await engine.extend(file, options) : await SearchEngine.load(file, options);
      yield { engine, pending: manifest.parts.slice(position + 1).flatMap((part) => part.types) };
    }
  } finally {
    stop.abort();
  }
}
