/**
 * `npm run bench:search`: this site's search against @easyops-cn/docusaurus-search-local on the
 * same built content and the same committed queries: the tuned set
 * (tests/fixtures/search/queries.json) and the held-out set, never tuned on
 * (queries.heldout.json), and a fresh set written by a reader who had seen neither, half tuned on
 * (queries.fresh.json) and half never (queries.fresh.heldout.json). Prints index size (raw, gzip), index build time, index load time, query
 * latency (median and the true p95 over every run of every query, in Node) and top-1 / top-3 /
 * paragraph-exact relevance for both sets, side by side, with the ratios and the issue's targets;
 * then the same engine on ten times the content (every page copied ten times), to show how size,
 * build, load and latency grow, and what the search worker's reply to a keystroke costs (query,
 * snippets, suggestions, structured clone); and, at 1× and 10×, the index in parts against one file:
 * bytes, load times, and the time to first results modelled on a 1.6 Mbit/s, 150 ms link.
 *
 * Then each translated locale's own index (`build/<locale>/search/`, with its language's analyser)
 * on its own query sets (tests/fixtures/search/queries.<locale>.json, tuned, when there is one, and
 * queries.<locale>.heldout.json, never tuned on): top-1 / top-3 by page and by paragraph.
 *
 * Needs `build/` (npx docusaurus build) and the easyops build, made here when missing (or with
 * `--rebuild`): npx docusaurus build --config docusaurus.easyops.config.ts --out-dir
 * node_modules/.cache/bench-search/build-easyops.
 * easyops is queried the way its web worker does: its own tokenize → smartQueries → lunr
 * queries per document type → sortSearchResults, with its default limit (8) and fuzzy distance (1).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadBuiltIndex } from '../src/plugins/search/loadBuiltIndex';
import { extractBuiltPages } from '../src/plugins/search/extractPages';
import { buildIndex, type ExtractedPage } from '../src/plugins/search/build';
import { DEFAULT_OPTIONS } from '../src/plugins/search/options';
import type { IndexedPage } from '../src/plugins/search/collectPages';
import { SearchEngine } from '../src/shared/search/engine';
import type { SearchIndexFile, SearchRecord } from '../src/shared/search/record';
import { scoreRelevance, type RelevanceCase } from '../src/shared/search/relevance';
import { cachedTokens, runQuery, type TokensOf } from '../src/shared/search/protocol';

const ROOT = process.cwd();
/** Kept under node_modules/.cache: git, ESLint and Prettier leave it alone. */
const EASYOPS_OUT_DIR = 'node_modules/.cache/bench-search/build-easyops';
const EASYOPS_OUT = path.join(ROOT, EASYOPS_OUT_DIR);
const EASYOPS_PKG = path.join(ROOT, 'node_modules/@easyops-cn/docusaurus-search-local');
const RUNS = 5;
const REPEATS = 30;

type Timed<T> = { value: T; ms: number };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

async function time<T>(run: () => T | Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** Median duration of `RUNS` runs, and the last value. */
async function medianTime<T>(run: () => T | Promise<T>): Promise<Timed<T>> {
  const runs: Array<Timed<T>> = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await time(run));
  return { value: runs.at(-1)!.value, ms: median(runs.map((r) => r.ms)) };
}

/**
 * Latency of every run of every query, in milliseconds: `REPEATS` runs per query after one
 * warm-up. The median and the 95th percentile are taken over all runs, so the tail a reader meets
 * (GC pauses included) shows; the p95 of per-query medians is printed beside it, as earlier
 * reports used it.
 */
