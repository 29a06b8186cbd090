/**
 * The index in parts (issue 13): the build publishes the Framework's pages first and the rest after
 * (plugin option `parts`), the engine searches the first part at once and adds the others with
 * `extend`, and once every part is in, results are exactly those of the whole index loaded at once:
 * the same hits, scores, totals and facets, since document frequencies and lengths are counted again
 * over every record. Checked on both test corpora four times over, with queries and their prefixes
 * as typed, filters and facets.
 */
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { describe, expect, it } from 'vitest';
import type { ContentType } from '../../../src/shared/contentTypes';
import { SearchEngine, type SearchOptions } from '../../../src/shared/search/engine';
import { buildIndexFile, buildIndexParts } from '../../../src/shared/search/indexFile';
import type { SearchIndexFile, SearchRecord } from '../../../src/shared/search/record';
import { buildIndex, partitionPages, type ExtractedPage } from '../../../src/plugins/search/build';

const paragraph = (anchor: string) => ({ anchor, text: `Citizen data paragraph ${anchor}.`, path: [] });
import { DEFAULT_OPTIONS, validateOptions } from '../../../src/plugins/search/options';
import { asTyped, GLOSSARY_TERMS, ROWS } from './corpus';
import { QUALITY_ROWS } from './qualityCorpus';

const FIRST = new Set<ContentType>(DEFAULT_OPTIONS.parts.flat());

/** Both corpora four times over, pages kept together, the first part's pages first, numbered. */
const ROWS_X4 = [0, 1, 2, 3].flatMap((copy) =>
  [...ROWS, ...QUALITY_ROWS].map((row) => {
    const [page, anchor] = row.u.split('#');
    return { ...row, u: copy === 0 ? row.u : `${page}/copy-${copy}#${anchor}` };
  }),
);
const pageOf = (url: string): string => url.split('#')[0]!;
const byPage = [...ROWS_X4].sort((a, b) => (pageOf(a.u) < pageOf(b.u) ? -1 : pageOf(a.u) > pageOf(b.u) ? 1 : 0));
const RECORDS: SearchRecord[] = [
  ...byPage.filter((row) => FIRST.has(row.k)),
  ...byPage.filter((row) => !FIRST.has(row.k)),
].map((row, id) => ({ ...row, id }));
const SPLIT = RECORDS.filter((record) => FIRST.has(record.k)).length;

const QUERIES = [
  'citizen data',
  'national statistical office',
  'NSO data steward',
  'participation of people',
  'marginalised groups civil society',
  'what is the framework',
  '"citizen data" -official',
  'news side event',
  'glossary',
];
const TYPED = asTyped(QUERIES, 3);
const OPTIONS: SearchOptions[] = [
  { limit: 10 },
  { limit: Infinity, facets: true },
  { limit: 5, types: ['background', 'blog'], facets: true },
  { limit: 5, provenances: ['summary'] },
];

const asReceived = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function parts(): Promise<SearchIndexFile[]> {
  return asReceived(await buildIndexParts([RECORDS.slice(0, SPLIT), RECORDS.slice(SPLIT)], GLOSSARY_TERMS));
}

/** What a reader sees of a response. */
function seen(engine: SearchEngine, query: string, options: SearchOptions) {
  const { hits, total, facets, plan } = engine.search(query, options);
  return { hits: hits.map((hit) => [hit.record.u, hit.score]), total, facets, unknown: plan.unknown };
}

