/**
 * Names and separators in the page's language, for the comment UI (its own React root, outside
 * Docusaurus's context, so it reads `<html lang>`). A language is named as the page's language
 * names it (`en` → "anglais" on a French page, "الإنجليزية" on an Arabic one), not by its own name:
 * "Écrit en English" mixed two languages in one phrase. Parts of a list (stakeholder, organisation,
 * country) are separated as the page's language does: Arabic uses "، ", not the Latin comma.
 */
import { FALLBACK_LANGUAGE } from '@site/src/shared/textLanguage';
import { localeLabel, localeOfHtmlLang, SITE_LOCALES } from '@site/src/shared/locales';

/** The page's language (its `<html lang>`). */
export function pageLanguage(): string {
  return typeof document === 'undefined' ? FALLBACK_LANGUAGE : document.documentElement.lang || FALLBACK_LANGUAGE;
}

/** A language's name in the page's language; its own name where Intl.DisplayNames is missing. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([pageLanguage()], { type: 'language' }).of(code) ?? localeLabel(code);
  } catch {
    return localeLabel(code);
  }
}

/** The separator between the parts of a short list in the page's language: "، " in Arabic script, ", " otherwise. */
export function listSeparator(): string {
  const locale = localeOfHtmlLang(pageLanguage());
  return SITE_LOCALES.find((l) => l.code === locale)?.script === 'Arab' ? '، ' : ', ';
}
