/**
 * The page's search client in a DOM (happy-dom): where Workers are missing or refused, search runs
 * in the page behind the same messages, with the same results as the engine; a worker that fails
 * to start rejects what was asked of it with a message the interface shows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { corpusEngine, corpusFile, urls } from '../unit/search/corpus';
import type { SearchIndexFile, SearchManifest } from '../../src/shared/search/record';

const MANIFEST_PATH = '/search/manifest.json';

let index: SearchIndexFile;
let requested: string[];

beforeEach(async () => {
  index = await corpusFile();
  requested = [];
  const files: Record<string, unknown> = {
    '/search/manifest.json': { v: index.v, language: index.l, index: 'index.0123456789.json' } satisfies SearchManifest,
    '/search/index.0123456789.json': index,
  };
  vi.stubGlobal('fetch', async (url: string) => {
    const { pathname } = new URL(url);
    requested.push(pathname);
    const body = files[pathname];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => body };
  });
  // Each test gets a fresh client (the module keeps one per page).
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function client() {
  const module = await import('../../src/client/search/workerClient');
  const { queryChannel } = await import('../../src/client/search/searchClient');
  const searchClient = module.searchClient();
  return { searchClient, send: queryChannel(searchClient), manifestUrl: module.absoluteManifestUrl(MANIFEST_PATH) };
}

describe('search without a worker', () => {
  it('runs in the page when the browser has no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const { searchClient, send, manifestUrl } = await client();
    expect(manifestUrl).toBe(new URL(MANIFEST_PATH, window.location.href).toString());
    expect(await searchClient.load(manifestUrl)).toBe(index.n);
    expect(requested).toEqual(['/search/manifest.json', '/search/index.0123456789.json']);
    const result = await send({ query: 'citizen data', options: { limit: 5 } });
    expect(result?.hits.map((hit) => hit.record.u)).toEqual(urls(await corpusEngine(), 'citizen data', 5));
    expect(result?.hits[0]?.snippet.some((segment) => segment.mark)).toBe(true);
  });

  it('refuses an index in another language than the page’s, saying which', async () => {
    vi.stubGlobal('Worker', undefined);
    const { searchClient, manifestUrl } = await client();
    await expect(searchClient.load(manifestUrl, 'fr')).rejects.toThrow(/is in "en" but this page searches in "fr"/);
    expect(requested).toEqual(['/search/manifest.json']);
  });

  it('runs in the page when the Worker is refused (a CSP or a setting)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused by the Content-Security-Policy', 'SecurityError');
        }
      },
    );
    const { searchClient, send, manifestUrl } = await client();
    await searchClient.load(manifestUrl);
    expect((await send({ query: 'participation', options: {} }))?.total).toBeGreaterThan(0);
  });
});

/** A worker that loads the index, then dies on the next message (a crash, or one it cannot read). */
class LoadThenFail extends EventTarget {
  postMessage(request: { type: string; id: number }): void {
    if (request.type === 'load')
      queueMicrotask(() =>
        this.dispatchEvent(new MessageEvent('message', { data: { type: 'ready', id: request.id, size: index.n } })),
      );
    else queueMicrotask(() => this.dispatchEvent(new MessageEvent('messageerror')));
  }
  terminate(): void {}
}

describe('a worker that fails', () => {
  it('is replaced by the page, which answers what it left unanswered', async () => {
    const started: FakeWorker[] = [];
    let terminated = 0;
    class FakeWorker extends EventTarget {
      constructor() {
        super();
        started.push(this);
      }
      postMessage(): void {
        // Its script could not be fetched: the error event comes instead of any reply.
        queueMicrotask(() => this.dispatchEvent(new ErrorEvent('error', { message: '' })));
      }
      terminate(): void {
        terminated += 1;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const { searchClient, send, manifestUrl } = await client();
    expect(await searchClient.load(manifestUrl)).toBe(index.n);
    const result = await send({ query: 'citizen data', options: { limit: 3 } });
    expect(result?.hits.map((hit) => hit.record.u)).toEqual(urls(await corpusEngine(), 'citizen data', 3));
    expect(started).toHaveLength(1);
    expect(terminated).toBe(1);
  });

  it('hands the page the index it had loaded when it fails after loading', async () => {
    // A worker that loads the index, then dies (a crash, or a message it cannot read): the page
    // must load the index itself, since the client asks for it only once.
    vi.stubGlobal('Worker', LoadThenFail);
    const { searchClient, send, manifestUrl } = await client();
    expect(await searchClient.load(manifestUrl)).toBe(index.n);
    const result = await send({ query: 'citizen data', options: { limit: 3 } });
    expect(result?.hits.map((hit) => hit.record.u)).toEqual(urls(await corpusEngine(), 'citizen data', 3));
    expect(requested.filter((path) => path === '/search/manifest.json')).toHaveLength(1);
  });

  it('loads the index in the page on a later query when the first attempt after a worker crash failed', async () => {
    vi.stubGlobal('Worker', LoadThenFail);
    let attempts = 0;
    vi.doMock('../../src/client/search/inPageHost', async (importOriginal) => {
      attempts += 1;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { searchClient, manifestUrl } = await client();
    expect(await searchClient.load(manifestUrl)).toBe(index.n);
    // The worker dies on this query and the page's own host cannot be loaded yet.
    await expect(searchClient.search({ query: 'citizen data', options: { limit: 3 } })).rejects.toThrow(
      'Search could not start in this page',
    );
    // The next query loads the host, and the index with it, before being answered.
    const result = await searchClient.search({ query: 'citizen data', options: { limit: 3 } });
    expect(result.hits.map((hit) => hit.record.u)).toEqual(urls(await corpusEngine(), 'citizen data', 3));
    vi.doUnmock('../../src/client/search/inPageHost');
  });

  it('answers with an error, not silence, when the in-page fallback cannot load, and retries later', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.doMock('../../src/client/search/inPageHost', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { searchClient, manifestUrl } = await client();
    await expect(searchClient.load(manifestUrl)).rejects.toThrow('Search could not start in this page: ');
    // The connection is back: the same client loads the host and the index on the next try.
    vi.doUnmock('../../src/client/search/inPageHost');
    expect(await searchClient.load(manifestUrl)).toBe(index.n);
  });

  it('surfaces what the host reports, such as an index that cannot be fetched', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('fetch', async (url: string) => ({ ok: false, status: 503, json: async () => null, url }));
    const { searchClient, manifestUrl } = await client();
    await expect(searchClient.load(manifestUrl)).rejects.toThrow(`Could not load ${manifestUrl} (HTTP 503).`);
  });
});
