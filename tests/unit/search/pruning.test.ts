/**
 * Dynamic pruning (engine.ts `search`, rank.ts `scoreBound`, `coverageBound`, `matchesPlan`,
 * postings.ts): scoring only the records that can still reach the top `limit` must change nothing a
 * reader sees. Checked against a reference that scores every record holding a planned term with
 * `scoreRecord`, as the engine did before pruning, on a corpus several times larger than the
 * limits, with queries and their prefixes as typed, filters and facets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseRecord, holdsPhrase, recordTerms, type AnalysedRecord } from '../../../src/shared/search/analyse';
import { SearchEngine, type SearchOptions } from '../../../src/shared/search/engine';
import { buildIndexFile } from '../../../src/shared/search/indexFile';
import { Postings } from '../../../src/shared/search/postings';
import {
  conceptBounds,
  coverageBound,
  matchesPlan,
  pruningIsExact,
  RANKING,
  scoreBound,
  scoreRecord,
} from '../../../src/shared/search/rank';
import type { SearchRecord } from '../../../src/shared/search/record';
import { Vocabulary } from '../../../src/shared/search/vocabulary';
import { asTyped, GLOSSARY_TERMS, ROWS } from './corpus';
import { QUALITY_ROWS } from './qualityCorpus';

/** Both corpora, four times over (copy n of a page at `<path>/copy-n`), each page's records together. */
const RECORDS: SearchRecord[] = [0, 1, 2, 3]
  .flatMap((copy) =>
    [...ROWS, ...QUALITY_ROWS].map((row) => {
      const [page, anchor] = row.u.split('#');
      return { ...row, u: copy === 0 ? row.u : `${page}/copy-${copy}#${anchor}` };
    }),
  )
  .sort((a, b) => (a.u.split('#')[0]! < b.u.split('#')[0]! ? -1 : a.u.split('#')[0]! > b.u.split('#')[0]! ? 1 : 0))
  .map((row, id) => ({ ...row, id }));

const QUERIES = [
  'citizen data',
  'citizen data definition',
  'national statistical office',
  'NSO data steward',
  'participation of people',
  'official statistics quality',
  'marginalised groups civil society',
  'data value chain design collection',
  'what is the framework',
  'integration pending text',
  '"citizen data" -official',
  'partners table',
  'stat office',
];
/** Every query, and its prefixes every third character, as while typing. */
const TYPED = asTyped(QUERIES, 3);

let engine: SearchEngine;
let analysed: AnalysedRecord[];
const vocabulary = new Vocabulary();
beforeAll(async () => {
  engine = await SearchEngine.load(JSON.parse(JSON.stringify(await buildIndexFile(RECORDS, GLOSSARY_TERMS))));
  // As SearchEngine.load analyses them: position in the page, the page's lead shared.
  let lead: ReadonlySet<string> | undefined;
  let pageIndex = 0;
  analysed = RECORDS.map((record, id) => {
    const first = id === 0 || RECORDS[id - 1]!.u.split('#')[0] !== record.u.split('#')[0];
    pageIndex = first ? 0 : pageIndex + 1;
    const current = analyseRecord(record, pageIndex, undefined, first ? undefined : lead);
    if (first) lead = current.page;
    return current;
  });
  for (const record of analysed) vocabulary.addRecord(recordTerms(record));
  vocabulary.seal();
});

/**
 * Every result, scored: each record holding a planned term in its title, headings or text (what
 * retrieval finds), through the filters, with `scoreRecord` above 0. Best first.
 */
function reference(query: string, options: SearchOptions) {
  const plan = engine.plan(query);
  const context = {
    vocabulary,
    averageLength: analysed.reduce((sum, record) => sum + record.length, 0) / analysed.length,
  };
  const holds = (record: AnalysedRecord, term: string) =>
    record.text.has(term) || record.title.has(term) || record.heading.has(term);
  const facets = { types: {} as Record<string, number>, provenances: {} as Record<string, number> };
  const hits: [number, number][] = [];
  for (const record of analysed) {
    if (plan.concepts.length === 0 || !plan.terms.some((term) => holds(record, term))) continue;
    if (plan.excluded.some((term) => holds(record, term))) continue;
    if (!plan.phrases.every((phrase) => holdsPhrase(record, phrase))) continue;
    const score = scoreRecord(record, plan, context);
    if (score <= 0) continue;
    const { k, p, id } = record.record;
    const typeOk = !options.types?.length || options.types.includes(k);
    const provenanceOk = !options.provenances?.length || options.provenances.includes(p);
    if (provenanceOk) facets.types[k] = (facets.types[k] ?? 0) + 1;
    if (typeOk) facets.provenances[p] = (facets.provenances[p] ?? 0) + 1;
    if (typeOk && provenanceOk) hits.push([id, score]);
  }
  hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return { total: hits.length, ...(options.facets && plan.concepts.length > 0 && { facets }), hits };
}

