/**
 * The site's languages, written once: the Docusaurus config builds one site per locale from this
 * list, the service serves each locale's 404 page and canonical addresses from it, and the browser
 * uses it to name a page by its English path (comments and paragraph ids are shared across
 * languages, so `/fr/docs/definition` and `/docs/definition` are one page for the comment service).
 *
 * Pure: no DOM, no Node.
 */

export interface SiteLocale {
  /** Docusaurus locale name, also the URL prefix of non-default locales (`/fr/…`). */
  readonly code: string;
  /** The language's own name, shown in the language switcher. */
  readonly label: string;
  /** BCP 47 tag written into `<html lang>` and `hreflang`. */
  readonly htmlLang: string;
  readonly direction: 'ltr' | 'rtl';
  /** The language's script, as an ISO 15924 code (`Latn`, `Arab`). */
  readonly script: string;
}

export const DEFAULT_LOCALE = 'en';

export const SITE_LOCALES: readonly SiteLocale[] = [
  { code: 'en', label: 'English', htmlLang: 'en', direction: 'ltr', script: 'Latn' },
  { code: 'fr', label: 'Français', htmlLang: 'fr', direction: 'ltr', script: 'Latn' },
  { code: 'es', label: 'Español', htmlLang: 'es', direction: 'ltr', script: 'Latn' },
  { code: 'ar', label: 'العربية', htmlLang: 'ar', direction: 'rtl', script: 'Arab' },
];

/** Every locale code, the default first: what a comment's `language` may be. */
export const LOCALE_CODES = SITE_LOCALES.map((l) => l.code) as [string, ...string[]];

/** A locale's name in its own language (`fr` → `Français`); the code itself for an unknown one. */
export function localeLabel(code: string): string {
  return SITE_LOCALES.find((l) => l.code === code)?.label ?? code;
}

/** The locale whose `<html lang>` is `htmlLang`, or the default locale. */
export function localeOfHtmlLang(htmlLang: string): string {
  return SITE_LOCALES.find((l) => l.htmlLang === htmlLang)?.code ?? DEFAULT_LOCALE;
}

/** Locales served under a prefix (`/fr/…`): every locale but the default. */
export const PREFIXED_LOCALES: readonly string[] = SITE_LOCALES.map((l) => l.code).filter((c) => c !== DEFAULT_LOCALE);

/**
 * The locale a site path belongs to and the path without its locale prefix:
 * `/fr/docs/definition` → `{ locale: 'fr', path: '/docs/definition' }`, `/fr` and `/fr/` → path `/`,
 * `/docs/x` and `/french` → the default locale, path unchanged.
 */
export function splitLocalePath(pathname: string): { locale: string; path: string } {
  for (const locale of PREFIXED_LOCALES) {
    const prefix = `/${locale}`;
    if (pathname === prefix || pathname === `${prefix}/`) return { locale, path: '/' };
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The path of the same page in `locale`: `localePath('/docs/x', 'fr')` → `/fr/docs/x`; `/` → `/fr/`. */
export function localePath(path: string, locale: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}

/**
 * The site root's base URL, from the base URL of the locale being shown: Docusaurus serves a
 * non-default locale at `<root><locale>/`, so `/fr/` → `/`. Browser code uses this with the values
 * it already has (`siteConfig.baseUrl`, `i18n.currentLocale`) rather than the locale table above,
 * which keeps the table out of every page's first load.
 */
export function siteRootOf(baseUrl: string, currentLocale: string, defaultLocale: string): string {
  const suffix = `${currentLocale}/`;
  return currentLocale !== defaultLocale && baseUrl.endsWith(suffix) ? baseUrl.slice(0, -suffix.length) : baseUrl;
}

/** A page's path on the default locale's site: `/fr/docs/x` with base URL `/fr/` and root `/` → `/docs/x`. */
export function defaultLocalePath(pathname: string, baseUrl: string, root: string): string {
  return baseUrl !== root && pathname.startsWith(baseUrl) ? `${root}${pathname.slice(baseUrl.length)}` : pathname;
}

/**
 * The BCP 47 tag of a comment's language, for exports and reports: a stored comment has no
 * language when written in the default locale (or before languages existed), which is English.
 */
export function commentLanguageTag(language: string | undefined): string {
  const code = language ?? DEFAULT_LOCALE;
  return SITE_LOCALES.find((l) => l.code === code)?.htmlLang ?? code;
}

/**
 * The site locale of a BCP 47 tag read from elsewhere (an imported Web Annotation's body
 * `language`): `fr`, `fr-CA` → `fr`; a language the site does not have → undefined.
 */
export function localeOfLanguageTag(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return SITE_LOCALES.find((l) => l.htmlLang.toLowerCase() === tag.trim().toLowerCase() || l.code === primary)?.code;
}
