/**
 * The search messages between the page and the search worker (src/shared/search/protocol.ts,
 * src/client/search/searchClient.ts): the host answers load and queries with the engine's own
 * results, shaped for the interface; the client matches replies to requests; a search box never
 * sees the reply of a query it has since replaced; failures reach the caller.
 *
 * The worker is replaced by a port whose replies the test releases one by one, so the order in
 * which replies arrive is the test's choice, as on a busy machine.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  cachedTokens,
  createSearchHost,
  type SearchReply,
  type SearchRequest,
} from '../../../src/shared/search/protocol';
import { tokenize } from '../../../src/shared/search/tokenize';
import { makeSnippet, planMatcher } from '../../../src/shared/search/snippet';
import { queryChannel, SearchClient, type SearchPort } from '../../../src/client/search/searchClient';
import { corpusEngine, corpusParts, RECORDS, urls } from './corpus';
import { SearchEngine } from '../../../src/shared/search/engine';

const MANIFEST = 'https://example.org/search/manifest.json';

/** A host on the test corpus, counting loads. */
function corpusHost(): { handle: ReturnType<typeof createSearchHost>; loads: string[] } {
  const loads: string[] = [];
  const handle = createSearchHost(async function* (url) {
    loads.push(url);
    yield { engine: await corpusEngine(), pending: [] };
  });
  return { handle, loads };
}

/** A port in front of a host whose replies wait until the test releases them. */
function heldPort(handle: (request: SearchRequest) => Promise<SearchReply>) {
  let listener: (reply: SearchReply) => void = () => undefined;
  const held: Array<Promise<SearchReply>> = [];
  const sent: SearchRequest[] = [];
  const port: SearchPort = {
    post: (request) => {
      sent.push(request);
      held.push(handle(request));
    },
    onReply: (next) => {
      listener = next;
    },
  };
  return {
    port,
    sent,
    /** Delivers the reply to the n-th request sent (0-based). */
    release: async (n: number) => listener(await held[n]!),
  };
}