function latencies(queries: readonly string[], search: (q: string) => unknown): { all: number[]; perQuery: number[] } {
  for (const q of queries) search(q);
  const all: number[] = [];
  const perQuery = queries.map((q) => {
    const samples: number[] = [];
    for (let r = 0; r < REPEATS; r += 1) {
      const start = process.hrtime.bigint();
      search(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    all.push(...samples);
    return median(samples);
  });
  return { all, perQuery };
}

/**
 * How many records a query with limit 10 (as the latency lines ask) scores in full against how
 * many results it counts, averaged over the queries: what dynamic pruning (engine.ts) leaves to score.
 */
function scoredShare(engine: SearchEngine, queries: readonly string[]): string {
  let scored = 0;
  let total = 0;
  for (const query of queries) {
    const response = engine.search(query, { limit: 10 });
    scored += response.scored;
    total += response.total;
  }
  return `${(scored / queries.length).toFixed(0)} of ${(total / queries.length).toFixed(0)}`;
}

/** The same pages, `times` over: copy n of a page lives at `<path>/copy-n` with its own ids. */
function multiply(pages: readonly ExtractedPage[], times: number): ExtractedPage[] {
  const out: ExtractedPage[] = [];
  for (let copy = 0; copy < times; copy += 1)
    for (const entry of pages)
      out.push(copy === 0 ? entry : { ...entry, page: { ...entry.page, path: `${entry.page.path}/copy-${copy}` } });
  return out;
}

/** Our pages, recovered from the built index (path, title, type, provenance of the first paragraph). */
function pagesOf(records: readonly SearchRecord[]): IndexedPage[] {
  const pages = new Map<string, IndexedPage>();
  for (const record of records) {
    const pagePath = record.u.split('#')[0]!;
    if (!pages.has(pagePath))
      pages.set(pagePath, { path: pagePath, title: record.t, type: record.k, provenance: record.p, source: '' });
  }
  return [...pages.values()];
}

function htmlRoutes(outDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'assets') walk(file);
      } else if (name.endsWith('.html')) {
        const route = `/${path
          .relative(outDir, file)
          .replace(/\\/g, '/')
          .replace(/(?:^|\/)index\.html$/, '')
          .replace(/\.html$/, '')}`;
        routes.push(route);
      }
    }
  };
  walk(outDir);
  return routes;
}

/**
 * easyops's plugin, as Docusaurus runs it: options validated, postBuild on the built pages (a
 * copy, so the index Docusaurus wrote is the one measured).
 */
async function easyopsBuild(outDir: string): Promise<void> {
  const config = (await import('../docusaurus.easyops.config')).default;
  const entry = (config.themes ?? []).find(
    (theme) => Array.isArray(theme) && theme[0] === '@easyops-cn/docusaurus-search-local',
  ) as [string, object];
  const plugin = (await import('@easyops-cn/docusaurus-search-local')) as unknown as {
    default: (...args: unknown[]) => { postBuild(data: unknown): Promise<void> };
    validateOptions(args: unknown): object;
  };
  const { normalizeThemeConfig: _unused, ...validation } = await import('@docusaurus/utils-validation');
  const options = plugin.validateOptions({ options: entry[1], validate: validation.normalizePluginOptions });
  const generated = mkdtempSync(path.join(tmpdir(), 'easyops-generated-'));
  const instance = plugin.default(
    {
      siteDir: ROOT,
      baseUrl: '/',
      generatedFilesDir: generated,
      i18n: { currentLocale: 'en', defaultLocale: 'en', locales: ['en'] },
      siteConfig: config,
    },
    options,
  );
  await instance.postBuild({ routesPaths: htmlRoutes(outDir), outDir, baseUrl: '/', siteConfig: config });
  rmSync(generated, { recursive: true, force: true });
}

type LunrIndex = {
  query(
    build: (q: { term(value: string, options: object): void }) => void,
  ): Array<{ ref: string; score: number; matchData: { metadata: object } }>;
};
type EasyopsDocument = { i: number; u: string; h?: string; p?: number };
type EasyopsSearch = (input: string) => string[];

type EasyopsClient = {
  tokenize(input: string, language: string[]): string[];
  smartQueries(
    tokens: string[],
    zhDictionary: string[],
  ): Array<{
    term: Array<{ value: string; wildcard: number; presence: number; editDistance?: number }>;
    tokens: string[];
  }>;
  sortSearchResults(results: unknown[]): void;
  processTreeStatusOfSearchResults(results: unknown[]): void;
  lunr: { Index: { load(data: unknown): LunrIndex } };
};

