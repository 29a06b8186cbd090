/**
 * The set of terms the index knows, with how many records hold each. It drives three cheap
 * query-side decisions without touching the index: inverse document frequency for ranking,
 * completions of the word being typed, and the one correction of a misspelt word.
 *
 * Built once when the index loads, from the records themselves, so it costs nothing to ship.
 *
 * Pure: no DOM, no Node APIs.
 */

export class Vocabulary {
  /** Number of records holding each term. */
  private readonly frequency = new Map<string, number>();
  /** Terms sorted, for prefix ranges. */
  private sorted: string[] = [];
  /** Terms by length, for bounded edit-distance lookups. */
  private byLength = new Map<number, string[]>();
  private total = 0;

  /** Adds one record's distinct terms. Call {@link seal} after the last one. */
  addRecord(terms: Iterable<string>): void {
    this.total += 1;
    for (const term of new Set(terms)) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
  }

  /** Prepares the lookup structures; the vocabulary is read-only afterwards. */
  seal(): this {
    this.sorted = [...this.frequency.keys()].sort();
    this.byLength = new Map();
    for (const term of this.sorted) {
      const bucket = this.byLength.get(term.length) ?? [];
      bucket.push(term);
      this.byLength.set(term.length, bucket);
    }
    return this;
  }

  has(term: string): boolean {
    return this.frequency.has(term);
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

  /**
   * @returns up to `limit` known terms starting with `prefix` (the prefix itself excluded),
   *   most frequent first
   */
  completions(prefix: string, limit: number): string[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sorted[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.sorted.length; i += 1) {
      const term = this.sorted[i] ?? '';
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    return found
      .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a) || a.localeCompare(b))
      .slice(0, limit);
  }

  /** Known terms whose length is within `distance` of `length`. */
  *termsNearLength(length: number, distance: number): Iterable<string> {
    for (let l = length - distance; l <= length + distance; l += 1) yield* this.byLength.get(l) ?? [];
  }
}
