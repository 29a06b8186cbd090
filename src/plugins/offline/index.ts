/**
 * The service worker that lets readers keep using the site offline, generated after the build by
 * Workbox (`generateSW`, the Chrome team's service-worker library, as Docusaurus's own PWA plugin
 * uses). What it caches, and why:
 * - pages (navigations): network first, so a reader online always gets the current build and never
 *   a stale page; the copy of each page visited is what they get offline (the page landed on and
 *   the pages reached by links are sent to the worker to keep: src/client/offline/clientModule.ts);
 * - content-hashed files (/assets/, the search index): cache first, since a name never changes
 *   content; the search manifest: network first, so a new index is picked up at once;
 * - nothing is downloaded ahead of use (readers on metered connections pay only for what they read).
 *
 * Cache versioning is tied to the build: every cache name starts with `fw-<build id>`, where the
 * build id hashes the names of the build's content-hashed files, and the new worker deletes the
 * previous build's caches when it activates (sw-cleanup script), taking control at once.
 * Runs in scripts/postBuild.ts, after `docusaurus build` and before precompression.
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';

export const SERVICE_WORKER = 'sw.js';
export const CACHE_PREFIX = 'fw-';

function hashedNames(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return hashedNames(path.join(dir, entry.name), `${relative}/`);
    return /\.[0-9a-f]{8,}\.(js|css|json)$/.test(entry.name) ? [relative] : [];
  });
}

/** A short id of the build: changes whenever any content-hashed file does. */
export function buildId(siteDir: string): string {
  return createHash('sha256').update(hashedNames(siteDir).sort().join('\n')).digest('hex').slice(0, 12);
}

/**
 * The script the worker imports to drop other builds' caches on activation (plain JS: it runs in
 * the service worker).
 */
export function cleanupScript(cacheId: string): string {
  return `// Deletes the caches of other builds when this build's service worker activates.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith(${JSON.stringify(CACHE_PREFIX)}) && !name.startsWith(${JSON.stringify(cacheId)}))
          .map((name) => caches.delete(name)),
      ),
    ),
  );
});
`;
}

/** Writes sw.js (and its Workbox runtime and cleanup script) into `siteDir`. */
export async function generateServiceWorker(siteDir: string): Promise<{ cacheId: string; warnings: string[] }> {
  const cacheId = `${CACHE_PREFIX}${buildId(siteDir)}`;
  const cleanup = `sw-cleanup.${cacheId.slice(CACHE_PREFIX.length)}.js`;
  writeFileSync(path.join(siteDir, cleanup), cleanupScript(cacheId));
  const { warnings } = await generateSW({
    swDest: path.join(siteDir, SERVICE_WORKER),
    cacheId,
    // Nothing precached: pages and files are cached as they are used.
    globDirectory: siteDir,
    globPatterns: [],
    importScripts: [`/${cleanup}`],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // A navigation, or a page the site asks to keep (`CACHE_URLS`, src/client/offline): a
        // same-site address without a file extension, outside the comment service.
        urlPattern: ({ request, url, sameOrigin }) =>
          request.mode === 'navigate' ||
          (sameOrigin &&
            request.destination === '' &&
            !url.pathname.startsWith('/api/') &&
            !/\.[^/]*$/.test(url.pathname)),
        handler: 'NetworkFirst',
        options: { cacheName: `${cacheId}-pages`, expiration: { maxEntries: 300 } },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\.[0-9a-f]{8,}\.(js|css|json)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: `${cacheId}-hashed`, expiration: { maxEntries: 400 } },
      },
      {
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && !url.pathname.startsWith('/api/') && /\.(json|svg|png|ico|woff2?)$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: `${cacheId}-files`, expiration: { maxEntries: 100 } },
      },
    ],
  });
  return { cacheId, warnings };
}
