/**
 * The per-record view the ranking reads: which terms the page title and the heading path hold,
 * and where each term occurs in the paragraph. Computed once per record when the index loads.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { SearchRecord } from './record';
import { indexTerms, tokenize } from './tokenize';

export interface AnalysedRecord {
  record: SearchRecord;
  title: ReadonlySet<string>;
  heading: ReadonlySet<string>;
  /** Terms of the paragraph's own section heading (the deepest one; none for a page's lead). */
  ownHeading: readonly string[];
  /** Term → its positions among the paragraph's terms (symbol parts share their symbol's position). */
  text: ReadonlyMap<string, number[]>;
  /** Number of terms in the paragraph. */
  length: number;
  /** Position of the paragraph in its page (0 = first). */
  pageIndex: number;
}

export function analyseRecord(record: SearchRecord, pageIndex = 0): AnalysedRecord {
  const text = new Map<string, number[]>();
  const tokens = tokenize(record.x);
  tokens.forEach((token, position) => {
    for (const term of token.kind === 'symbol' ? indexTerms(token.term) : [token.term]) {
      const positions = text.get(term) ?? [];
      positions.push(position);
      text.set(term, positions);
    }
  });
  return {
    record,
    title: new Set(indexTerms(record.t)),
    heading: new Set(indexTerms(record.h.join(' '))),
    ownHeading: record.h.length > 0 ? [...new Set(indexTerms(record.h.at(-1) ?? ''))] : [],
    text,
    length: tokens.length,
    pageIndex,
  };
}

/** Every distinct term of a record, for the vocabulary. */
export function recordTerms(analysed: AnalysedRecord): Iterable<string> {
  return new Set([...analysed.title, ...analysed.heading, ...analysed.text.keys()]);
}
