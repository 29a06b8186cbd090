/**
 * Acronyms read from the names the text spells out (src/shared/search/nameAcronyms.ts): the
 * reading rules on plain strings, then an index built with them, which finds a name by its
 * acronym although the text never writes the acronym.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/shared/search/engine';
import { buildIndexParts } from '../../../src/shared/search/indexFile';
import { nameAcronyms } from '../../../src/shared/search/nameAcronyms';
import type { SearchIndexFile, SearchRecord } from '../../../src/shared/search/record';

const acronyms = (...texts: string[]): Record<string, string> =>
  Object.fromEntries(nameAcronyms(texts).map(([acronym, name]) => [acronym!, name!]));

describe('nameAcronyms', () => {
  it('takes one letter per capitalised word and skips the small words inside a name', () => {
    expect(acronyms('Its partner, the Global Partnership for Sustainable Development Data, agrees.')).toMatchObject({
      GPSDD: 'Global Partnership for Sustainable Development Data',
    });
  });

  it('keeps every letter of a word in capitals and one per part of a hyphenated word', () => {
    const found = acronyms(
      'It went to the UN Statistical Commission in March.',
      'Its six principles follow a Human Rights-Based Approach to Data in full.',
    );
    expect(found.UNSC).toBe('UN Statistical Commission');
    expect(found.HRBAD).toBe('Human Rights-Based Approach to Data');
    // The head of a long name, before "to", "of", "for" or "on", is a name too.
    expect(found.HRBA).toBe('Human Rights-Based Approach');
  });

  it('never counts an article, or the word an apostrophe-s ends, as part of a name', () => {
    const found = acronyms('We quote the Danish Institute for Human Rights. UNSD’s Open Data Watch partner spoke.');
    expect(found.DIHR).toBe('Danish Institute for Human Rights');
    expect(found.TDIHR).toBeUndefined();
    expect(Object.keys(found).some((acronym) => acronym.startsWith('UNSDO'))).toBe(false);
    expect(found.ODW).toBe('Open Data Watch');
  });

  it('reads a run that starts a sentence with and without its first word', () => {
    const found = acronyms('Under Open Data Watch rules, nothing changes.');
    expect(found.ODW).toBe('Open Data Watch');
  });

  it('drops an acronym two different names share, and one the text uses as an ordinary word', () => {
    const found = acronyms(
      'The Collaborative on Citizen Data met. Citizen Contributions to Data were counted.',
      'Advancing Inclusive Data Systems is a programme; aids were handed out.',
    );
    expect(found.CCD).toBeUndefined();
    expect(found.AIDS).toBeUndefined();
  });

  it('needs two capitalised words and three to eight letters', () => {
    expect(acronyms('Open data. We met Maria Lopez. World Bank staff came.')).toEqual({});
  });

  it('counts spellings of one name as one name when told how (plurals, possessives)', () => {
    const texts = ['It counts each Sustainable Development Goal.', 'It counts all Sustainable Development Goals.'];
    expect(nameAcronyms(texts)).toEqual([]);
    const singular = (name: string) => name.replace(/s$/, '');
    expect(nameAcronyms(texts, singular)).toEqual([['SDG', 'Sustainable Development Goal']]);
  });
});

describe('an index with the acronyms of its names', () => {
  const record = (id: number, u: string, x: string): SearchRecord => ({
    id,
    u,
    t: 'Partners',
    h: [],
    k: 'background',
    p: 'summary',
    x,
  });
  const records = [
    record(
      0,
      '/a#gp',
      'The Global Partnership for Sustainable Development Data sums the principles up in five themes.',
    ),
    record(1, '/a#themes', 'Themes of the meeting were listed in the programme.'),
    record(2, '/b#unsc', 'The UN Statistical Commission endorsed the Framework in 2025.'),
    record(3, '/b#other', 'The commission of experts met in 2024.'),
  ];

  it('publishes them with the first part, and finds a name by its acronym', async () => {
    const [first, second] = await buildIndexParts([records.slice(0, 2), records.slice(2)], []);
    expect(first!.names).toEqual(
      expect.arrayContaining([
        ['GPSDD', 'Global Partnership for Sustainable Development Data'],
        ['UNSC', 'UN Statistical Commission'],
      ]),
    );
    expect(second!.names).toBeUndefined();
    const engine = await SearchEngine.loadParts(JSON.parse(JSON.stringify([first, second])) as SearchIndexFile[]);
    const top = (query: string) => engine.search(query, { limit: 3 }).hits[0]?.record.u;
    expect(top('GPSDD')).toBe('/a#gp');
    expect(top('GPSDD themes')).toBe('/a#gp');
    expect(top('unsc 2025')).toBe('/b#unsc');
    expect(engine.plan('GPSDD').unknown).toEqual([]);
  });
});
