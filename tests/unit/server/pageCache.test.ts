/** The page-thread cache: expiry, bounded size, and no stale entry after a racing write. */
import { describe, expect, it } from 'vitest';
import { PageCache } from '../../../src/server/pageCache';

describe('PageCache', () => {
  it('serves an entry until it expires or its page is invalidated', () => {
    const cache = new PageCache(1000);
    cache.set('/a', 'e1', '{}', cache.version, 0);
    expect(cache.get('/a', 999)?.etag).toBe('e1');
    expect(cache.get('/a', 1000)).toBeUndefined();
    cache.set('/a', 'e2', '{}', cache.version, 0);
    cache.invalidate('/a');
    expect(cache.get('/a', 1)).toBeUndefined();
  });

  it('does not store a result read before a write that invalidated meanwhile', () => {
    const cache = new PageCache(60_000);
    const before = cache.version;
    cache.invalidate('/a');
    const entry = cache.set('/a', 'stale', '{}', before, 0);
    expect(entry.etag).toBe('stale');
    expect(cache.get('/a', 1)).toBeUndefined();
  });

  it('forgets the oldest page when full', () => {
    const cache = new PageCache(60_000, 2);
    for (const page of ['/a', '/b', '/c']) cache.set(page, page, '{}', cache.version, 0);
    expect(cache.get('/a', 1)).toBeUndefined();
    expect(cache.get('/c', 1)?.etag).toBe('/c');
  });
});