describe('an index in parts', () => {
  it('numbers records on across the parts, and the first carries the glossary', async () => {
    const [first, second] = await parts();
    expect(first).toMatchObject({ first: 0, n: SPLIT, glossary: GLOSSARY_TERMS });
    expect(second).toMatchObject({ first: SPLIT, n: RECORDS.length - SPLIT, glossary: [] });
    expect(first!.types).toEqual(['definition', 'principle', 'enabling-environment', 'roadmap', 'glossary']);
    expect(second!.types).toEqual(['background', 'blog']);
  });

  it('gives, once every part is loaded, exactly the results of the whole index', async () => {
    const whole = await SearchEngine.load(asReceived(await buildIndexFile(RECORDS, GLOSSARY_TERMS)));
    const [first, second] = await parts();
    const extended = await (await SearchEngine.load(first!)).extend(second!);
    const loaded = await SearchEngine.loadParts(await parts());
    expect(extended.size).toBe(RECORDS.length);
    let compared = 0;
    for (const query of TYPED)
      for (const options of OPTIONS) {
        const expected = seen(whole, query, options);
        expect(seen(extended, query, options), `${query} ${JSON.stringify(options)}`).toEqual(expected);
        expect(seen(loaded, query, options)).toEqual(expected);
        compared += expected.hits.length;
      }
    expect(compared).toBeGreaterThan(1000);
  });

  it('searches the first part alone, before the others arrive, and is left as it was by extend', async () => {
    const [first, second] = await parts();
    const engine = await SearchEngine.load(first!);
    const before = seen(engine, 'citizen data', { limit: Infinity, facets: true });
    expect(engine.size).toBe(SPLIT);
    expect(Object.keys(before.facets!.types).every((type) => FIRST.has(type as ContentType))).toBe(true);
    expect(before.total).toBeGreaterThan(0);
    const extended = await engine.extend(second!);
    expect(seen(extended, 'citizen data', { limit: Infinity }).total).toBeGreaterThan(before.total);
    expect(seen(engine, 'citizen data', { limit: Infinity, facets: true })).toEqual(before);
  });

  it('refuses parts out of order, or in another language, with a message', async () => {
    const [first, second] = await parts();
    await expect(SearchEngine.load(second!)).rejects.toThrow(`starts at record ${SPLIT}: load the first part first`);
    const engine = await SearchEngine.load(first!);
    const extended = await engine.extend(second!);
    await expect(extended.extend(second!)).rejects.toThrow(
      `starts at record ${SPLIT}, but the parts loaded hold ${RECORDS.length} records; rebuild the site`,
    );
    await expect(engine.extend({ ...second!, l: 'fr' })).rejects.toThrow(/is in "fr" but this page searches in "en"/);
    await expect(SearchEngine.loadParts([])).rejects.toThrow(/no parts/);
  });

  it('refuses records that do not run on from part to part', async () => {
    await expect(buildIndexParts([RECORDS.slice(0, 3), RECORDS.slice(4, 8)], [])).rejects.toThrow(
      'Search index part 2 starts at record 4, not 3.',
    );
    await expect(buildIndexParts([RECORDS.slice(0, 3), []], [])).rejects.toThrow('Search index part 2 is empty.');
    await expect(buildIndexFile([RECORDS[0]!, RECORDS[2]!], [])).rejects.toThrow(/must be consecutive, 0 … 1/);
    // The first two records are of one page: a part boundary between them splits it.
    expect(RECORDS[0]!.u.split('#')[0]).toBe(RECORDS[1]!.u.split('#')[0]);
    await expect(buildIndexParts([RECORDS.slice(0, 1), RECORDS.slice(1, 4)], [])).rejects.toThrow(
      `Search index parts 1 and 2 both hold records of the page ${RECORDS[0]!.u.split('#')[0]}.`,
    );
  });

  it('says a file of another format is one, before anything else', async () => {
    const [, second] = await parts();
    await expect(SearchEngine.load({ ...second!, v: 3 })).rejects.toThrow(
      'Search index format 3 is not the expected 4; rebuild the site.',
    );
  });
});

describe('the plugin’s parts', () => {
  it('builds each part from its pages, records numbered on, and the same records as one file', async () => {
    const pages: ExtractedPage[] = [
      {
        page: { path: '/docs/background', title: 'Background', type: 'background', provenance: 'summary', source: '' },
        paragraphs: [paragraph('bg-1'), paragraph('bg-2')],
      },
      {
        page: { path: '/docs/definition', title: 'Definition', type: 'definition', provenance: 'summary', source: '' },
        paragraphs: [paragraph('def-1')],
      },
      {
        page: { path: '/blog/a', title: 'A post', type: 'blog', provenance: 'summary', source: '' },
        paragraphs: [paragraph('post-1')],
      },
    ];
    const files = await buildIndex(pages, '/', 'en', undefined, DEFAULT_OPTIONS.parts);
    expect(files.map((file) => [file.first, file.n, file.types])).toEqual([
      [0, 1, ['definition']],
      [1, 3, ['background', 'blog']],
    ]);
    const engine = await SearchEngine.loadParts(asReceived(files));
    expect(Array.from({ length: engine.size }, (_, id) => engine.record(id).u)).toEqual([
      '/docs/definition#def-1',
      '/docs/background#bg-1',
      '/docs/background#bg-2',
      '/blog/a#post-1',
    ]);
    expect(files[0]!.glossary.length).toBeGreaterThan(0);
    const [single] = await buildIndex(pages, '/');
    expect(single!.n).toBe(4);
  });

  const page = (path: string, type: ContentType): ExtractedPage => ({
    page: { path, title: path, type, provenance: 'summary', source: '' },
    paragraphs: [],
  });

  it('puts each page in the first part listing its type, and the types listed nowhere last', () => {
    const pages = [
      page('/docs/background', 'background'),
      page('/docs/definition', 'definition'),
      page('/blog/a', 'blog'),
      page('/docs/principles', 'principle'),
    ];
    const paths = (groups: ExtractedPage[][]) => groups.map((group) => group.map((entry) => entry.page.path));
    expect(paths(partitionPages(pages, DEFAULT_OPTIONS.parts))).toEqual([
      ['/docs/definition', '/docs/principles'],
      ['/docs/background', '/blog/a'],
    ]);
    expect(paths(partitionPages(pages, [['blog'], ['roadmap']]))).toEqual([
      ['/blog/a'],
      ['/docs/background', '/docs/definition', '/docs/principles'],
    ]);
    expect(paths(partitionPages(pages, []))).toEqual([pages.map((entry) => entry.page.path)]);
  });

  it('validates the option, naming what is wrong', () => {
    const validate = (options: unknown) =>
      validateOptions({ options: options as never, validate: normalizePluginOptions as never });
    expect(validate({}).parts).toEqual(DEFAULT_OPTIONS.parts);
    expect(validate({ parts: [] }).parts).toEqual([]);
    expect(() => validate({ parts: [['definition'], ['roadmap', 'definition']] })).toThrow(
      '"parts" lists the content type "definition" twice',
    );
    expect(() => validate({ parts: [['news']] })).toThrow(/parts\[0\]\[0\]/);
    expect(() => validate({ parts: [[]] })).toThrow(/parts\[0\]/);
  });
});
