/**
 * The index in parts on the real build, in every language: once every part is loaded, the engine
 * answers exactly as one file holding the same records would (hits, scores, totals, facets, and
 * the plan's unknown and translated words). The unit tests check this on an English corpus; here
 * each locale's own analyser, its marked terms (TERM_MARK), its translated section names and its
 * glossary translations take part, with the locale's query sets and their prefixes as typed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltIndex } from '../../src/plugins/search/loadBuiltIndex';
import { SearchEngine, type SearchOptions } from '../../src/shared/search/engine';
import { buildIndexFile } from '../../src/shared/search/indexFile';
import type { SearchIndexFile, SearchRecord } from '../../src/shared/search/record';
import type { RelevanceCase } from '../../src/shared/search/relevance';
import { asTyped } from '../unit/search/corpus';

const ROOT = path.resolve(__dirname, '../..');
const LOCALES = [
  { locale: 'en', dir: 'build', sets: ['queries.json', 'queries.heldout.json'] },
  { locale: 'fr', dir: 'build/fr', sets: ['queries.fr.heldout.json'] },
  { locale: 'es', dir: 'build/es', sets: ['queries.es.heldout.json'] },
  { locale: 'ar', dir: 'build/ar', sets: ['queries.ar.heldout.json'] },
];
const OPTIONS: SearchOptions[] = [{ limit: 10 }, { limit: Infinity, facets: true }];

/** What a reader sees of a response (facets with their keys in a fixed order). */
function seen(engine: SearchEngine, query: string, options: SearchOptions) {
  const { hits, total, facets, plan } = engine.search(query, options);
  const sorted = (counts: Record<string, number | undefined>) => Object.entries(counts).sort();
  return {
    hits: hits.map((hit) => [hit.record.u, hit.score]),
    total,
    facets: facets && { types: sorted(facets.types), provenances: sorted(facets.provenances) },
    unknown: plan.unknown,
    translated: plan.translated,
  };
}

describe.each(LOCALES)('the $locale index in parts', ({ dir, sets }) => {
  it('answers, once complete, as one file with the same records', async () => {
    const built = await loadBuiltIndex(path.join(ROOT, dir));
    expect(built.files.length, 'the build publishes the index in parts').toBeGreaterThan(1);
    const first = JSON.parse(built.json[0]!) as SearchIndexFile;
    const records: SearchRecord[] = Array.from({ length: built.engine.size }, (_, id) => built.engine.record(id));
    const oneFile = await SearchEngine.load(
      JSON.parse(JSON.stringify(await buildIndexFile(records, first.glossary, first.l, first.concepts ?? []))),
    );
    const queries = sets.flatMap((file) =>
      (JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/search', file), 'utf8')) as RelevanceCase[]).map(
        (entry) => entry.q,
      ),
    );
    const typed = asTyped(queries, 4);
    let hits = 0;
    for (const query of typed)
      for (const options of OPTIONS) {
        const expected = seen(oneFile, query, options);
        expect(seen(built.engine, query, options), `${query} ${JSON.stringify(options)}`).toEqual(expected);
        hits += expected.hits.length;
      }
    expect(hits).toBeGreaterThan(1000);
  });
});
