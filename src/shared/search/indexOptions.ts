/**
 * The FlexSearch Document options, in one place for the builder and every reader. FlexSearch's
 * export does not carry its configuration: an index imported with other options answers
 * silently wrong. So nobody constructs a Document for search anywhere else.
 *
 * - Every field uses our tokenizer (`encode`), the index language's one, never FlexSearch's default encoder, which cuts
 *   "2030" into "203" + "0" and splits Arabic words at hamza.
 * - Every field is `strict` (whole terms): prefixes, corrections and synonyms are resolved to
 *   whole terms by the query plan, so the index stays about a third of a `forward` one.
 * - The store holds exactly what results display and rank.
 *
 * Pure: no DOM, no Node APIs.
 */
import { Document, type DocumentOptions } from 'flexsearch';
import type { SearchRecord } from './record';
import { ENGLISH, type Tokenizer } from './tokenize';

/** Fields FlexSearch indexes: page title, heading path, paragraph text. */
export const INDEXED_FIELDS = ['t', 'h', 'x'] as const;
/** Fields FlexSearch stores and returns. */
export const STORED_FIELDS = ['u', 't', 'h', 'k', 'p', 'x'] as const;

function options(tokenizer: Tokenizer): DocumentOptions<SearchRecord> {
  const encode = (text: string): string[] => tokenizer.indexTerms(text);
  return {
    document: {
      id: 'id',
      index: INDEXED_FIELDS.map((field) => ({ field, tokenize: 'strict' as const, encode })),
      store: [...STORED_FIELDS],
    },
  };
}

/**
 * @param tokenizer - the index language's tokenizer (English when absent)
 * @returns an empty index with the one shared configuration
 */
export function createDocumentIndex(tokenizer: Tokenizer = ENGLISH): Document<SearchRecord> {
  return new Document<SearchRecord>(options(tokenizer));
}
