/**
 * The glossary's terms in the site's other languages, keyed by locale, then by the English entry's
 * id (`src/data/glossary.ts`). Unofficial: the names are the ones readers of each language use (the
 * UN's own names for its bodies where it has them); none is the Framework's wording.
 *
 * Why a separate table: the English glossary is the source, and a term's translation must never
 * change its id, acronyms or sources. Search reads the names (a French or Spanish query on any
 * locale's site finds the concept); the glossary page and previews show them.
 *
 * Names that are proper names in every language (IGF, EST, EGRISS, UNITAR, WBG Institute, IISD,
 * ISI, Friday Seminar, International Civil Society Centre, Collaborative on Citizen Data) keep their
 * English form, and acronyms our sources do not spell out stay unexpanded: a translation may not
 * claim more than the English entry does. Validated in tests/unit/content/glossaryTranslations.test.ts.
 *
 * Definitions: a faithful translation of the English definition, nothing added (every number, date
 * and name as in English: tests/unit/i18n/translationFidelity.test.ts). Each carries its translation
 * record, whose `source` is the SHA-256 of the English definition it follows; when the English
 * definition changes, the staleness check (tests/unit/i18n/staleness.test.ts) names the entry until
 * the translation is updated and the new hash recorded (`npx tsx src/plugins/translations/status.ts`
 * prints it). A term without a definition here shows the English one.
 *
 * The tables live one per locale in src/data/glossaryLocales/, one file per language to edit. They are
 * build-time data: link previews, search, checks, and the glossary page, whose entries the docs
 * plugin puts in the page's metadata (src/plugins/docs), so no browser bundle imports a table.
 */
import AR from './glossaryLocales/ar';
import ES from './glossaryLocales/es';
import FR from './glossaryLocales/fr';
import type { GlossaryTable } from './glossaryLocales/shared';

/** Locales with glossary translations: every site locale but English. */
export type GlossaryLocale = 'fr' | 'es' | 'ar';

export const GLOSSARY_TRANSLATIONS: Readonly<Record<GlossaryLocale, GlossaryTable>> = { fr: FR, es: ES, ar: AR };

/** The glossary table of `locale`'s site, or undefined for English (the source) and unknown locales. */
export function glossaryTableFor(locale: string): GlossaryTable | undefined {
  return Object.hasOwn(GLOSSARY_TRANSLATIONS, locale) ? GLOSSARY_TRANSLATIONS[locale as GlossaryLocale] : undefined;
}
