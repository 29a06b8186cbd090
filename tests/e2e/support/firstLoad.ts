/**
 * First-load bytes of a page: the JavaScript and CSS a reader's browser fetches until the network
 * is idle on a first visit (empty cache, fresh browser profile), excluding Docusaurus's idle-time
 * prefetches of linked pages, on a page without comments (the comment service is not reached).
 * Workers count: the service worker's script and the scripts it imports (src/plugins/offline) are
 * fetched on every first visit, after the page's `load` event; so do the page's dedicated workers
 * (the search worker's script, its chunks and the index: Playwright reports their requests as the
 * page's), and a page that needs a worker to show what it is for names a `ready` selector, so
 * nothing it fetches is missed by an early idle. The browser only discovers which
 * files (Docusaurus loads a route's chunks from its own manifest, not from `<link>` tags); their
 * sizes are read from the built files and compressed here (gzip -9 and brotli 11,
 * src/plugins/precompress), so the figures are deterministic.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliBytes, gzipBytes } from '../../../src/plugins/precompress';
import type { Page } from 'playwright-core';
import type { Browser } from './browser';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FirstLoad {
  js: Bytes;
  css: Bytes;
  /** Site paths of the files counted, e.g. `/assets/js/main.0123abcd.js`. */
  files: string[];
}

const sizeCache = new Map<string, Promise<Bytes>>();

function sizes(file: string): Promise<Bytes> {
  let result = sizeCache.get(file);
  if (!result) {
    const data = readFileSync(file);
    result = Promise.all([gzipBytes(data), brotliBytes(data)]).then(([gz, br]) => ({
      raw: data.length,
      gzip: gz.length,
      brotli: br.length,
    }));
    sizeCache.set(file, result);
  }
  return result;
}

/**
 * The site paths of the JS and CSS files a first visit to `url` fetches. With `reachApi` the page
 * talks to the comment service as a reader's would (pages whose code depends on its answers, such
 * as /insights' charts); without it, the page's own bytes only.
 *
 * Each visit runs in a fresh browser profile: a service worker installed by an earlier page would
 * answer this page's requests from its cache (it keeps the chunks Docusaurus prefetched), where
 * the page's request events never see them, and the figure would depend on what ran before.
 */
export interface FirstLoadOptions {
  /** Let the page talk to the comment service (default: requests to /api/ are refused). */
  reachApi?: boolean;
  /**
   * A selector that appears once the page shows what it is for (the search page: its result
   * count, which needs the search worker and the index): the visit waits for it as well as for
   * the network to go idle.
   */
  ready?: string;
}

export async function firstLoadFiles(
  browser: Browser,
  url: string,
  { reachApi = false, ready }: FirstLoadOptions = {},
): Promise<{ js: string[]; css: string[] }> {
  const reader = await browser.newIsolatedBrowser();
  try {
    const page = await reader.newPage();
    const files = { js: new Set<string>(), css: new Set<string>() };
    const add = (address: string) => {
      const { pathname } = new URL(address);
      if (pathname.endsWith('.js')) files.js.add(pathname);
      else if (pathname.endsWith('.css')) files.css.add(pathname);
    };
    page.on('request', (request) => {
      // Docusaurus prefetches the chunks of linked pages when the browser is idle: not first load.
      if (request.headers()['sec-purpose']?.includes('prefetch')) return;
      add(request.url());
    });
    // The page itself, without readers' comments: where paragraphs have comments the comment UI
    // loads as well (by design), so the figure would depend on what earlier tests wrote.
    if (!reachApi) await page.route('**/api/**', (route) => route.abort());
    await page.addInitScript(() => {
      // Remembers each registration as it starts (the site registers on `load`), so the check
      // below knows whether a worker is coming without waiting for a time.
      const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
      if (!container) return;
      const registering: Promise<unknown>[] = [];
      Object.assign(window, { fwRegistering: registering });
      const register = container.register.bind(container);
      container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
        const registration = register(...args);
        registering.push(registration);
        return registration;
      };
    });
    // Dedicated workers' scripts are requests like any other; each must have been seen.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    // The `load` event first (the service worker registers then), then an idle network.
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (ready) {
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    for (const script of await serviceWorkerScripts(reader, page)) add(script);
    const missed = workers.filter((script) => !files.js.has(script));
    if (missed.length > 0) throw new Error(`Worker scripts not seen as requests: ${missed.join(', ')}`);
    return { js: [...files.js].sort(), css: [...files.css].sort() };
  } finally {
    await reader.close();
  }
}

/**
 * The service worker the page registered (the site does on `load`, before the network is idle),
 * once it is active, with the scripts it imported (`importScripts`, which its own resource timeline lists); none when the page registers
 * no worker. The worker's own fetches on the page's behalf are the page's requests, counted there.
 */
async function serviceWorkerScripts(reader: Browser, page: Page): Promise<string[]> {
  const scriptUrl = await page.evaluate(async () => {
    const registering = (window as unknown as Record<string, Promise<unknown>[] | undefined>).fwRegistering;
    if (!registering?.length) return null;
    const settled = await Promise.allSettled(registering);
    // A refused registration would leave `ready` pending for ever: report it instead.
    const refused = settled.find((outcome) => outcome.status === 'rejected');
    if (refused) throw new Error(`The service worker was not registered: ${String(refused.reason)}`);
    return (await navigator.serviceWorker.ready).active?.scriptURL ?? null;
  });
  if (!scriptUrl) return [];
  const worker =
    reader.context.serviceWorkers().find((candidate) => candidate.url() === scriptUrl) ??
    (await reader.context.waitForEvent('serviceworker', { predicate: (candidate) => candidate.url() === scriptUrl }));
  const imported = await worker.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'other')
      .map((entry) => entry.name),
  );
  return [scriptUrl, ...imported];
}

/** Sums the sizes of site files (`/assets/…` paths) read from `siteDir`. */
export async function bytesOf(siteDir: string, files: readonly string[]): Promise<Bytes> {
  const all = await Promise.all(files.map((file) => sizes(path.join(siteDir, file))));
  return all.reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip, brotli: sum.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** First-load bytes of `pagePath` on the server at `baseUrl`, which serves `siteDir`. */
export async function firstLoad(
  browser: Browser,
  baseUrl: string,
  pagePath: string,
  siteDir: string,
  options: Omit<FirstLoadOptions, 'reachApi'> = {},
): Promise<FirstLoad> {
  const files = await firstLoadFiles(browser, `${baseUrl}${pagePath}`, options);
  return {
    js: await bytesOf(siteDir, files.js),
    css: await bytesOf(siteDir, files.css),
    files: [...files.js, ...files.css],
  };
}
