/**
 * The language of the page's own text where it is not the site's: `en` on a translated site's
 * page that is not translated yet (src/theme/DocItem/Layout provides it). For the parts of the page
 * that repeat its text outside the body and are drawn by theme components that cannot see the doc,
 * such as the table of contents (src/theme/TOCItems/Tree), so that they carry `lang` too
 * (WCAG 2.2 SC 3.1.2). Undefined where the page is in the site's language.
 */
import { createContext, useContext } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { fallbackLanguageOf } from '@site/src/shared/textLanguage';

const TextLanguageContext = createContext<string | undefined>(undefined);

export const TextLanguageProvider = TextLanguageContext.Provider;

export function useTextLanguage(): string | undefined {
  return useContext(TextLanguageContext);
}

/**
 * `tag` when it is not the language of the site being shown, else undefined: the value for the
 * `lang` attribute of text whose language is known (a source's title), which needs none where it
 * matches the page's `<html lang>`.
 */
export function useForeignLanguage(tag: string | undefined): string | undefined {
  const { i18n } = useDocusaurusContext();
  const siteLanguage = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return tag && tag !== siteLanguage ? tag : undefined;
}

/**
 * The language of a blog post's text where it is not the site's: `en` for a post the locale has
 * not translated (the blog plugin then shows the English file, `@site/blog/…`), else undefined.
 */
export function usePostFallbackLanguage(source: string): string | undefined {
  const { i18n } = useDocusaurusContext();
  return fallbackLanguageOf(source, i18n.currentLocale, i18n.defaultLocale);
}
