/**
 * The one-page "Framework at a glance" handout (src/plugins/handout writes it): where each
 * language's site has it, for the plugin and for the pages that link it (the event kit).
 *
 * Its PDF uses the standard Helvetica fonts (WinAnsi encoding), which set the Latin script only:
 * an Arabic handout came out as question marks. A language in another script has no handout of its
 * own, and its pages link the default locale's, in English, rather than one that loses its text.
 *
 * Pure: no DOM, no Node.
 */
import { DEFAULT_LOCALE, localePath, SITE_LOCALES } from './locales';

/** The handout's file, under a language's site root: `build/fr/handouts/…` for French. */
export const HANDOUT_FILE = 'handouts/framework-at-a-glance.pdf';

/** Scripts the handout's fonts can set (ISO 15924). */
export const HANDOUT_SCRIPTS: readonly string[] = ['Latn'];

/** Whether `locale`'s build writes a handout of its own (false for an unknown locale). */
export function hasOwnHandout(locale: string): boolean {
  const script = SITE_LOCALES.find((l) => l.code === locale)?.script;
  return script !== undefined && HANDOUT_SCRIPTS.includes(script);
}

/**
 * The handout a page on `locale`'s site links: its own, or the default locale's.
 *
 * @param siteRoot - the base URL of the default locale's site (`/`)
 * @returns the path, and the language of the PDF (for `hreflang`)
 */
export function handoutFor(locale: string, siteRoot: string): { path: string; locale: string } {
  const own = hasOwnHandout(locale) ? locale : DEFAULT_LOCALE;
  return { path: `${siteRoot.replace(/\/$/, '')}${localePath(`/${HANDOUT_FILE}`, own)}`, locale: own };
}