/** Lets promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('search host', () => {
  it('answers a query with the engine’s ranking, a snippet per hit and the plan', async () => {
    const { handle, loads } = corpusHost();
    const engine: SearchEngine = await corpusEngine();
    expect(await handle({ type: 'load', id: 1, manifestUrl: MANIFEST })).toEqual({
      type: 'ready',
      id: 1,
      size: engine.size,
      pending: [],
    });
    const reply = await handle({ type: 'search', id: 2, query: 'citizen data', options: { limit: 5 } });
    expect(reply.type).toBe('result');
    if (reply.type !== 'result') return;
    expect(reply.id).toBe(2);
    expect(reply.result.query).toBe('citizen data');
    expect(reply.result.hits.map((hit) => hit.record.u)).toEqual(urls(engine, 'citizen data', 5));
    expect(reply.result.total).toBe(engine.search('citizen data').total);
    const first = reply.result.hits[0]!;
    expect(first.snippet).toEqual(makeSnippet(first.record.x, planMatcher(reply.result.plan)));
    expect(first.snippet.some((segment) => segment.mark && /citizen/i.test(segment.text))).toBe(true);
    expect(reply.result.suggestions).toEqual([]);
    // The reply is what crosses a worker boundary: structured-clone data only.
    expect(structuredClone(reply)).toEqual(reply);
    // Loading again is answered from the engine already loaded.
    await handle({ type: 'load', id: 3, manifestUrl: MANIFEST });
    expect(loads).toEqual([MANIFEST]);
  });

  it('cuts snippets to the asked length, counts facets and suggests glossary terms when nothing matches', async () => {
    const { handle } = corpusHost();
    await handle({ type: 'load', id: 1, manifestUrl: MANIFEST });
    const short = await handle({
      type: 'search',
      id: 2,
      query: 'citizen',
      options: { facets: true },
      snippetLength: 40,
    });
    if (short.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(short)}`);
    for (const hit of short.result.hits)
      expect(hit.snippet.map((segment) => segment.text).join('').length).toBeLessThanOrEqual(40 + 4);
    expect(Object.values(short.result.facets?.types ?? {}).reduce((a, b) => a + b, 0)).toBe(short.result.total);

    const nothing = await handle({ type: 'search', id: 3, query: 'qqxyzzy', options: {}, suggestions: 3 });
    if (nothing.type !== 'result') throw new Error('expected a result');
    expect(nothing.result.total).toBe(0);
    expect(nothing.result.suggestions).toHaveLength(3);
  });

  it('keeps the tokens of recently shown records, the least recently used dropped first', () => {
    const tokensOf = cachedTokens(2);
    const [a, b, c] = RECORDS as [(typeof RECORDS)[0], (typeof RECORDS)[0], (typeof RECORDS)[0]];
    const first = tokensOf(a);
    expect(first).toEqual(tokenize(a.x));
    expect(tokensOf(a)).toBe(first);
    tokensOf(b);
    tokensOf(a); // a is now the most recent
    tokensOf(c); // evicts b
    expect(tokensOf(a)).toBe(first);
    const again = tokensOf(b);
    expect(again).toEqual(tokenize(b.x));
    // b came back and evicted c, the least recently used; a stays.
    expect(tokensOf(a)).toBe(first);
  });

  it('reports a failed load as an error reply, and loads again on the next request', async () => {
    let attempts = 0;
    const handle = createSearchHost(async function* () {
      attempts += 1;
      if (attempts === 1) throw new Error('Could not load /search/manifest.json (HTTP 503).');
      yield { engine: await corpusEngine(), pending: [] };
    });
    expect(await handle({ type: 'load', id: 1, manifestUrl: MANIFEST })).toEqual({
      type: 'error',
      id: 1,
      message: 'Could not load /search/manifest.json (HTTP 503).',
    });
    expect((await handle({ type: 'load', id: 2, manifestUrl: MANIFEST })).type).toBe('ready');
    expect(attempts).toBe(2);
  });

  it('refuses a query sent before any load, with a message', async () => {
    const { handle } = corpusHost();
    const reply = await handle({ type: 'search', id: 7, query: 'citizen', options: {} });
    expect(reply).toEqual({ type: 'error', id: 7, message: expect.stringMatching(/not asked for/) });
  });
});

/** A host on the corpus in its two parts, whose second part arrives when the test says. */
function partsHost(second: Promise<void>) {
  return createSearchHost(async function* () {
    const [first, rest] = await corpusParts();
    const engine = await SearchEngine.load(first!);
    yield { engine, pending: rest!.types };
    await second;
    yield { engine: await engine.extend(rest!), pending: [] };
  });
}

