/**
 * Browser, every page: registers the offline service worker (sw.js, generated after the build by
 * src/plugins/offline) once the page has loaded, so it never competes with the first load.
 * Without a production build (dev server) there is no sw.js and registration fails quietly.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { siteRootOf } from '../../shared/locales';

/** One worker for the whole site: a French page (baseUrl `/fr/`) registers the site root's sw.js too. */
const SITE_ROOT = siteRootOf(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale);

function register(): void {
  navigator.serviceWorker.register(`${SITE_ROOT}sw.js`).catch(() => {
    // No worker (dev server, or the browser refuses): the site works online as before.
  });
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

export {};
