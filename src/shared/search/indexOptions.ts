/**
 * The FlexSearch Document options, in one place for the builder and every reader. FlexSearch's
 * export does not carry its configuration: an index imported with other options answers
 * silently wrong. So nobody constructs a Document for search anywhere else.
 *
 * - Every field uses our tokenizer (`encode`), never FlexSearch's default encoder, which cuts
 *   "2030" into "203" + "0" and splits Arabic words at hamza.
 * - Every field is `strict` (whole terms): prefixes, corrections and synonyms are resolved to
 *   whole terms by the query plan, so the index stays about a third of a `forward` one.
 * - The store holds exactly what results display and rank.
 *
 * Pure: no DOM, no Node APIs.
 */
import { Document, type DocumentOptions } from 'flexsearch';
import type { SearchRecord } from './record';
import { indexTerms } from './tokenize';

/** Fields FlexSearch indexes: page title, heading path, paragraph text. */
export const INDEXED_FIELDS = ['t', 'h', 'x'] as const;
/** Fields FlexSearch stores and returns. */
export const STORED_FIELDS = ['u', 't', 'h', 'k', 'p', 'x'] as const;

function options(): DocumentOptions<SearchRecord> {
  return {
    document: {
      id: 'id',
      index: INDEXED_FIELDS.map((field) => ({ field, tokenize: 'strict' as const, encode: indexTerms })),
      store: [...STORED_FIELDS],
    },
  };
}

/** @returns an empty index with the one shared configuration */
export function createDocumentIndex(): Document<SearchRecord> {
  return new Document<SearchRecord>(options());
}
