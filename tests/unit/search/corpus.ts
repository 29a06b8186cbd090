/** A small corpus of records and glossary terms for engine tests: realistic text, known answers. */
import { buildIndexFile, buildIndexParts } from '../../../src/shared/search/indexFile';
import { DEFAULT_OPTIONS } from '../../../src/plugins/search/options';
import { SearchEngine } from '../../../src/shared/search/engine';
import type { SearchGlossaryTerm, SearchIndexFile, SearchRecord } from '../../../src/shared/search/record';

type Row = Omit<SearchRecord, 'id'>;

export const ROWS: Row[] = [
  {
    u: '/docs/definition#p-def',
    t: 'Definition',
    h: [],
    k: 'definition',
    p: 'summary',
    x: 'Citizen data are data produced by initiatives that citizens start themselves or are sufficiently engaged in, at least at the design and/or collection stage of the data value chain.',
  },
  {
    u: '/docs/principles#p-participation',
    t: 'Guiding principles',
    h: ['Participation'],
    k: 'principle',
    p: 'pending',
    x: 'Participation of the people concerned runs through every stage of a citizen data initiative.',
  },
  {
    u: '/docs/principles#p-partners',
    t: 'Guiding principles',
    h: ['Partnership'],
    k: 'principle',
    p: 'summary',
    x: 'National statistical offices and civil society organisations work as partners, with marginalised groups at the table.',
  },
  {
    u: '/docs/enabling-environment#p-nso',
    t: 'Enabling environment',
    h: ['Roles', 'Official statistics'],
    k: 'enabling-environment',
    p: 'summary',
    x: 'The NSO can act as a data steward that validates citizen data before it is used alongside official statistics.',
  },
  {
    u: '/docs/roadmap#p-2030',
    t: 'Roadmap',
    h: ['Milestones'],
    k: 'roadmap',
    p: 'pending',
    x: 'The data programme runs to 2030 and reports against SDG indicator 16.3.1; progress is documented in E/CN.3/2026/13.',
  },
  {
    u: '/docs/background/glossary#term-nso',
    t: 'Glossary',
    h: ['National statistical office (NSO)'],
    k: 'glossary',
    p: 'summary',
    x: 'The government body that produces a country’s official statistics.',
  },
  {
    u: '/docs/background/glossary#term-cso',
    t: 'Glossary',
    h: ['Civil society organization (CSO)'],
    k: 'glossary',
    p: 'summary',
    x: 'A non-state, not-for-profit organization formed by people in the social sphere.',
  },
  {
    u: '/docs/background/timeline#p-55th',
    t: 'Timeline',
    h: ['2024'],
    k: 'background',
    p: 'summary',
    x: 'The draft Framework was presented to the 55th session of the Statistical Commission in February 2024.',
  },
  {
    u: '/blog/2024/02/26/side-event#objectives',
    t: 'Side event at the 55th session',
    h: ['Objectives'],
    k: 'blog',
    p: 'summary',
    x: 'The side event gathered feedback from NSOs and CSOs on the draft Framework, at the centre of inclusive data.',
  },
  {
    u: '/docs/background/collaborative#p-hrbad',
    t: 'The Collaborative',
    h: ['Related frameworks'],
    k: 'background',
    p: 'summary',
    x: 'The principles are guided by the human rights-based approach to data (HRBAD) and the call to leave no one behind.',
  },
];

export const GLOSSARY_TERMS: SearchGlossaryTerm[] = [
  { term: 'National statistical office', forms: ['NSO'], url: '/docs/background/glossary#term-nso' },
  { term: 'Civil society organization', forms: ['CSO'], url: '/docs/background/glossary#term-cso' },
  { term: 'Human rights-based approach to data', forms: ['HRBAD'], url: '/docs/background/glossary#term-hrbad' },
  { term: 'Leave no one behind', forms: ['LNOB'], url: '/docs/background/glossary#term-lnob' },
  { term: 'Citizen data', forms: [], url: '/docs/background/glossary#term-citizen-data' },
];

export const RECORDS: SearchRecord[] = ROWS.map((row, id) => ({ ...row, id }));

export async function corpusFile(): Promise<SearchIndexFile> {
  // Through JSON, as the browser receives it.
  return JSON.parse(JSON.stringify(await buildIndexFile(RECORDS, GLOSSARY_TERMS))) as SearchIndexFile;
}

export async function corpusEngine(): Promise<SearchEngine> {
  return SearchEngine.load(await corpusFile());
}

/**
 * The corpus as the plugin publishes it by default, in two parts: the Framework's components and
 * the glossary, then the rest (records renumbered in that order).
 */
export async function corpusParts(): Promise<SearchIndexFile[]> {
  const first = new Set<string>(DEFAULT_OPTIONS.parts.flat());
  const ordered = [...ROWS.filter((row) => first.has(row.k)), ...ROWS.filter((row) => !first.has(row.k))];
  const records = ordered.map((row, id) => ({ ...row, id }));
  const split = ROWS.filter((row) => first.has(row.k)).length;
  const parts = await buildIndexParts([records.slice(0, split), records.slice(split)], GLOSSARY_TERMS);
  return JSON.parse(JSON.stringify(parts)) as SearchIndexFile[];
}

/** URLs of the results, best first. */
export function urls(engine: SearchEngine, query: string, limit = 10): string[] {
  return engine.search(query, { limit }).hits.map((hit) => hit.record.u);
}

/**
 * Each query, then its prefixes every `step` characters, as a reader's keystrokes send them
 * (step 3: "cit", "citize", …).
 */
export function asTyped(queries: readonly string[], step: number): string[] {
  return queries.flatMap((query) => [
    query,
    ...Array.from({ length: Math.floor(query.length / step) }, (_, i) => query.slice(0, (i + 1) * step)),
  ]);
}
