/**
 * The page's search client in a DOM (happy-dom): where Workers are missing or refused, search runs
 * in the page behind the same messages, with the same results as the engine; a worker that fails
 * to start rejects what was asked of it with a message the interface shows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { corpusParts, urls } from '../unit/search/corpus';
import { SearchEngine } from '../../src/shared/search/engine';
import type { SearchIndexFile, SearchManifest } from '../../src/shared/search/record';

const MANIFEST_PATH = '/search/manifest.json';
const PART_FILES = ['index.0123456789.json', 'index.abcdef0123.json'];

let parts: SearchIndexFile[];
/** The engine on every part: what results are once the index is complete. */
let whole: SearchEngine;
let requested: string[];
/** What `load` resolves to: the first part searchable, the second's types pending. */
let firstLoaded: { size: number; pending: string[] };

/** The manifest naming the parts, each under its name in PART_FILES. */
function manifestOf(files: readonly SearchIndexFile[]): SearchManifest {
  return {
    v: files[0]!.v,
    language: files[0]!.l,
    parts: files.map((part, position) => ({ file: PART_FILES[position]!, types: part.types, records: part.n })),
  };
}

beforeEach(async () => {
  parts = await corpusParts();
  whole = await SearchEngine.loadParts(parts);
  firstLoaded = { size: parts[0]!.n, pending: parts[1]!.types };
  requested = [];
  const files: Record<string, unknown> = {
    '/search/manifest.json': manifestOf(parts),
    ...Object.fromEntries(parts.map((part, position) => [`/search/${PART_FILES[position]}`, part])),
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
    expect(await searchClient.load(manifestUrl)).toEqual(firstLoaded);
    expect(await searchClient.complete()).toEqual({ size: whole.size, pending: [] });
    expect(requested).toEqual(['/search/manifest.json', ...PART_FILES.map((file) => `/search/${file}`)]);
    const result = await send({ query: 'citizen data', options: { limit: 5 } });
    expect(result?.hits.map((hit) => hit.record.u)).toEqual(urls(whole, 'citizen data', 5));
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
        this.dispatchEvent(new MessageEvent('message', { data: { type: 'ready', id: request.id, ...firstLoaded } })),
      );
    else queueMicrotask(() => this.dispatchEvent(new MessageEvent('messageerror')));
  }
  terminate(): void {}
}

/** A worker that loads the whole index (load and complete answered), then dies on the next message. */
class CompleteThenFail extends EventTarget {
  postMessage(request: { type: string; id: number }): void {
    const reply =
      request.type === 'load'
        ? { type: 'ready', id: request.id, ...firstLoaded }
        : request.type === 'complete'
          ? { type: 'ready', id: request.id, size: whole.size, pending: [] }
          : null;
    if (reply) queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: reply })));
    else queueMicrotask(() => this.dispatchEvent(new MessageEvent('messageerror')));
  }
  terminate(): void {}
}

describe('a worker that fails', () => {
  it('after saying the whole index was loaded, is replaced by the page, which answers from every part', async () => {
    vi.stubGlobal('Worker', CompleteThenFail);
    const { searchClient, manifestUrl } = await client();
    await searchClient.load(manifestUrl);
    expect(await searchClient.complete()).toEqual({ size: whole.size, pending: [] });
    // The worker dies on this query: the page loads every part before answering it.
    const result = await searchClient.search({ query: 'citizen data', options: { limit: Infinity } });
    expect(result.pending).toEqual([]);
    expect(result.total).toBe(whole.search('citizen data').total);
    expect(requested).toEqual(['/search/manifest.json', ...PART_FILES.map((file) => `/search/${file}`)]);
  });

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
    expect(await searchClient.load(manifestUrl)).toEqual(firstLoaded);
    await searchClient.complete();
    const result = await send({ query: 'citizen data', options: { limit: 3 } });
    expect(result?.hits.map((hit) => hit.record.u)).toEqual(urls(whole, 'citizen data', 3));
    expect(started).toHaveLength(1);
    expect(terminated).toBe(1);
  });

  it('hands the page the index it had loaded when it fails after loading', async () => {
    // A worker that loads the index, then dies (a crash, or a message it cannot read): the page
    // must load the index itself, since the client asks for it only once.
    vi.stubGlobal('Worker', LoadThenFail);
    const { searchClient, send, manifestUrl } = await client();
    expect(await searchClient.load(manifestUrl)).toEqual(firstLoaded);
    await searchClient.complete();
    const result = await send({ query: 'citizen data', options: { limit: 3 } });
    expect(result?.hits.map((hit) => hit.record.u)).toEqual(urls(whole, 'citizen data', 3));
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
    expect(await searchClient.load(manifestUrl)).toEqual(firstLoaded);
    // The worker dies on this query and the page's own host cannot be loaded yet.
    await expect(searchClient.search({ query: 'citizen data', options: { limit: 3 } })).rejects.toThrow(
      'Search could not start in this page',
    );
    // The next request loads the host, and the index with it, before being answered.
    expect(await searchClient.complete()).toEqual({ size: whole.size, pending: [] });
    const result = await searchClient.search({ query: 'citizen data', options: { limit: 3 } });
    expect(result.hits.map((hit) => hit.record.u)).toEqual(urls(whole, 'citizen data', 3));
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
    expect(await searchClient.load(manifestUrl)).toEqual(firstLoaded);
  });

  it('surfaces what the host reports, such as an index that cannot be fetched', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('fetch', async (url: string) => ({ ok: false, status: 503, json: async () => null, url }));
    const { searchClient, manifestUrl } = await client();
    await expect(searchClient.load(manifestUrl)).rejects.toThrow(`Could not load ${manifestUrl} (HTTP 503).`);
  });
});

