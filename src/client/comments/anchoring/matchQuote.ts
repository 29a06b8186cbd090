/**
 * Finds a stored quote in a paragraph's current text: exactly first, then approximately.
 *
 * Follows Hypothesis' weighting of quote, prefix, suffix and position (see
 * shared/reference/comments-anchors.md §3.2) with one deliberate difference: an approximate match
 * must clear a minimum score, and the quote itself must still be mostly intact. Hypothesis accepts
 * any candidate within its edit budget, which is how its comments land on lookalike text
 * (hypothesis/client #7571). A quote we cannot place confidently is reported as unplaced, so the
 * reader sees it under "Comments on earlier wording" instead of on the wrong words.
 *
 * Pure: no DOM.
 */
import type { TextPosition, TextQuote } from '../../../shared/annotations';
import { approximateMatches, similarity } from './editDistance';

/** Where a quote was found in a paragraph's text, and how confidently. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Combined score in [0, 1]. */
  score: number;
  /** True when the quote was found verbatim. */
  exact: boolean;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** An approximate match needs at least this much of the quote intact (1 - edits / length). */
export const MIN_QUOTE_SIMILARITY = 0.8;
/** …and at least this combined score, so a damaged quote also needs its context to agree. */
export const MIN_FUZZY_SCORE = 0.7;
/** Candidates examined per quote: bounds the work on long paragraphs with repeated wording. */
const MAX_CANDIDATES = 40;

function contextScore(stored: string, actual: string): number {
  if (!stored) return actual ? 0.5 : 1;
  return similarity(stored, actual);
}

function score(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
  quoteSimilarity: number,
  hint?: TextPosition,
): number {
  const prefix = contextScore(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffix = contextScore(quote.suffix, text.slice(end, end + quote.suffix.length));
  const position = hint ? 1 - Math.min(1, Math.abs(start - hint.start) / Math.max(1, text.length)) : 0.5;
  return (
    (WEIGHTS.quote * quoteSimilarity +
      WEIGHTS.prefix * prefix +
      WEIGHTS.suffix * suffix +
      WEIGHTS.position * position) /
    TOTAL_WEIGHT
  );
}

function exactMatch(text: string, quote: TextQuote, hint?: TextPosition): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const candidate = { start: at, end: at + quote.exact.length, exact: true, score: 0 };
    candidate.score = score(text, quote, candidate.start, candidate.end, 1, hint);
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

function fuzzyMatch(text: string, quote: TextQuote, hint?: TextPosition): QuoteMatch | null {
  const length = quote.exact.length;
  const budget = Math.floor(length * (1 - MIN_QUOTE_SIMILARITY));
  if (budget < 1) return null;
  let best: QuoteMatch | null = null;
  for (const candidate of approximateMatches(text, quote.exact, budget).slice(0, MAX_CANDIDATES)) {
    const quoteSimilarity = 1 - candidate.errors / length;
    const total = score(text, quote, candidate.start, candidate.end, quoteSimilarity, hint);
    if (!best || total > best.score) best = { start: candidate.start, end: candidate.end, score: total, exact: false };
  }
  return best && best.score >= MIN_FUZZY_SCORE ? best : null;
}

/**
 * Places a quote in a paragraph's text.
 *
 * @param text - the paragraph's current text
 * @param quote - the stored TextQuoteSelector
 * @param hint - the stored TextPositionSelector, used only to break ties
 * @returns where the quote is now, or `null` when it cannot be placed with confidence
 */
export function matchQuote(text: string, quote: TextQuote, hint?: TextPosition): QuoteMatch | null {
  if (!quote.exact) return null;
  return exactMatch(text, quote, hint) ?? fuzzyMatch(text, quote, hint);
}
