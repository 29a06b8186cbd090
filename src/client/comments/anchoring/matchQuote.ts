/**
 * Finds a stored quote in a paragraph's current text: exactly first, then approximately.
 *
 * The approximate search is `approx-string-match` (Myers' bit-parallel algorithm), the library
 * Hypothesis anchors with; the scoring follows Hypothesis' weighting of quote, prefix, suffix and
 * position (shared/reference/comments-anchors.md §3.2). On top of it, three rules of our own keep
 * a comment off words it did not quote, since a comment on the wrong words is worse than one
 * listed under "Comments on earlier wording" (hypothesis/client #7571):
 *
 * - **Word boundaries.** A match starts and ends where the stored quote did: on a word boundary
 *   unless the reader had selected part of a word. A match can never begin inside "presented".
 * - **A similarity floor that scales with length.** Short quotes must match exactly and long
 *   ones may have lost up to a fifth of their characters (`minQuoteSimilarity`), so a short
 *   common phrase cannot stand in for a removed sentence.
 * - **A minimum combined score**, so a damaged quote also needs its context to agree.
 *
 * Text and quote are compared in Unicode NFC (the service stores quotes in NFC), and offsets are
 * reported in the paragraph text as given.
 *
 * Pure: no DOM.
 */
import search from 'approx-string-match';
import type { TextPosition, TextQuote } from '../../../shared/annotations';

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

/** Quotes this long or longer may have lost up to a fifth of their characters… */
export const LONG_QUOTE = 60;
/** …and quotes this short or shorter must be found verbatim; in between, the floor is linear. */
export const SHORT_QUOTE = 20;
/** The floor for long quotes. */
export const MIN_LONG_QUOTE_SIMILARITY = 0.8;
/** An approximate match needs at least this combined score, so its context must agree too. */
export const MIN_FUZZY_SCORE = 0.7;
/** Candidates examined per quote: bounds the work on long paragraphs with repeated wording. */
const MAX_CANDIDATES = 40;

/**
 * The least similarity (1 - edits / length) an approximate match of a quote of `length`
 * characters must have: 1 up to `SHORT_QUOTE`, falling linearly to `MIN_LONG_QUOTE_SIMILARITY`
 * at `LONG_QUOTE` and beyond.
 */
export function minQuoteSimilarity(length: number): number {
  if (length <= SHORT_QUOTE) return 1;
  if (length >= LONG_QUOTE) return MIN_LONG_QUOTE_SIMILARITY;
  const t = (length - SHORT_QUOTE) / (LONG_QUOTE - SHORT_QUOTE);
  return 1 - t * (1 - MIN_LONG_QUOTE_SIMILARITY);
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** True when offset `at` of `text` is not between two word characters. */
export function isWordBoundary(text: string, at: number): boolean {
  return !(isWord(text[at - 1]) && isWord(text[at]));
}

/** Which ends of the stored quote were on word boundaries when it was written. */
function storedBoundaries(quote: TextQuote): { start: boolean; end: boolean } {
  return {
    start: !(isWord(quote.prefix.at(-1)) && isWord(quote.exact[0])),
    end: !(isWord(quote.exact.at(-1)) && isWord(quote.suffix[0])),
  };
}

/** Similarity of a stored context string to the text now in its place (Hypothesis' approach). */
function contextScore(stored: string, actual: string): number {
  if (!stored) return actual ? 0.5 : 1;
  if (!actual) return 0;
  const best = search(actual, stored, stored.length)[0];
  return best ? 1 - best.errors / stored.length : 0;
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

function bestOf(
  text: string,
  quote: TextQuote,
  candidates: Iterable<{ start: number; end: number; errors: number }>,
  hint: TextPosition | undefined,
): QuoteMatch | null {
  const boundaries = storedBoundaries(quote);
  let best: QuoteMatch | null = null;
  let examined = 0;
  for (const found of candidates) {
    if (examined++ >= MAX_CANDIDATES) break;
    // The quote never starts or ends with white space (describePassage trims it): nor does a match.
    const candidate = { ...found };
    while (candidate.start < candidate.end && /\s/.test(text[candidate.start]!)) candidate.start += 1;
    while (candidate.end > candidate.start && /\s/.test(text[candidate.end - 1]!)) candidate.end -= 1;
    if (candidate.start === candidate.end) continue;
    if (boundaries.start && !isWordBoundary(text, candidate.start)) continue;
    if (boundaries.end && !isWordBoundary(text, candidate.end)) continue;
    const similarity = 1 - candidate.errors / quote.exact.length;
    const total = score(text, quote, candidate.start, candidate.end, similarity, hint);
    if (!best || total > best.score) {
      best = { start: candidate.start, end: candidate.end, score: total, exact: candidate.errors === 0 };
    }
  }
  return best;
}

function* exactCandidates(text: string, exact: string) {
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    yield { start: at, end: at + exact.length, errors: 0 };
  }
}

/** Places a quote in text that is already NFC. */
function matchNormalised(text: string, quote: TextQuote, hint?: TextPosition): QuoteMatch | null {
  const exact = bestOf(text, quote, exactCandidates(text, quote.exact), hint);
  if (exact) return exact;
  const length = quote.exact.length;
  const budget = Math.floor(length * (1 - minQuoteSimilarity(length)));
  if (budget < 1) return null;
  const candidates = search(text, quote.exact, budget).sort((a, b) => a.errors - b.errors || a.start - b.start);
  const fuzzy = bestOf(text, quote, candidates, hint);
  return fuzzy && fuzzy.score >= MIN_FUZZY_SCORE ? { ...fuzzy, exact: false } : null;
}

/**
 * Maps offsets in `text.normalize('NFC')` back to offsets in `text` (identity when `text` is
 * already NFC, the usual case). Each offset is found by bisection on normalised prefix lengths.
 */
function offsetMapper(text: string, normalised: string): (offset: number) => number {
  if (normalised === text) return (offset) => offset;
  return (offset) => {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (text.slice(0, mid).normalize('NFC').length < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const nfc = (quote: TextQuote): TextQuote => ({
  exact: quote.exact.normalize('NFC'),
  prefix: quote.prefix.normalize('NFC'),
  suffix: quote.suffix.normalize('NFC'),
});

/**
 * Places a quote in a paragraph's text.
 *
 * @param text - the paragraph's current text (as read by `readBlockText`)
 * @param quote - the stored TextQuoteSelector
 * @param hint - the stored TextPositionSelector, used only to break ties
 * @returns where the quote is now (offsets into `text`), or `null` when it cannot be placed
 *   with confidence
 */
export function matchQuote(text: string, quote: TextQuote, hint?: TextPosition): QuoteMatch | null {
  if (!quote.exact.trim()) return null;
  const normalised = text.normalize('NFC');
  const match = matchNormalised(normalised, nfc(quote), hint);
  if (!match) return null;
  const toText = offsetMapper(text, normalised);
  return { ...match, start: toText(match.start), end: toText(match.end) };
}