describe('loading an index in parts', () => {
  /** A fetch whose part files answer when the test says; the manifest answers at once. */
  function heldFetch() {
    const releases = new Map<string, (ok: boolean) => void>();
    const served: Record<string, unknown> = {};
    vi.stubGlobal('fetch', async (url: string) => {
      const { pathname } = new URL(url);
      requested.push(pathname);
      const body = pathname === MANIFEST_PATH ? manifestOf(parts) : served[pathname];
      const ok =
        pathname === MANIFEST_PATH ? true : await new Promise<boolean>((resolve) => releases.set(pathname, resolve));
      return { ok, status: ok ? 200 : 500, json: async () => body };
    });
    for (const [position, file] of PART_FILES.entries()) served[`/search/${file}`] = parts[position];
    return releases;
  }
  /** Waits until the part's request is made, then answers it (with its file, or HTTP 500). */
  async function answer(releases: Map<string, (ok: boolean) => void>, file: string, ok: boolean): Promise<void> {
    await vi.waitFor(() => expect(releases.has(`/search/${file}`)).toBe(true));
    releases.get(`/search/${file}`)!(ok);
  }
  const manifestUrl = (): string => new URL(MANIFEST_PATH, window.location.href).toString();
  /** Lets fetches and promise callbacks run. */
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  it('fetches each part only once the one before has arrived, and yields an engine per part', async () => {
    const releases = heldFetch();
    const { loadSearchEngine } = await import('../../src/client/search/loadEngine');
    const steps = loadSearchEngine(manifestUrl(), Infinity);
    const first = steps.next();
    await vi.waitFor(() => expect(releases.has('/search/index.0123456789.json')).toBe(true));
    await settle();
    // The second part waits: on a slow link it would take bandwidth from the first.
    expect(requested).toEqual([MANIFEST_PATH, '/search/index.0123456789.json']);
    releases.get('/search/index.0123456789.json')!(true);
    const step = (await first).value!;
    expect(step.engine.size).toBe(parts[0]!.n);
    expect(step.pending).toEqual(['background', 'blog']);
    await answer(releases, 'index.abcdef0123.json', true);
    const last = (await steps.next()).value!;
    expect(last.engine.size).toBe(whole.size);
    expect(last.pending).toEqual([]);
    expect((await steps.next()).done).toBe(true);
  });

  it('yields the first part, then fails naming the part that could not be fetched', async () => {
    const releases = heldFetch();
    const { loadSearchEngine } = await import('../../src/client/search/loadEngine');
    const steps = loadSearchEngine(manifestUrl(), Infinity);
    const first = steps.next();
    await answer(releases, 'index.0123456789.json', true);
    expect((await first).value!.engine.size).toBe(parts[0]!.n);
    const second = steps.next();
    await answer(releases, 'index.abcdef0123.json', false);
    await expect(second).rejects.toThrow(
      /Could not load http:\/\/[^ ]+\/search\/index\.abcdef0123\.json \(HTTP 500\)\./,
    );
  });

  it('stops the downloads still under way when a part cannot be read', async () => {
    const signals: AbortSignal[] = [];
    const manifest = manifestOf(parts);
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      const { pathname } = new URL(url);
      if (init?.signal) signals.push(init.signal);
      // The first part says it is French: the English page cannot read it.
      const body = pathname === MANIFEST_PATH ? manifest : { ...parts[0]!, l: 'fr' };
      return { ok: true, status: 200, json: async () => body };
    });
    const { loadSearchEngine } = await import('../../src/client/search/loadEngine');
    await expect(loadSearchEngine(manifestUrl(), Infinity, 'en').next()).rejects.toThrow(/is in "fr"/);
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });

  it('names the file when the connection fails or a file is cut short', async () => {
    const { loadSearchEngine } = await import('../../src/client/search/loadEngine');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadSearchEngine(manifestUrl()).next()).rejects.toThrow(
      `Could not load ${manifestUrl()}: the connection failed (offline?).`,
    );
    vi.stubGlobal('fetch', async () => ({
      ok: true,
      status: 200,
      json: async () => {
        throw new SyntaxError('Unexpected end of JSON input');
      },
    }));
    await expect(loadSearchEngine(manifestUrl()).next()).rejects.toThrow(
      `Could not read ${manifestUrl()}: it was cut short or is not the site's; reload the page.`,
    );
  });

  it('asks for a reload when the manifest is of another format (the site was updated since the page opened)', async () => {
    vi.stubGlobal('fetch', async () => ({
      ok: true,
      status: 200,
      json: async () => ({ v: 3, language: 'en', index: 'index.0123456789.json' }),
    }));
    const { loadSearchEngine } = await import('../../src/client/search/loadEngine');
    await expect(loadSearchEngine(manifestUrl()).next()).rejects.toThrow(
      'The site was updated since this page was opened: reload the page to search it.',
    );
  });
});
