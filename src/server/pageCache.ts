/**
 * Cache of the serialised page-thread responses, the hot read (every page view with comments asks
 * once). Entries are dropped by this process's writes to the page (create, edit, delete,
 * moderation), so on SQLite (one process) the cache is never stale. With PostgreSQL another
 * instance may write: connect() the cache to the live bus (live/bus.ts) and every invalidation is
 * sent to the other instances too (LISTEN/NOTIFY), so they drop the same entries at once; `ttlMs`
 * remains as a backstop for a notification lost while the bus reconnects (it then resyncs).
 * Bounded: the oldest entries go first when `maxEntries` is reached (page paths come from clients).
 *
 * Listeners (onInvalidate) hear every invalidation, local or remote: the presenter view's live
 * stream uses them to know when approved input changed.
 */
import type { LiveBus } from './live/bus';

/** Called with the page invalidated, or undefined for every page. */
export type InvalidationListener = (page: string | undefined) => void;

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
  private readonly listeners = new Set<InvalidationListener>();
  private bus: LiveBus | undefined;

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

  /** Forget one page, or every page (bulk moderation may touch many), here and on every other instance. */
  invalidate(page?: string): void {
    this.invalidateHere(page);
    this.bus?.publish({ type: 'invalidate', page: page ?? null }).catch(() => {
      // The bus is reconnecting: the other instances resync when it is back, and entries expire anyway.
    });
  }

  /** Hears every invalidation (this instance's and others'); returns an unsubscribe function. */
  onInvalidate(listener: InvalidationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shares invalidations with other instances through `bus`; returns a disconnect function. */
  connect(bus: LiveBus): () => void {
    this.bus = bus;
    const unsubscribe = bus.subscribe((message) => {
      if (message.type === 'invalidate') this.invalidateHere(message.page ?? undefined);
      else if (message.type === 'resync') this.invalidateHere(undefined);
    });
    return () => {
      unsubscribe();
      if (this.bus === bus) this.bus = undefined;
    };
  }

  private invalidateHere(page: string | undefined): void {
    this.generation += 1;
    if (page === undefined) this.entries.clear();
    else this.entries.delete(page);
    for (const listener of this.listeners) listener(page);
  }
}
