/**
 * Browser, every page: registers the offline service worker (sw.js, generated after the build by
 * src/plugins/offline) once the page has loaded, so it never competes with the first load.
 * Without a production build (dev server) there is no sw.js and registration fails quietly.
 *
 * The worker keeps what passes through it, and two things never do: the page a reader lands on
 * (with its scripts and styles), loaded before the worker existed, and the pages a reader reaches
 * by following links, which the site renders without asking the server for the page. So once the
 * worker is ready, the page asks it to keep those too, with Workbox's `CACHE_URLS` message (each
 * address goes through the worker's own routes and caches). Without this, a reader who scanned a
 * QR code, read on and lost the connection could open none of it again.
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { siteRootOf } from '../../shared/locales';

/** One worker for the whole site: a French page (baseUrl `/fr/`) registers the site root's sw.js too. */
const SITE_ROOT = siteRootOf(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale);

/** Asks the worker, once it is ready, to keep these same-site addresses for offline reading. */
function keepForOffline(urls: readonly string[]): void {
  if (urls.length === 0) return;
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } }),
  );
}

/**
 * The page's own address and the same-site files it loaded (scripts, styles, chunks, images,
 * fonts, search index), as the browser's resource timing lists them. Not the comment service's
 * answers: the worker never keeps those.
 */
export function loadedAddresses(pageUrl: string, resources: readonly string[], origin: string): string[] {
  const same = resources
    .map((resource) => new URL(resource, origin))
    .filter((url) => url.origin === origin && !url.pathname.startsWith('/api/'))
    .map((url) => url.pathname + url.search);
  return [...new Set([pageUrl, ...same])];
}

const here = () => window.location.pathname + window.location.search;

function register(): void {
  navigator.serviceWorker
    .register(`${SITE_ROOT}sw.js`)
    .then(() => {
      const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
      keepForOffline(loadedAddresses(here(), resources, window.location.origin));
    })
    .catch(() => {
      // No worker (dev server, or the browser refuses): the site works online as before.
    });
}

const supported = ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator;

if (supported) {
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    // A page reached by a link: its chunks went through the worker, its page did not.
    if (!supported || !previousLocation || previousLocation.pathname === location.pathname) return;
    if (!navigator.serviceWorker.controller) return;
    keepForOffline([location.pathname + location.search]);
  },
};

export default clientModule;
