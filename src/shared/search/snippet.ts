/**
 * Cuts the part of a paragraph that best shows why it matched, and says which characters to
 * mark. Returns plain segments, never markup: the interface renders them as text nodes and
 * `<mark>` elements, so indexed text can never become HTML.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { QueryPlan } from './queryPlan';
import { termsOfToken, tokenize, type Token } from './tokenize';

export interface Segment {
  text: string;
  /** True for a matched term. */
  mark: boolean;
}

/** Decides whether an indexed term is one the query matched. */
export type TermMatcher = (term: string) => boolean;

/** Builds the matcher for a set of query terms; `prefix` terms also match longer words they start. */
export function termMatcher(terms: readonly string[], prefixes: readonly string[] = []): TermMatcher {
  const exact = new Set(terms);
  return (term) => exact.has(term) || prefixes.some((prefix) => term.startsWith(prefix));
}

/** The matcher for a plan's terms, with the word being typed matched as a prefix. */
export function planMatcher(plan: QueryPlan): TermMatcher {
  const prefixes = plan.concepts.at(-1)?.alternatives.some((alternative) => alternative.kind === 'prefix')
    ? (plan.concepts.at(-1)?.alternatives[0]?.terms ?? [])
    : [];
  return termMatcher(plan.terms, prefixes);
}

/**
 * Character ranges of matched terms in `text`: a token is marked when its term, one of a symbol's
 * parts or tails ("cn.3/2026/13" in "E/CN.3/2026/13") or its closed compound matches.
 */
export function matchRanges(
  text: string,
  matches: TermMatcher,
  tokens: readonly Token[] = tokenize(text),
): Array<[number, number]> {
  return tokens.filter((token) => termsOfToken(token).some(matches)).map((token) => [token.start, token.end]);
}

/** Splits `text` into marked and unmarked segments along the given ranges. */
export function segmentsOf(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

/**
 * @param text - the paragraph
 * @param matches - which terms to mark
 * @param maxLength - longest snippet, in characters (ellipses excluded)
 * @param tokens - `tokenize(text)`, when the caller keeps it (tokenizing is most of the cost)
 * @returns the window of `text` holding the most distinct matched terms, cut at word boundaries,
 *   with `…` where it was cut
 */
export function makeSnippet(
  text: string,
  matches: TermMatcher,
  maxLength = 180,
  tokens: readonly Token[] = tokenize(text),
): Segment[] {
  const ranges = matchRanges(text, matches, tokens);
  if (text.length <= maxLength) return segmentsOf(text, ranges);
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const from = Math.max(0, start - 30);
    const inWindow = ranges.filter(([s, e]) => s >= from && e <= from + maxLength);
    const distinct = new Set(inWindow.map(([s, e]) => text.slice(s, e).toLowerCase())).size;
    if (distinct > bestCount) {
      bestCount = distinct;
      bestStart = from;
    }
  }
  let start = bestStart;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space - start > 20 ? start : space + 1;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + maxLength / 2 ? space : end;
  }
  const inside = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as [number, number]);
  const segments = segmentsOf(text.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}
