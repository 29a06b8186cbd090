/**
 * The per-record view the ranking reads: which terms the page title and the heading path hold,
 * and where each term occurs in the paragraph. Computed once per record when the index loads.
 *
 * Pure: no DOM, no Node APIs.
 */
import { isDigestRoute } from '../contentTypes';
import type { SearchRecord } from './record';
import { ENGLISH, termsOfToken, type Tokenizer } from './tokenize';

export interface AnalysedRecord {
  record: SearchRecord;
  title: ReadonlySet<string>;
  heading: ReadonlySet<string>;
  /** Terms of the paragraph's own section heading (the deepest one; the page title for a page's lead). */
  ownHeading: readonly string[];
  /** The same, with compounds and symbol parts, for matching. */
  ownHeadingTerms: ReadonlySet<string>;
  /** Terms of the page's lead paragraph, shared by every record of the page (what the page is about). */
  page: ReadonlySet<string>;
  /** Term → its positions among the paragraph's terms (symbol parts and compounds share their token's position). */
  text: ReadonlyMap<string, number[]>;
  /** Number of terms in the paragraph. */
  length: number;
  /** Position of the paragraph in its page (0 = first). */
  pageIndex: number;
  /** The paragraph is on a digest page, which restates what topic pages hold (see `isDigestRoute`). */
  digest: boolean;
}

/**
 * @param surfaces - when given, receives every written (folded) word of the record with its term,
 *   for the vocabulary's completions and corrections
 * @param page - terms of the page's lead, when this is not the lead itself
 * @param digest - whether the page is a digest (see `isDigestRoute`), when the caller knows it
 * @param tokenizer - the index language's tokenizer
 */
export function analyseRecord(
  record: SearchRecord,
  pageIndex = 0,
  surfaces?: Map<string, string>,
  page?: ReadonlySet<string>,
  digest = isDigestRoute(record.u),
  tokenizer: Tokenizer = ENGLISH,
): AnalysedRecord {
  const tokenize = (value: string) => tokenizer.tokenize(value);
  const indexTerms = (value: string) => tokenizer.indexTerms(value);
  const text = new Map<string, number[]>();
  const tokens = tokenize(record.x);
  if (surfaces) {
    for (const token of [...tokens, ...tokenize(`${record.t} ${record.h.join(' ')}`)])
      if (token.surface !== undefined && !surfaces.has(token.surface)) surfaces.set(token.surface, token.term);
  }
  tokens.forEach((token, position) => {
    for (const term of termsOfToken(token)) {
      const positions = text.get(term) ?? [];
      positions.push(position);
      text.set(term, positions);
    }
  });
  return {
    record,
    title: new Set(indexTerms(record.t)),
    heading: new Set(indexTerms(record.h.join(' '))),
    // The heading's words only (no compounds or symbol parts): the exact-heading rule compares
    // them with the words of the query.
    // A page's lead (the paragraphs before its first heading) stands under the page title.
    ownHeading: [...new Set(tokenize(record.h.at(-1) ?? record.t).map((token) => token.term))],
    ownHeadingTerms: new Set(record.h.length > 0 ? indexTerms(record.h.at(-1) ?? '') : []),
    page: page ?? new Set(text.keys()),
    text,
    length: tokens.length,
    pageIndex,
    digest,
  };
}

/** Every distinct term of a record, for the vocabulary. */
export function recordTerms(analysed: AnalysedRecord): Iterable<string> {
  return new Set([...analysed.title, ...analysed.heading, ...analysed.text.keys()]);
}

/**
 * How often the paragraph holds `terms` side by side, in order. A form of several words (a glossary
 * or synonym form such as "state actors" or "citizen data", or a closed word split in two) counts
 * only there, as in a quoted phrase: "state" in one sentence and "actors" in the next is not the
 * concept. Stop words between them do not count ("office of the country").
 */
export function textFrequency(record: AnalysedRecord, terms: readonly string[]): number {
  let frequency = 0;
  for (const start of record.text.get(terms[0] ?? '') ?? []) if (togetherAt(record, terms, start)) frequency += 1;
  return frequency;
}

/** Whether the paragraph holds `terms` side by side, in order, somewhere (`textFrequency` > 0). */
export function textHoldsPhrase(record: AnalysedRecord, terms: readonly string[]): boolean {
  for (const start of record.text.get(terms[0] ?? '') ?? []) if (togetherAt(record, terms, start)) return true;
  return false;
}

/**
 * Whether the terms after the first follow it at `start`, side by side and in order. A loop, not
 * callbacks: it runs for every candidate of every keystroke.
 */
function togetherAt(record: AnalysedRecord, terms: readonly string[], start: number): boolean {
  for (let next = 1; next < terms.length; next += 1)
    if (!record.text.get(terms[next]!)?.includes(start + next)) return false;
  return true;
}

/**
 * Whether the paragraph, its heading path or its page title holds the terms in this order, next
 * to each other (stop words between them do not count: "office of the country" holds
 * "office country").
 */
export function holdsPhrase(
  record: AnalysedRecord,
  phrase: readonly string[],
  tokenizer: Tokenizer = ENGLISH,
): boolean {
  const tokenize = (value: string) => tokenizer.tokenize(value);
  const [first, ...rest] = phrase;
  if (first === undefined) return true;
  if (textHoldsPhrase(record, phrase)) return true;
  const inSequence = (terms: readonly string[]): boolean =>
    terms.some((term, index) => term === first && rest.every((next, offset) => terms[index + offset + 1] === next));
  return (
    inSequence(tokenize(record.record.t).map((token) => token.term)) ||
    record.record.h.some((heading) => inSequence(tokenize(heading).map((token) => token.term)))
  );
}
