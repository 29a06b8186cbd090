/**
 * Edit distances on plain strings, written here rather than pulled in as a dependency: the
 * fuzzy re-anchoring needs two small, bounded algorithms and nothing else.
 *
 * Pure: no DOM.
 */

/** Levenshtein distance between two short strings (context windows of a few dozen characters). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Similarity in [0, 1]: 1 for equal strings, 0 for strings with nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** One place where `pattern` occurs in a text with at most a given number of edits. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds the substrings of `text` closest to `pattern` (Sellers' semi-global alignment: the whole
 * pattern must match, any substring of the text may), with Ukkonen's cut-off: only the rows that
 * can still end within the budget are computed, so a quote that is absent costs about
 * O(budget × text) instead of O(pattern × text). Memory is O(pattern).
 *
 * @param text - the text searched (a paragraph)
 * @param pattern - the quote
 * @param maxErrors - the edit budget; matches above it are not reported
 * @returns the best match ending at each end position within budget, fewest errors first
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const beyond = maxErrors + 1;
  // cost[i] / start[i]: best alignment of pattern[0..i) ending at the current text position;
  // any cost above the budget is stored as `beyond`, which is all the cut-off needs to know.
  const cost = Array.from({ length: m + 1 }, (_, i) => Math.min(i, beyond));
  const start = new Array<number>(m + 1).fill(0);
  let lastActive = Math.min(maxErrors, m);
  const found: ApproximateMatch[] = [];
  for (let j = 1; j <= text.length; j += 1) {
    const ch = text.charCodeAt(j - 1);
    const limit = Math.min(lastActive + 1, m);
    let diagonalCost = cost[0]!;
    let diagonalStart = start[0]!;
    cost[0] = 0;
    start[0] = j;
    for (let i = 1; i <= limit; i += 1) {
      const aboveCost = i > lastActive ? beyond : cost[i]!;
      const substitute = diagonalCost + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const skipText = aboveCost + 1;
      const skipPattern = cost[i - 1]! + 1;
      diagonalCost = aboveCost;
      const previousStart = start[i]!;
      if (substitute <= skipText && substitute <= skipPattern) {
        cost[i] = Math.min(substitute, beyond);
        start[i] = diagonalStart;
      } else if (skipText <= skipPattern) {
        cost[i] = Math.min(skipText, beyond);
        start[i] = previousStart;
      } else {
        cost[i] = Math.min(skipPattern, beyond);
        start[i] = start[i - 1]!;
      }
      diagonalStart = previousStart;
    }
    lastActive = limit;
    while (lastActive > 0 && cost[lastActive]! > maxErrors) lastActive -= 1;
    if (lastActive === m && cost[m]! <= maxErrors) found.push({ start: start[m]!, end: j, errors: cost[m]! });
  }
  return found.sort((a, b) => a.errors - b.errors || a.start - b.start);
}