const everything = (options: SearchOptions) => ({ ...options, limit: RECORDS.length + 1 });
const view = (response: ReturnType<SearchEngine['search']>) => ({
  total: response.total,
  ...(response.facets && { facets: response.facets }),
  hits: response.hits.map((hit) => [hit.record.id, hit.score]),
});

describe('ranking with dynamic pruning', () => {
  it.each([1, 3, 10, RECORDS.length + 1])(
    'lists the same top %i, total and facet counts as scoring every record',
    (limit) => {
      let results = 0;
      for (const query of TYPED) {
        for (const options of [
          {},
          { facets: true },
          { facets: true, types: ['principle' as const], provenances: ['summary' as const] },
        ]) {
          const expected = reference(query, options);
          results += expected.total;
          expect(view(engine.search(query, { ...options, limit })), `${query} ${JSON.stringify(options)}`).toEqual({
            ...expected,
            hits: expected.hits.slice(0, limit),
          });
        }
      }
      expect(results).toBeGreaterThan(1000);
    },
  );

  it('scores fewer records than it counts when the best are clear (what pruning is for)', () => {
    const response = engine.search('NSO data steward', { limit: 1 });
    expect(response.total).toBeGreaterThan(8);
    expect(response.scored).toBeLessThan(response.total);
    // Asked for everything, every result is scored.
    const full = engine.search('NSO data steward', everything({}));
    expect(full.scored).toBeGreaterThanOrEqual(full.total);
  });

  it('counts, unscored, records that hold a form of several words whole in one field and scattered in the text', async () => {
    // "NSO" is also "national statistical office": twelve records name it beside "steward" and fill
    // the top; records that name the office only are pruned, yet each is a result if its page title,
    // heading path or page lead holds the three words, and none is if only its text holds them apart.
    const principle = (u: string, t: string, x: string, h: string[] = []) => ({
      u,
      t,
      h,
      x,
      k: 'principle' as const,
      p: 'summary' as const,
    });
    const rows = [
      ...Array.from({ length: 12 }, (_, n) =>
        principle(`/docs/s#p${n}`, 'Stewards', `The NSO acts as data steward in case ${n}.`),
      ),
      principle('/docs/title#p1', 'National statistical office roles', 'Its office publishes national figures.'),
      principle('/docs/heading#p0', 'Roles', 'Roles differ by country.'),
      principle('/docs/heading#p1', 'Roles', 'The office works nationally.', ['National statistical office']),
      principle('/docs/lead#p0', 'Counting', 'A national statistical office counts people.'),
      principle('/docs/lead#p1', 'Counting', 'Each office reports national totals.'),
      principle('/docs/none#p0', 'Teams', 'Teams vary.'),
      principle('/docs/none#p1', 'Teams', 'A national team used an office for statistical work.'),
    ].map((row, id) => ({ ...row, id }));
    const glossary = [{ term: 'National statistical office', forms: ['NSO'], url: '/g#nso' }];
    const small = await SearchEngine.load(JSON.parse(JSON.stringify(await buildIndexFile(rows, glossary))));
    const every = small.search('NSO steward', { limit: rows.length });
    expect(every.hits.slice(12).map((hit) => hit.record.u)).toEqual([
      '/docs/title#p1',
      '/docs/heading#p1',
      '/docs/lead#p0',
      '/docs/lead#p1',
    ]);
    const top = small.search('NSO steward', { limit: 1 });
    expect([top.total, top.hits[0]?.record.u]).toEqual([16, '/docs/s#p0']);
    expect(top.scored).toBeLessThan(16);
  });

  it('bounds every record’s score from above, per record and per coverage, and counts it exactly', () => {
    const holds = (record: AnalysedRecord, term: string) =>
      record.text.has(term) || record.title.has(term) || record.heading.has(term) || record.page.has(term);
    for (const query of TYPED) {
      const plan = engine.plan(query);
      if (plan.concepts.length === 0) continue;
      const context = { vocabulary, averageLength: 12 };
      const bounds = conceptBounds(plan, vocabulary);
      const terms = new Set(plan.terms);
      for (const record of analysed) {
        const score = scoreRecord(record, plan, context);
        // The concepts the record may match, as the engine's postings tell them.
        const held = plan.concepts.reduce(
          (bits, concept, index) =>
            concept.alternatives.some((alternative) => alternative.terms.every((term) => holds(record, term)))
              ? bits | (1 << index)
              : bits,
          0,
        );
        const count = plan.concepts.filter((_, index) => held & (1 << index)).length;
        // The concepts its page title and heading path may hold, as the section postings tell them.
        const inSection = plan.concepts.reduce(
          (bits, concept, index) =>
            concept.alternatives.some((alternative) =>
              alternative.terms.every(
                (term) => record.title.has(term) || record.heading.has(term) || record.ownHeadingTerms.has(term),
              ),
            )
              ? bits | (1 << index)
              : bits,
          0,
        );
        const where = `${query} ${record.record.u}`;
        expect(scoreBound(record, plan, held, bounds, terms), where).toBeGreaterThanOrEqual(score);
        expect(scoreBound(record, plan, held, bounds, terms, inSection), where).toBeGreaterThanOrEqual(score);
        // Knowing the section, the bound is tighter for a record whose section holds no concept.
        if (inSection === 0 && held !== 0)
          expect(scoreBound(record, plan, held, bounds, terms, inSection), where).toBeLessThan(
            scoreBound(record, plan, held, bounds, terms),
          );
        expect(coverageBound(bounds, count, plan.concepts.length), where).toBeGreaterThanOrEqual(score);
        expect(matchesPlan(record, plan, bounds, held), where).toBe(score > 0);
        expect(matchesPlan(record, plan, bounds), where).toBe(score > 0);
      }
    }
  });

  it('takes the limit as a whole number of results: 0 lists none, and counts stay', () => {
    const full = engine.search('citizen data', everything({ facets: true }));
    for (const [limit, listed] of [
      [0, 0],
      [-3, 0],
      [Number.NaN, 0],
      [2.7, 2],
      [Infinity, full.total],
    ]) {
      const response = engine.search('citizen data', { limit, facets: true });
      expect(response.hits, String(limit)).toHaveLength(listed!);
      expect(response.total).toBe(full.total);
      expect(response.facets).toEqual(full.facets);
    }
  });

  it('scores every record when a weight is 0, since a found term may then score nothing', () => {
    const weights = RANKING as unknown as Record<'heading' | 'ownHeading', number>;
    const saved = { heading: weights.heading, ownHeading: weights.ownHeading };
    weights.heading = 0;
    weights.ownHeading = 0;
    try {
      expect(pruningIsExact()).toBe(false);
      for (const query of TYPED) {
        const expected = reference(query, { facets: true });
        const response = engine.search(query, { limit: 1, facets: true });
        expect(view(response), query).toEqual({ ...expected, hits: expected.hits.slice(0, 1) });
      }
    } finally {
      Object.assign(weights, saved);
    }
    expect(pruningIsExact()).toBe(true);
  });
});