/** easyops's client search code, copied next to its dependencies with explicit ESM extensions and its generated constants. */
async function easyopsClient(): Promise<EasyopsClient> {
  const dir = path.join(ROOT, 'node_modules/.cache/bench-search/easyops-client');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(EASYOPS_PKG, 'dist/client'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  const withExtensions = (file: string): void => {
    const source = readFileSync(file, 'utf8').replace(/from "(\.{1,2}\/[^"]+?)(?:\.js)?"/g, 'from "$1.js"');
    writeFileSync(file, source);
  };
  for (const file of [
    'client/utils/tokenize.js',
    'client/utils/smartQueries.js',
    'client/utils/smartTerms.js',
    'client/utils/cutZhWords.js',
    'client/utils/sortSearchResults.js',
    'client/utils/processTreeStatusOfSearchResults.js',
    'shared/interfaces.js',
  ]) {
    withExtensions(path.join(dir, file));
  }
  writeFileSync(
    path.join(dir, 'client/utils/proxiedGeneratedConstants.js'),
    'export const language = ["en"]; export const removeDefaultStopWordFilter = []; export const fuzzyMatchingDistance = 1; export const searchResultLimits = 8;',
  );
  const load = (file: string): Promise<Record<string, unknown>> =>
    import(path.join(dir, file)) as Promise<Record<string, unknown>>;
  const modules = await Promise.all(
    [
      'client/utils/tokenize.js',
      'client/utils/smartQueries.js',
      'client/utils/sortSearchResults.js',
      'client/utils/processTreeStatusOfSearchResults.js',
    ].map(load),
  );
  const lunrFile = path.join(ROOT, 'node_modules/lunr/lunr.js');
  const lunr = ((await import(lunrFile)) as { default: EasyopsClient['lunr'] }).default;
  return { ...(Object.assign({}, ...modules) as Omit<EasyopsClient, 'lunr'>), lunr };
}

/** Loads easyops's index as its worker does (lunr.Index.load per document type). */
function easyopsSearch(
  { tokenize, smartQueries, sortSearchResults, processTreeStatusOfSearchResults, lunr }: EasyopsClient,
  json: string,
): EasyopsSearch {
  const wrapped = (JSON.parse(json) as Array<{ documents: EasyopsDocument[]; index: unknown }>).map(
    ({ documents, index }, type) => ({ type, documents, index: lunr.Index.load(index) }),
  );
  const limit = 8;
  // The body of easyops's SearchWorker.search, verbatim apart from types.
  return (input) => {
    const rawTokens = tokenize(input, ['en']);
    if (rawTokens.length === 0) return [];
    const results: Array<{
      document: EasyopsDocument;
      type: number;
      page: unknown;
      metadata: object;
      tokens: string[];
      score: number;
    }> = [];
    search: for (const { term, tokens } of smartQueries(rawTokens, [])) {
      for (const { documents, index, type } of wrapped) {
        results.push(
          ...index
            .query((query) => {
              for (const item of term)
                query.term(item.value, {
                  wildcard: item.wildcard,
                  presence: item.presence,
                  ...(item.editDistance ? { editDistance: item.editDistance } : null),
                });
            })
            .slice(0, limit)
            .filter((result) => !results.some((item) => item.document.i.toString() === result.ref))
            .slice(0, limit - results.length)
            .map((result) => {
              const document = documents.find((doc) => doc.i.toString() === result.ref)!;
              return {
                document,
                type,
                page: type !== 0 && wrapped[0]!.documents.find((doc) => doc.i === document.p),
                metadata: result.matchData.metadata,
                tokens,
                score: result.score,
              };
            }),
        );
        if (results.length >= limit) break search;
      }
    }
    sortSearchResults(results);
    processTreeStatusOfSearchResults(results);
    return results.map((result) => `${result.document.u}${result.document.h ?? ''}`);
  };
}

const rawBytes = (files: readonly string[]): number => files.reduce((sum, json) => sum + Buffer.byteLength(json), 0);
/** Bytes sent for the parts, each compressed on its own as the server sends it. */
const gzipBytes = (files: readonly string[]): number =>
  files.reduce((sum, json) => sum + gzipSync(json, { level: 9 }).length, 0);
const parseParts = (files: readonly string[]): SearchIndexFile[] =>
  files.map((json) => JSON.parse(json) as SearchIndexFile);

/** The slow link of issue 13, on which first results are modelled. */
const LINK = { mbps: 1.6, rttMs: 150 };
const transferMs = (bytes: number): number => (bytes * 8) / (LINK.mbps * 1000);

interface PartsFigures {
  oneFile: { gzip: number; load: number };
  parts: { gzip: number[]; loadFirst: number; extend: number };
}

/**
 * One file against the default parts on the same pages: bytes, the time to load the first part
 * alone, and the time to add the rest (medians of 5).
 */
