/**
 * Builds and reads the published index file: records in, a FlexSearch export plus the glossary
 * out, and back. Used by the build plugin, the dev-mode index, the CLI, the benchmark and tests,
 * so there is one way to make an index.
 *
 * The file records its language (`l`): the reader tokenizes with that language's analyser, so
 * builder and reader cannot disagree, and a reader that expects another language (the manifest's,
 * or the page's locale) fails with a message rather than answering silently wrong.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { Document } from 'flexsearch';
import { CONTENT_TYPES } from '../contentTypes';
import { createDocumentIndex } from './indexOptions';
import { isSearchLanguage, type SearchLanguage } from './language';
import { nameAcronyms } from './nameAcronyms';
import { INDEX_FORMAT_VERSION, type SearchGlossaryTerm, type SearchIndexFile, type SearchRecord } from './record';
import { tokenizerFor, type Tokenizer } from './tokenize';

/**
 * Builds one part of an index (or a whole one).
 * @param records - in id order, consecutive from the first's id (0 for a whole index or its first part)
 * @param language - the index's language, whose analyser cuts every field
 * @param concepts - named concepts besides the glossary, with translations (see `SearchIndexFile`)
 * @param names - the acronyms of the names the index's text spells out (by default, those of
 *   `records`: a whole index; a part is given the whole index's, or none)
 * @returns the file's content, ready to be serialised
 * @throws Error when the ids are not consecutive
 */
export async function buildIndexFile(
  records: readonly SearchRecord[],
  glossary: readonly SearchGlossaryTerm[],
  language: SearchLanguage = 'en',
  concepts: readonly SearchGlossaryTerm[] = [],
  names: readonly string[][] = acronymsOfNames(records, language),
): Promise<SearchIndexFile> {
  const first = records[0]?.id ?? 0;
  const index = createDocumentIndex(tokenizerFor(language));
  records.forEach((record, position) => {
    if (record.id !== first + position)
      throw new Error(
        `Search record ids must be consecutive, ${first} … ${first + records.length - 1}; record ${position} has id ${record.id}.`,
      );
    index.add(record);
  });
  const keys: Record<string, string> = {};
  await index.export((key: string, data: string) => {
    keys[key] = data;
  });
  const types = new Set(records.map((record) => record.k));
  return {
    v: INDEX_FORMAT_VERSION,
    l: language,
    first,
    n: records.length,
    types: CONTENT_TYPES.filter((type) => types.has(type)),
    keys,
    glossary: [...glossary],
    ...(concepts.length > 0 && { concepts: [...concepts] }),
    ...(names.length > 0 && { names: names.map((group) => [...group]) }),
  };
}

/**
 * Builds an index in parts, to be loaded in order (see `SearchManifest`).
 * @param parts - each part's records; the ids run on from part to part, from 0
 * @returns one file per part; the first carries the glossary, the concepts and the acronyms of the
 *   names in every part's text, which serve them all
 * @throws Error when the ids do not run on from 0, a part is empty, or a page's records are in two
 *   parts (a page's records share its lead, which the reader finds within one part)
 */
export async function buildIndexParts(
  parts: readonly (readonly SearchRecord[])[],
  glossary: readonly SearchGlossaryTerm[],
  language: SearchLanguage = 'en',
  concepts: readonly SearchGlossaryTerm[] = [],
): Promise<SearchIndexFile[]> {
  const files: SearchIndexFile[] = [];
  const pagePart = new Map<string, number>();
  let next = 0;
  for (const [position, records] of parts.entries()) {
    for (const record of records) {
      const page = record.u.split('#')[0] ?? '';
      const seen = pagePart.get(page) ?? position;
      if (seen !== position)
        throw new Error(`Search index parts ${seen + 1} and ${position + 1} both hold records of the page ${page}.`);
      pagePart.set(page, position);
    }
    if (records.length === 0 && parts.length > 1) throw new Error(`Search index part ${position + 1} is empty.`);
    if ((records[0]?.id ?? next) !== next)
      throw new Error(`Search index part ${position + 1} starts at record ${records[0]?.id}, not ${next}.`);
    files.push(
      position === 0
        ? await buildIndexFile(records, glossary, language, concepts, acronymsOfNames(parts.flat(), language))
        : await buildIndexFile(records, [], language, [], []),
    );
    next += records.length;
  }
  return files;
}

/** The acronyms of the names in the records' titles, headings and text (`nameAcronyms.ts`). */
function acronymsOfNames(records: readonly SearchRecord[], language: SearchLanguage): string[][] {
  const tokenizer = tokenizerFor(language);
  const terms = (name: string) =>
    tokenizer
      .tokenize(name)
      .map((token) => token.term)
      .join(' ');
  const pages = new Set<string>();
  function* texts(): Generator<string> {
    for (const record of records) {
      const page = record.u.split('#')[0] ?? '';
      if (!pages.has(page)) yield record.t;
      pages.add(page);
      yield* record.h;
      yield record.x;
    }
  }
  return nameAcronyms(texts(), terms);
}

/**
 * Checks that an index (or its manifest) is in the language a reader expects.
 * @param found - the language the file records
 * @param expected - the reader's language (absent: any)
 * @throws Error naming both languages when they differ, or when the file records none the
 *   search knows
 */
export function checkIndexLanguage(found: unknown, expected?: SearchLanguage, what = 'Search index'): SearchLanguage {
  if (!isSearchLanguage(found))
    throw new Error(`${what} records no known language (${String(found)}); rebuild the site.`);
  if (expected !== undefined && found !== expected)
    throw new Error(
      `${what} is in "${found}" but this page searches in "${expected}": the index was built for another locale.`,
    );
  return found;
}

/**
 * Re-creates the index and its records from a published file.
 * @param expected - the language the reader expects (the manifest's or the page's), when it knows it
 * @throws Error when the file's format or language is not the expected one, or a record is missing
 */
export async function readIndexFile(
  file: SearchIndexFile,
  expected?: SearchLanguage,
): Promise<{ index: Document<SearchRecord>; records: SearchRecord[]; tokenizer: Tokenizer }> {
  if (file.v !== INDEX_FORMAT_VERSION) {
    throw new Error(`Search index format ${file.v} is not the expected ${INDEX_FORMAT_VERSION}; rebuild the site.`);
  }
  const tokenizer = tokenizerFor(checkIndexLanguage(file.l, expected));
  const index = createDocumentIndex(tokenizer);
  for (const [key, data] of Object.entries(file.keys)) await index.import(key, data);
  const records: SearchRecord[] = [];
  for (let id = file.first; id < file.first + file.n; id += 1) {
    const stored = index.get(id) as Omit<SearchRecord, 'id'> | null;
    if (!stored) throw new Error(`Search index is missing record ${id}; rebuild the site.`);
    records.push({ ...stored, id });
  }
  return { index, records, tokenizer };
}