describe('postings', () => {
  it('visit exactly the records holding a term in the title, the heading path, the text or the page’s lead', () => {
    const postings = new Postings(analysed);
    for (const term of ['citizen', 'data', 'nso', 'particip', 'steward', 'nowhere']) {
      const visited = new Set<number>();
      postings.forEachHolder(term, (id) => visited.add(id));
      const expected = analysed
        .map((record, id) => ({ record, id }))
        .filter(
          ({ record }) =>
            record.title.has(term) || record.heading.has(term) || record.text.has(term) || record.page.has(term),
        )
        .map(({ id }) => id);
      expect(
        [...visited].sort((a, b) => a - b),
        term,
      ).toEqual(expected);
    }
  });

  it('list, once each and ascending, the records whose paragraph holds a phrase’s words side by side, in order', () => {
    const postings = new Postings(analysed);
    const phrases = [
      ['citizen', 'data'],
      ['data', 'citizen'],
      ['nation', 'statist', 'offic'],
      ['nowhere', 'data'],
    ];
    for (const terms of phrases) {
      // By definition: some position of the first word is followed by each next word, one step at a time.
      const expected = analysed.flatMap((record, id) =>
        (record.text.get(terms[0]!) ?? []).some((start) =>
          terms.every((term, offset) => record.text.get(term)?.includes(start + offset)),
        )
          ? [id]
          : [],
      );
      expect(postings.textPhraseHolders(terms), terms.join(' ')).toEqual(expected);
      // A second lookup answers from the cache, the same.
      expect(postings.textPhraseHolders(terms)).toEqual(expected);
    }
    expect(postings.textPhraseHolders(['citizen', 'data']).length).toBeGreaterThan(0);
    expect(postings.textPhraseHolders(['nowhere', 'data'])).toEqual([]);
    // More phrases than the cache keeps: answers stay the same, from the cache or read again.
    const before = postings.textPhraseHolders(['citizen', 'data']);
    for (let i = 0; i < 600; i += 1) postings.textPhraseHolders(['citizen', `word${i}`]);
    expect(postings.textPhraseHolders(['citizen', 'data'])).toEqual(before);
  });

  it('visit exactly the records holding a term in the page title or the heading path', () => {
    const postings = new Postings(analysed);
    for (const term of ['citizen', 'data', 'nso', 'particip', 'steward', 'nowhere']) {
      const visited = new Set<number>();
      postings.forEachSectionHolder(term, (id) => visited.add(id));
      const expected = analysed.flatMap((record, id) =>
        record.title.has(term) || record.heading.has(term) || record.ownHeadingTerms.has(term) ? [id] : [],
      );
      expect(
        [...visited].sort((a, b) => a - b),
        term,
      ).toEqual(expected);
    }
  });
});