async function loadingInParts(pages: readonly ExtractedPage[]): Promise<PartsFigures> {
  const oneFile = (await buildIndex(pages, '/')).map((part) => JSON.stringify(part));
  const parts = (await buildIndex(pages, '/', 'en', undefined, DEFAULT_OPTIONS.parts)).map((part) =>
    JSON.stringify(part),
  );
  const load = await medianTime(() => SearchEngine.loadParts(parseParts(oneFile), { slice: Infinity }));
  const [first, ...rest] = parseParts(parts);
  const loadFirst = await medianTime(() => SearchEngine.load(first!, { slice: Infinity }));
  const extend = await medianTime(async () => {
    let engine = loadFirst.value;
    for (const part of rest) engine = await engine.extend(part, { slice: Infinity });
    return engine;
  });
  return {
    oneFile: { gzip: gzipBytes(oneFile), load: load.ms },
    parts: { gzip: parts.map((json) => gzipBytes([json])), loadFirst: loadFirst.ms, extend: extend.ms },
  };
}

/** Rows comparing one file with parts: what is fetched and loaded before first results, and in all. */
function partsLines(
  at1: PartsFigures,
  at10: PartsFigures,
  line: (label: string, a: string, b: string, ratio?: string) => string,
): string[] {
  const rtt = LINK.rttMs;
  // Manifest, then the index request: two round trips before the first byte of the index.
  const oneFileFirst = (f: PartsFigures): number => 2 * rtt + transferMs(f.oneFile.gzip) + f.oneFile.load;
  const partsFirst = (f: PartsFigures): number => 2 * rtt + transferMs(f.parts.gzip[0]!) + f.parts.loadFirst;
  // The rest is requested once the first part has arrived, while the first is analysed.
  const partsAll = (f: PartsFigures): number => {
    const firstArrived = 2 * rtt + transferMs(f.parts.gzip[0]!);
    const restArrived = firstArrived + rtt + transferMs(f.parts.gzip.slice(1).reduce((a, b) => a + b, 0));
    return Math.max(firstArrived + f.parts.loadFirst, restArrived) + f.parts.extend;
  };
  const both = (label: string, value: (f: PartsFigures) => string): string => line(label, value(at1), value(at10));
  return [
    both('one file: gzip', (f) => kib(f.oneFile.gzip)),
    both('parts: gzip, each (KiB)', (f) => f.parts.gzip.map((bytes) => (bytes / 1024).toFixed(1)).join(' + ')),
    both('one file: load (median of 5)', (f) => ms(f.oneFile.load)),
    both('parts: load first, then rest (ms)', (f) => `${f.parts.loadFirst.toFixed(1)} + ${f.parts.extend.toFixed(1)}`),
    both('first results, one file (modelled)', (f) => ms(oneFileFirst(f))),
    both('first results, parts (modelled)', (f) => ms(partsFirst(f))),
    both('every part searchable (modelled)', (f) => ms(partsAll(f))),
  ];
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const ms = (x: number): string => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'build/search/manifest.json')))
    throw new Error('No build/: run `npx docusaurus build` first.');
  if (process.argv.includes('--rebuild') || !existsSync(path.join(EASYOPS_OUT, 'search-index.json'))) {
    console.error(`Building ${EASYOPS_OUT_DIR} (easyops search on the same content)…`);
    execFileSync(
      'npx',
      ['docusaurus', 'build', '--config', 'docusaurus.easyops.config.ts', '--out-dir', EASYOPS_OUT_DIR],
      { stdio: 'inherit' },
    );
  }
  const read = (file: string): RelevanceCase[] =>
    JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/search', file), 'utf8')) as RelevanceCase[];
  const cases = read('queries.json');
  const heldOut = read('queries.heldout.json');
  const fresh = read('queries.fresh.json');
  const freshHeldOut = read('queries.fresh.heldout.json');
  const queries = [...cases, ...heldOut].map((entry) => entry.q);

  const ours = await loadBuiltIndex('build');
  const ourRecords: SearchRecord[] = [];
  for (let id = 0; id < ours.engine.size; id += 1) ourRecords.push(ours.engine.record(id));
  const extracted = await extractBuiltPages(
    path.join(ROOT, 'build'),
    pagesOf(ourRecords),
    DEFAULT_OPTIONS.contentSelector,
    '/',
  );
  const ourBuild = await medianTime(async () =>
    buildIndex(
      await extractBuiltPages(path.join(ROOT, 'build'), pagesOf(ourRecords), DEFAULT_OPTIONS.contentSelector, '/'),
      '/',
    ),
  );
  const ourLoad = await medianTime(() => SearchEngine.loadParts(parseParts(ours.json)));
  const ourSearch = (q: string): string[] => ours.engine.search(q, { limit: 10 }).hits.map((hit) => hit.record.u);
  const ourLatency = latencies(queries, ourSearch);

  // Which section (heading id) holds each expected paragraph, read from the built HTML.
  const sections = new Map<string, string>();
  for (const { page, paragraphs } of await extractBuiltPages(
    path.join(ROOT, 'build'),
    pagesOf(ourRecords),
    DEFAULT_OPTIONS.contentSelector,
    '/',
  )) {
    for (const paragraph of paragraphs)
      sections.set(`${page.path}#${paragraph.anchor}`, paragraph.section ?? paragraph.anchor);
  }
  const sectionOf = (page: string, paragraph: string): string | undefined => sections.get(`${page}#${paragraph}`);

  const easyopsJson = readFileSync(path.join(EASYOPS_OUT, 'search-index.json'), 'utf8');
  const copy = mkdtempSync(path.join(tmpdir(), 'easyops-build-'));
  cpSync(EASYOPS_OUT, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}assets${path.sep}`) });
  const easyopsBuildTime = await medianTime(() => easyopsBuild(copy));
  rmSync(copy, { recursive: true, force: true });
  const client = await easyopsClient();
  const easyopsLoad = await medianTime(() => easyopsSearch(client, easyopsJson));
  const easyops = easyopsLoad.value;
  const easyopsLatency = latencies(queries, easyops);

  const rows = {
    'index raw': [rawBytes(ours.json), Buffer.byteLength(easyopsJson)],
    'index gzip': [gzipBytes(ours.json), gzipSync(easyopsJson, { level: 9 }).length],
  };
  const relevanceOf = (set: readonly RelevanceCase[]) => ({
    ours: scoreRelevance(set, ourSearch, 'page'),
    oursParagraph: scoreRelevance(set, ourSearch, 'paragraph'),
    easyops: scoreRelevance(set, easyops, 'page'),
    easyopsSection: scoreRelevance(set, easyops, 'section', sectionOf),
  });
  const relevance = relevanceOf(cases);
  const heldOutRelevance = relevanceOf(heldOut);
  const freshRelevance = relevanceOf(fresh);
  const freshHeldOutRelevance = relevanceOf(freshHeldOut);

  // Ten times the content: build, size, load and latency of the same engine.
  const tenfold = multiply(extracted, 10);
  const scaledBuild = await medianTime(() => buildIndex(tenfold, '/', 'en', undefined, DEFAULT_OPTIONS.parts));
  const scaledJson = scaledBuild.value.map((part) => JSON.stringify(part));
  const scaledLoad = await medianTime(() => SearchEngine.loadParts(parseParts(scaledJson)));
  const scaled = scaledLoad.value;
  const partsAt1 = await loadingInParts(extracted);
  const partsAt10 = await loadingInParts(tenfold);
  const scaledLatency = latencies(queries, (q) => scaled.search(q, { limit: 10 }));
  // What the search worker does per keystroke of the dialog: the query, its snippets and
  // suggestions, and the structured clone its reply crosses the thread boundary as.
  // Cold: every snippet tokenized anew; warm: with the worker's cache of recently shown records
  // (the repeated runs of a query find its records there, as a reader's next keystroke mostly does).
  const reply = (engine: SearchEngine, tokensOf?: TokensOf) => (q: string) =>
    structuredClone(
      runQuery(engine, { query: q, options: { limit: 20 }, snippetLength: 140, suggestions: 3 }, tokensOf),
    );
  const ourReply = latencies(queries, reply(ours.engine));
  const scaledReply = latencies(queries, reply(scaled));
  const ourWarmReply = latencies(queries, reply(ours.engine, cachedTokens()));
  const scaledWarmReply = latencies(queries, reply(scaled, cachedTokens()));
  const singleBuild = await medianTime(() => buildIndex(extracted, '/'));
  const line = (label: string, a: string, b: string, ratio = ''): string =>
    `${label.padEnd(34)}${a.padStart(18)}${b.padStart(18)}${ratio.padStart(10)}`;
  const relevanceLines = (name: string, r: ReturnType<typeof relevanceOf>): string[] => [
    line(
      `top-1 (page), ${name}`,
      pct(r.ours.top1),
      pct(r.easyops.top1),
      `${((r.ours.top1 - r.easyops.top1) * 100).toFixed(1)} pt`,
    ),
    line(
      `top-3 (page), ${name}`,
      pct(r.ours.top3),
      pct(r.easyops.top3),
      `${((r.ours.top3 - r.easyops.top3) * 100).toFixed(1)} pt`,
    ),
    line(
      `top-1 / top-3 (paragraph), ${name}`,
      `${pct(r.oursParagraph.top1)} / ${pct(r.oursParagraph.top3)}`,
      `${pct(r.easyopsSection.top1)} / ${pct(r.easyopsSection.top3)}`,
      `${((r.oursParagraph.top1 - r.easyopsSection.top1) * 100).toFixed(1)} pt`,
    ),
  ];
  const latencyLines = (
    label: string,
    a: ReturnType<typeof latencies>,
    b: ReturnType<typeof latencies>,
    growth = false,
  ): string[] => {
    const ratio = (x: number, y: number): string => `${(growth ? y / x : x / y).toFixed(2)}×`;
    return [
      line(`${label} median (all runs)`, ms(median(a.all)), ms(median(b.all)), ratio(median(a.all), median(b.all))),
      line(
        `${label} p95 (all runs)`,
        ms(percentile(a.all, 0.95)),
        ms(percentile(b.all, 0.95)),
        ratio(percentile(a.all, 0.95), percentile(b.all, 0.95)),
      ),
      line(
        `${label} p95 (per-query medians)`,
        ms(percentile(a.perQuery, 0.95)),
        ms(percentile(b.perQuery, 0.95)),
        ratio(percentile(a.perQuery, 0.95), percentile(b.perQuery, 0.95)),
      ),
    ];
  };
  const out = [
    `Search benchmark: ${ourRecords.length} paragraphs, ${cases.length} tuned + ${heldOut.length} held-out queries (and a fresh set by a reader who saw neither: ${fresh.length} tuned + ${freshHeldOut.length} held-out), ${REPEATS} runs each, Node ${process.version}`,
    line('', 'this site', 'easyops', 'ratio'),
    ...Object.entries(rows).map(([label, [a, b]]) => line(label, kib(a!), kib(b!), `${(a! / b!).toFixed(2)}×`)),
    line(
      'index build (median of 5)',
      ms(ourBuild.ms),
      ms(easyopsBuildTime.ms),
      `${(ourBuild.ms / easyopsBuildTime.ms).toFixed(2)}×`,
    ),
    line(
      'index load (median of 5)',
      ms(ourLoad.ms),
      ms(easyopsLoad.ms),
      `${(ourLoad.ms / easyopsLoad.ms).toFixed(2)}×`,
    ),
    ...latencyLines('query', ourLatency, easyopsLatency),
    ...relevanceLines('tuned', relevance),
    ...relevanceLines('held-out', heldOutRelevance),
    ...relevanceLines('fresh, tuned', freshRelevance),
    ...relevanceLines('fresh, held-out', freshHeldOutRelevance),
    '  (paragraph: this site, the exact paragraph; easyops, which links to headings, the section holding it)',
    '',
    `Ten times the content (${scaled.size} paragraphs): this site at 1× and at 10×`,
    line('', '1×', '10×', 'ratio'),
    line(
      'index raw',
      kib(rawBytes(ours.json)),
      kib(rawBytes(scaledJson)),
      `${(rawBytes(scaledJson) / rawBytes(ours.json)).toFixed(2)}×`,
    ),
    line(
      'index gzip',
      kib(rows['index gzip'][0]!),
      kib(gzipBytes(scaledJson)),
      `${(gzipBytes(scaledJson) / rows['index gzip'][0]!).toFixed(2)}×`,
    ),
    line(
      'index build, records only (median of 5)',
      ms(singleBuild.ms),
      ms(scaledBuild.ms),
      `${(scaledBuild.ms / singleBuild.ms).toFixed(2)}×`,
    ),
    line('index load (median of 5)', ms(ourLoad.ms), ms(scaledLoad.ms), `${(scaledLoad.ms / ourLoad.ms).toFixed(2)}×`),
    // Columns 1× and 10×; the ratio is 10× over 1×.
    ...latencyLines('query', ourLatency, scaledLatency, true),
    line(
      'records scored in full, of results (mean)',
      scoredShare(ours.engine, queries),
      scoredShare(scaled, queries),
      '',
    ),
    ...latencyLines('reply cold', ourReply, scaledReply, true),
    ...latencyLines('reply warm', ourWarmReply, scaledWarmReply, true),
    "  (reply: the search worker's answer to a keystroke of the dialog: query, snippets, suggestions, structured",
    '   clone; cold without its token cache, warm with it; in the browser typing never waits on it)',
    '',
    `The index in parts (${DEFAULT_OPTIONS.parts.map((types) => types.join(', ')).join(' | ')} | the rest) against one file`,
    line('', '1×', '10×', ''),
    ...partsLines(partsAt1, partsAt10, line),
    `  (modelled at ${LINK.mbps} Mbit/s and ${LINK.rttMs} ms round trips: manifest, then the first part, analysed as the next`,
    '   downloads; loading measured here in Node; the search worker does the same work off the main thread)',
    '',
    `Targets: gzip ≤ 0.5× easyops: ${rows['index gzip'][0]! <= rows['index gzip'][1]! / 2 ? 'met' : 'NOT met'}; ` +
      `p95 < 1 ms: ${percentile(ourLatency.all, 0.95) < 1 ? 'met' : 'NOT met'}; ` +
      `p95 at 10× < 2 ms: ${percentile(scaledLatency.all, 0.95) < 2 ? 'met' : 'NOT met'}; ` +
      `top-3 ≥ easyops + 10 pt: ${relevance.ours.top3 >= relevance.easyops.top3 + 0.1 ? 'met' : 'NOT met'} by page, ` +
      `${relevance.oursParagraph.top3 >= relevance.easyopsSection.top3 + 0.1 ? 'met' : 'NOT met'} by paragraph|section`,
    `easyops misses (top 3): ${relevance.easyops.misses.map((m) => JSON.stringify(m.q)).join(', ') || 'none'}`,
    `our misses (top 3): ${relevance.ours.misses.map((m) => JSON.stringify(m.q)).join(', ') || 'none'}`,
    `our held-out misses (top 3): ${heldOutRelevance.ours.misses.map((m) => JSON.stringify(m.q)).join(', ') || 'none'}`,
  ];
  out.push('', ...(await localeRelevance(read)));
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Relevance of each translated locale's index on its own query sets. */
async function localeRelevance(read: (file: string) => RelevanceCase[]): Promise<string[]> {
  const lines = [
    'Each locale on its own index and query sets (page top-1 / top-3; paragraph top-1 / top-3)',
    `${'locale, set'.padEnd(26)}${'queries'.padStart(8)}${'page'.padStart(20)}${'paragraph'.padStart(20)}`,
  ];
  const misses: string[] = [];
  for (const locale of ['fr', 'es', 'ar'] as const) {
    if (!existsSync(path.join(ROOT, 'build', locale, 'search/manifest.json'))) {
      lines.push(`${locale}: no build/${locale}/search (build every locale first)`);
      continue;
    }
    const { engine } = await loadBuiltIndex(path.join(ROOT, 'build', locale), undefined, locale);
    const search = (q: string): string[] => engine.search(q, { limit: 10 }).hits.map((hit) => hit.record.u);
    for (const set of ['tuned', 'held-out'] as const) {
      const file = `queries.${locale}${set === 'held-out' ? '.heldout' : ''}.json`;
      if (!existsSync(path.join(ROOT, 'tests/fixtures/search', file))) continue;
      const cases = read(file);
      const page = scoreRelevance(cases, search, 'page');
      const paragraph = scoreRelevance(cases, search, 'paragraph');
      lines.push(
        `${`${locale}, ${set}`.padEnd(26)}${String(cases.length).padStart(8)}` +
          `${`${pct(page.top1)} / ${pct(page.top3)}`.padStart(20)}` +
          `${`${pct(paragraph.top1)} / ${pct(paragraph.top3)}`.padStart(20)}`,
      );
      if (page.misses.length > 0)
        misses.push(`${locale} ${set} misses (top 3): ${page.misses.map((m) => JSON.stringify(m.q)).join(', ')}`);
    }
  }
  return [...lines, ...misses];
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
