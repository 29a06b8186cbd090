/**
 * Cache of the serialised page-thread responses, the hot read (every page view with comments asks
 * once). Entries are dropped by this process's writes to the page (create, edit, delete,
 * moderation), so on SQLite (one process) the cache is never stale. With PostgreSQL another
 * instance may write, so entries also expire after `ttlMs`: readers see others' changes within it.
 * Bounded: the oldest entries go first when `maxEntries` is reached (page paths come from clients).
 */

export interface CachedPage {
  etag: string;
  /** The JSON response body, ready to send. */
  json: string;
  expires: number;
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  /**
   * Bumped by every invalidation. A reader notes it before querying and stores its result only if
   * it is unchanged, so a write that lands while the query is in flight cannot be hidden by a
   * stale entry.
   */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  /** The live entry for `page`, or undefined (missing or expired). */
  get(page: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(page);
    if (entry && entry.expires > now) return entry;
    if (entry) this.entries.delete(page);
    return undefined;
  }

  /** The current generation: pass it to set(). */
  get version(): number {
    return this.generation;
  }

  /** Stores the entry if nothing was invalidated since `version`; returns it either way. */
  set(page: string, etag: string, json: string, version: number, now = Date.now()): CachedPage {
    const entry = { etag, json, expires: now + this.ttlMs };
    if (version !== this.generation) return entry;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(page);
    this.entries.set(page, entry);
    return entry;
  }

  /** Forget one page, or every page (bulk moderation may touch many). */
  invalidate(page?: string): void {
    this.generation += 1;
    if (page === undefined) this.entries.clear();
    else this.entries.delete(page);
  }
}