describe('search host, an index in parts', () => {
  it('answers load and queries from the first part, says what is pending, then searches every part', async () => {
    let arrive: () => void = () => undefined;
    const handle = partsHost(new Promise<void>((resolve) => (arrive = resolve)));
    const whole = await SearchEngine.loadParts(await corpusParts());
    const ready = await handle({ type: 'load', id: 1, manifestUrl: MANIFEST });
    expect(ready).toMatchObject({ type: 'ready', pending: ['background', 'blog'] });
    const early = await handle({ type: 'search', id: 2, query: 'citizen data', options: { limit: Infinity } });
    if (early.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(early)}`);
    expect(early.result.pending).toEqual(['background', 'blog']);
    expect(early.result.hits.every((hit) => hit.record.k !== 'background' && hit.record.k !== 'blog')).toBe(true);
    const complete = handle({ type: 'complete', id: 3 });
    arrive();
    expect(await complete).toEqual({ type: 'ready', id: 3, size: whole.size, pending: [] });
    // A load sent again now finds every part.
    expect(await handle({ type: 'load', id: 5, manifestUrl: MANIFEST })).toEqual({
      type: 'ready',
      id: 5,
      size: whole.size,
      pending: [],
    });
    const late = await handle({ type: 'search', id: 4, query: 'citizen data', options: { limit: Infinity } });
    if (late.type !== 'result') throw new Error('expected a result');
    expect(late.result.pending).toEqual([]);
    expect(late.result.hits.map((hit) => hit.record.u)).toEqual(urls(whole, 'citizen data', Infinity));
    expect(late.result.total).toBeGreaterThan(early.result.total);
  });

  it('keeps searching the parts loaded when a later one fails, and says why on complete', async () => {
    const handle = partsHost(
      Promise.reject(new Error('Could not load https://example.org/search/index.b.json (HTTP 500).')),
    );
    await handle({ type: 'load', id: 1, manifestUrl: MANIFEST });
    expect(await handle({ type: 'complete', id: 2 })).toEqual({
      type: 'error',
      id: 2,
      message: 'Could not load https://example.org/search/index.b.json (HTTP 500).',
    });
    const reply = await handle({ type: 'search', id: 3, query: 'citizen', options: {} });
    if (reply.type !== 'result') throw new Error('expected a result');
    expect(reply.result.total).toBeGreaterThan(0);
    expect(reply.result.pending).toEqual(['background', 'blog']);
    // The parts loaded stay: a new load is answered from them, not fetched again.
    expect(await handle({ type: 'load', id: 4, manifestUrl: MANIFEST })).toMatchObject({ type: 'ready' });
  });

  it('loads the parts again on a complete sent after one failed, searching the parts it had meanwhile', async () => {
    // The second part fails twice (the retry's first part fails as well the second time), then arrives.
    let attempt = 0;
    const seconds: Array<() => void> = [];
    const handle = createSearchHost(async function* () {
      attempt += 1;
      const [first, rest] = await corpusParts();
      if (attempt === 3)
        throw new Error('Could not load https://example.org/search/index.a.json: the connection failed (offline?).');
      const engine = await SearchEngine.load(first!);
      yield { engine, pending: rest!.types };
      if (attempt === 2) throw new Error('Could not load https://example.org/search/index.b.json (HTTP 500).');
      if (attempt === 1) throw new Error('Could not load https://example.org/search/index.b.json (HTTP 503).');
      await new Promise<void>((resolve) => seconds.push(resolve));
      yield { engine: await engine.extend(rest!), pending: [] };
    });
    const whole = await SearchEngine.loadParts(await corpusParts());
    const searchPending = async (id: number) => {
      const reply = await handle({ type: 'search', id, query: 'citizen data', options: {} });
      if (reply.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(reply)}`);
      return reply.result.pending;
    };
    await handle({ type: 'load', id: 1, manifestUrl: MANIFEST });
    expect(await handle({ type: 'complete', id: 2 })).toMatchObject({ type: 'error', message: /HTTP 503/ });
    expect(await handle({ type: 'complete', id: 3 })).toMatchObject({ type: 'error', message: /HTTP 500/ });
    expect(await handle({ type: 'complete', id: 4 })).toMatchObject({ type: 'error', message: /offline/ });
    // Through every failure, the first part stays searchable.
    expect(await searchPending(5)).toEqual(['background', 'blog']);
    const complete = handle({ type: 'complete', id: 6 });
    await vi.waitFor(() => expect(seconds).toHaveLength(1));
    expect(await searchPending(7)).toEqual(['background', 'blog']);
    seconds[0]!();
    expect(await complete).toEqual({ type: 'ready', id: 6, size: whole.size, pending: [] });
    expect(await searchPending(8)).toEqual([]);
    expect(await handle({ type: 'load', id: 9, manifestUrl: MANIFEST })).toMatchObject({
      pending: [],
      size: whole.size,
    });
    expect(attempt).toBe(4);
  });

  it('refuses complete before any load, with a message', async () => {
    const { handle } = corpusHost();
    expect(await handle({ type: 'complete', id: 1 })).toEqual({
      type: 'error',
      id: 1,
      message: expect.stringMatching(/not asked for/),
    });
  });
});

describe('search client, an index in parts', () => {
  it('resolves load at the first part and complete at the last; a later load starts from the whole index', async () => {
    let arrive: () => void = () => undefined;
    const held = heldPort(partsHost(new Promise<void>((resolve) => (arrive = resolve))));
    const client = new SearchClient(held.port);
    const loaded = client.load(MANIFEST);
    await held.release(0);
    expect(await loaded).toMatchObject({ pending: ['background', 'blog'] });
    const complete = client.complete();
    arrive();
    await held.release(1);
    const whole = await complete;
    expect(whole.pending).toEqual([]);
    expect(await client.load(MANIFEST)).toEqual(whole);
    // Answered from what the client knows: no request sent.
    expect(held.sent.map((request) => request.type)).toEqual(['load', 'complete']);
  });
});

