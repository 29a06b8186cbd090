/**
 * Idle prefetching skips the chunks the page already has (skippingKnownChunks in
 * src/client/prefetch/idlePrefetch.ts): Docusaurus appends a `<link rel="prefetch">` per chunk of a
 * route, most of them the current page's own; only files not yet fetched or asked for get one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { skippingKnownChunks } from '../../src/client/prefetch/idlePrefetch';

/** What Docusaurus's prefetch does for each chunk (core's client/prefetch.js), with its promise. */
function prefetchLink(url: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.setAttribute('rel', 'prefetch');
    link.setAttribute('href', url);
    link.onload = () => resolve();
    document.getElementsByTagName('head')[0]!.appendChild(link);
  });
}

const prefetched = () =>
  Array.from(document.head.querySelectorAll('link[rel="prefetch"]'), (link) => link.getAttribute('href'));

afterEach(() => {
  vi.restoreAllMocks();
  document.head.replaceChildren();
});

describe('skippingKnownChunks', () => {
  it('appends a link once per file, across prefetches, and the skipped links still report load', async () => {
    const requested = new Set<string>();
    let skipped: Promise<void> | undefined;
    skippingKnownChunks(document.head, requested, () => {
      void prefetchLink('/assets/js/layout.js');
      void prefetchLink('/assets/js/a.js');
      skipped = prefetchLink('/assets/js/layout.js');
    });
    skippingKnownChunks(document.head, requested, () => {
      void prefetchLink('/assets/js/layout.js');
      void prefetchLink('/assets/js/b.js');
    });
    expect(prefetched()).toEqual(['/assets/js/layout.js', '/assets/js/a.js', '/assets/js/b.js']);
    await expect(skipped).resolves.toBeUndefined();
  });

  it('leaves out the files the page has fetched already, as scripts or otherwise', () => {
    vi.spyOn(performance, 'getEntriesByName').mockImplementation((name: string) =>
      name.endsWith('/assets/js/layout.js') ? [{ name } as PerformanceEntry] : [],
    );
    skippingKnownChunks(document.head, new Set(), () => {
      void prefetchLink('/assets/js/layout.js');
      void prefetchLink('/assets/js/a.js');
    });
    expect(prefetched()).toEqual(['/assets/js/a.js']);
  });

  it('appends everything else as usual, and gives the head its own appendChild back, even after a failure', () => {
    expect(() =>
      skippingKnownChunks(document.head, new Set(['http://localhost:3000/assets/js/a.js']), () => {
        document.head.appendChild(document.createElement('meta'));
        const alternate = document.createElement('link');
        alternate.rel = 'alternate';
        alternate.href = '/assets/js/a.js';
        document.head.appendChild(alternate);
        throw new Error('route not found');
      }),
    ).toThrow('route not found');
    expect(Array.from(document.head.children, (element) => element.tagName)).toEqual(['META', 'LINK']);
    expect(Object.hasOwn(document.head, 'appendChild')).toBe(false);
    void prefetchLink('/assets/js/a.js');
    expect(prefetched()).toEqual(['/assets/js/a.js']);
  });
});
