/**
 * A page's path on the default (English) locale's site, from the path on the locale being shown:
 * `/fr/docs/definition` → `/docs/definition`. Paragraph ids, comment threads, short links and
 * response tables are shared across languages and keyed by that path, so every component that
 * names a page to the service or to another locale's build goes through here, as the comment
 * entry does (src/client/comments/clientModule.ts) with the same pure function.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { defaultLocalePath, siteRootOf } from '@site/src/shared/locales';

export function useDefaultLocalePath(path: string): string {
  const { siteConfig, i18n } = useDocusaurusContext();
  const root = siteRootOf(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale);
  return defaultLocalePath(path, siteConfig.baseUrl, root);
}
