/**
 * The language of text that a translated site shows in English (WCAG 2.2 SC 3.1.2, Language of
 * Parts). A locale's site builds a page from the locale's file when there is one
 * (`@site/i18n/<locale>/…`) and falls back to the English file otherwise; that page's title then
 * reaches the sidebar, the breadcrumbs, the pagination, the table of contents and the lists of
 * related pages as English text inside `<html lang="ar">` (or fr, es), which a screen reader would
 * read with the Arabic (French, Spanish) voice. Each place that shows such text marks it
 * `lang="en"` from the language worked out here at build time: in the browser, a page knows only
 * its own source file, not its neighbours'.
 *
 * `dir` is left to each place: on an inline or flex item inside a right-to-left layout it would
 * flip the item's alignment, and the Unicode bidi algorithm already lays out a run of Latin text
 * left to right.
 *
 * Pure: no DOM, no Node.
 */
import { DEFAULT_LOCALE } from './locales';

/** The language of the default locale's files: the language a page falls back to. */
export const FALLBACK_LANGUAGE = 'en';

/**
 * The language of a docs page's or blog post's text on `currentLocale`'s site when it is not that
 * site's language: `en` for a page the locale has not translated (its source is not under
 * `@site/i18n/`), otherwise undefined.
 * @param source - the content plugin's name for the page's file (`@site/docs/x.md`,
 *   `@site/i18n/fr/docusaurus-plugin-content-docs/current/x.md`)
 */
export function fallbackLanguageOf(
  source: string,
  currentLocale: string,
  defaultLocale: string = DEFAULT_LOCALE,
): string | undefined {
  if (currentLocale === defaultLocale) return undefined;
  return source.startsWith('@site/i18n/') ? undefined : FALLBACK_LANGUAGE;
}

/** The sidebar item property (in `customProps`) that names the language of the item's label. */
export const LABEL_LANGUAGE_PROP = 'labelLang';

/** The part of a docs sidebar item this module reads and writes (plugin-content-docs' shapes). */
export interface SidebarItemLike {
  readonly type: string;
  /** A doc item's doc id. */
  readonly id?: string;
  readonly items?: readonly SidebarItemLike[];
  readonly customProps?: Record<string, unknown>;
}

/**
 * Marks the sidebar items whose label is an English page's title on a translated site: doc items
 * (`doc`, `ref`) whose doc is not translated into `currentLocale` get
 * `customProps.labelLang = 'en'`, which src/theme/DocSidebarItem/Link and src/theme/DocBreadcrumbs
 * turn into `lang="en"`. Categories keep their label unmarked: it comes from `_category_.json`,
 * translated in the locale's `current.json`, not from the page it links to. Other custom props are
 * kept. A new tree is returned; `items` is not changed.
 * @param docs - the version's docs with their source file (the generator's `args.docs`)
 */
export function markFallbackSidebarItems<T extends SidebarItemLike>(
  items: readonly T[],
  docs: readonly { readonly id: string; readonly source: string }[],
  currentLocale: string,
  defaultLocale: string = DEFAULT_LOCALE,
): T[] {
  if (currentLocale === defaultLocale) return [...items];
  const fallbackIds = new Set(
    docs.filter((doc) => fallbackLanguageOf(doc.source, currentLocale, defaultLocale)).map((doc) => doc.id),
  );
  const mark = (item: T): T => {
    if (item.items) return { ...item, items: item.items.map((child) => mark(child as T)) };
    if ((item.type === 'doc' || item.type === 'ref') && item.id !== undefined && fallbackIds.has(item.id)) {
      return { ...item, customProps: { ...item.customProps, [LABEL_LANGUAGE_PROP]: FALLBACK_LANGUAGE } };
    }
    return item;
  };
  return items.map(mark);
}

/** The language a sidebar item's label is marked with (customProps), if any. */
export function labelLanguageOf(item: { readonly customProps?: Record<string, unknown> }): string | undefined {
  const lang = item.customProps?.[LABEL_LANGUAGE_PROP];
  return typeof lang === 'string' ? lang : undefined;
}

/**
 * The language a source's title and publisher are written in: the register's `language`, else
 * English, the language of every entry so far (src/data/sources.ts). Not the site's language:
 * a source keeps its own title on every locale's site.
 */
export function sourceLanguage(source: { readonly language?: string }): string {
  return source.language ?? FALLBACK_LANGUAGE;
}