describe('search client', () => {
  it('matches replies to requests by id, whatever their order', async () => {
    const { handle } = corpusHost();
    const held = heldPort(handle);
    const client = new SearchClient(held.port);
    const loaded = client.load(MANIFEST);
    await held.release(0);
    expect((await loaded).size).toBeGreaterThan(0);
    const a = client.search({ query: 'citizen', options: {} });
    const b = client.search({ query: 'partners', options: {} });
    await held.release(2);
    await held.release(1);
    expect((await a).query).toBe('citizen');
    expect((await b).query).toBe('partners');
    expect(held.sent.map((request) => request.id)).toEqual([1, 2, 3]);
  });

  it('rejects a request whose reply is an error, with the host’s message', async () => {
    const { handle } = corpusHost();
    const held = heldPort(handle);
    const client = new SearchClient(held.port);
    const query = client.search({ query: 'citizen', options: {} });
    await held.release(0);
    await expect(query).rejects.toThrow(/not asked for/);
  });
});

describe('search client, loading', () => {
  it('rejects a failed load with the host’s message, and a later load asks again', async () => {
    let attempts = 0;
    const held = heldPort(
      createSearchHost(async function* () {
        attempts += 1;
        if (attempts === 1) throw new Error('Could not load /search/manifest.json (HTTP 503).');
        yield { engine: await corpusEngine(), pending: [] };
      }),
    );
    const client = new SearchClient(held.port);
    const first = client.load(MANIFEST);
    expect(client.load(MANIFEST)).toBe(first);
    await held.release(0);
    await expect(first).rejects.toThrow('HTTP 503');
    const second = client.load(MANIFEST);
    await held.release(1);
    expect((await second).size).toBeGreaterThan(0);
    expect(held.sent.map((request) => request.type)).toEqual(['load', 'load']);
  });
});

describe('query channel (one per search box)', () => {
  /** A channel on a client whose index is loaded, in front of a held port. */
  async function loadedChannel() {
    const held = heldPort(corpusHost().handle);
    const client = new SearchClient(held.port);
    void client.load(MANIFEST);
    await held.release(0);
    return { held, send: queryChannel(client) };
  }

  it('drops the reply of a query that a later one replaced', async () => {
    const { held, send } = await loadedChannel();
    const first = send({ query: 'cit', options: {} });
    const second = send({ query: 'citizen', options: {} });
    // Only one query is in flight: the second waits for the first's reply.
    expect(held.sent.map((request) => request.type === 'search' && request.query)).toEqual([false, 'cit']);
    await held.release(1);
    expect(await first).toBeNull();
    await settle();
    expect(held.sent).toHaveLength(3);
    await held.release(2);
    expect((await second)?.query).toBe('citizen');
  });

  it('never runs a query that waited while a newer one was typed', async () => {
    const { held, send } = await loadedChannel();
    const typed = ['c', 'ci', 'cit', 'citi', 'citizen'].map((query) => send({ query, options: {} }));
    await held.release(1);
    await settle();
    await held.release(2);
    const results = await Promise.all(typed);
    expect(results.map((result) => result?.query ?? null)).toEqual([null, null, null, null, 'citizen']);
    // 'c' ran (it was first), the three in between never did, 'citizen' ran once.
    expect(held.sent.filter((request) => request.type === 'search').map((request) => request.query)).toEqual([
      'c',
      'citizen',
    ]);
  });

  it('surfaces the error of the latest query, and drops that of a replaced one', async () => {
    const replies: Array<() => void> = [];
    let listener: (reply: SearchReply) => void = () => undefined;
    const requests: SearchRequest[] = [];
    const client = new SearchClient({
      post: (request) => {
        requests.push(request);
        replies.push(() => listener({ type: 'error', id: request.id, message: `failed: ${request.id}` }));
      },
      onReply: (next) => {
        listener = next;
      },
    });
    const send = queryChannel(client);
    const replaced = send({ query: 'a', options: {} });
    const latest = send({ query: 'ab', options: {} });
    replies[0]!();
    expect(await replaced).toBeNull();
    await settle();
    replies[1]!();
    await expect(latest).rejects.toThrow(`failed: ${requests[1]!.id}`);
  });
});
