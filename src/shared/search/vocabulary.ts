/**
 * The set of terms the index knows, with how many records hold each, and the words as written
 * (folded, not stemmed) that lead to them. It drives three cheap query-side decisions without
 * touching the index: inverse document frequency for ranking, completions of the word being
 * typed, and the one correction of a misspelt word.
 *
 * Completion and correction work on the written words, not on stems: stems are cut words
 * ("organis" is no prefix of the stem "organ"; "statisticla" is four edits from "statist" but one
 * from "statistical"), so a word is completed and corrected as the reader sees it, then mapped to
 * its term.
 *
 * Built once when the index loads, from the records themselves, so it costs nothing to ship.
 *
 * Pure: no DOM, no Node APIs.
 */

/** Lower bound of a sorted array: first index whose value is ≥ `prefix`. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class Vocabulary {
  /** Number of records holding each term. */
  private readonly frequency = new Map<string, number>();
  /** Written (folded) word → its term. */
  private readonly surfaces = new Map<string, string>();
  /** Terms sorted, for prefix ranges over symbols. */
  private sorted: string[] = [];
  /** Written words sorted, for completions. */
  private sortedSurfaces: string[] = [];
  /** Written words by length, for bounded edit-distance lookups. */
  private byLength = new Map<number, string[]>();
  private total = 0;

  /** Adds one record's distinct terms. Call {@link seal} after the last one. */
  addRecord(terms: Iterable<string>): void {
    this.total += 1;
    for (const term of new Set(terms)) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
  }

  /** Records that a written (folded) word leads to a term. */
  addSurface(surface: string, term: string): void {
    if (!this.surfaces.has(surface)) this.surfaces.set(surface, term);
  }

  /** Prepares the lookup structures; the vocabulary is read-only afterwards. */
  seal(): this {
    this.sorted = [...this.frequency.keys()].sort();
    // A term no written word was recorded for is its own written form (tests, symbols).
    for (const term of this.sorted)
      if (/^\p{L}+$/u.test(term) && !this.surfaces.has(term)) this.surfaces.set(term, term);
    this.sortedSurfaces = [...this.surfaces.keys()].sort();
    this.byLength = new Map();
    for (const surface of this.sortedSurfaces) {
      const bucket = this.byLength.get(surface.length) ?? [];
      bucket.push(surface);
      this.byLength.set(surface.length, bucket);
    }
    return this;
  }

  has(term: string): boolean {
    return this.frequency.has(term);
  }

  /** The term a written (folded) word leads to, if the text holds that word. */
  termOfSurface(surface: string): string | undefined {
    return this.surfaces.get(surface);
  }

  /** Records holding the term. */
  documentFrequency(term: string): number {
    return this.frequency.get(term) ?? 0;
  }

  private readonly idfCache = new Map<string, number>();

  /** Smoothed inverse document frequency: rare terms weigh more, unknown terms weigh like the rarest. */
  idf(term: string): number {
    let value = this.idfCache.get(term);
    if (value === undefined) {
      const df = this.frequency.get(term) ?? 0;
      value = Math.log(1 + (this.total - df + 0.5) / (df + 0.5));
      if (this.idfCache.size < 50_000) this.idfCache.set(term, value);
    }
    return value;
  }

  private mostFrequent(terms: Iterable<string>, limit: number): string[] {
    return [...new Set(terms)]
      .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a) || a.localeCompare(b))
      .slice(0, limit);
  }

  /**
   * @param prefix - a folded, unstemmed word being typed
   * @param except - a term to leave out (the typed word's own term)
   * @returns up to `limit` terms of the written words starting with `prefix`, most frequent first
   */
  completions(prefix: string, limit: number, except?: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.sortedSurfaces, prefix); i < this.sortedSurfaces.length; i += 1) {
      const surface = this.sortedSurfaces[i] ?? '';
      if (!surface.startsWith(prefix)) break;
      const term = this.surfaces.get(surface);
      if (term !== undefined && term !== except) found.push(term);
    }
    return this.mostFrequent(found, limit);
  }

  /**
   * @returns up to `limit` known terms starting with `prefix` (the prefix itself excluded), most
   *   frequent first: completions of symbols, which are terms as written
   */
  termCompletions(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i += 1) {
      const term = this.sorted[i] ?? '';
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    return this.mostFrequent(found, limit);
  }

  /** Written words whose length is within `distance` of `length`. */
  *surfacesNearLength(length: number, distance: number): Iterable<string> {
    for (let l = length - distance; l <= length + distance; l += 1) yield* this.byLength.get(l) ?? [];
  }
}
