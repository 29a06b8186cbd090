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
 * The tables live one per locale in src/data/glossaryLocales/, so that a locale's glossary page
 * bundles its own language only; this module gathers them for build-time code (link previews,
 * search, checks).
 */
import AR from './glossaryLocales/ar';
import ES from './glossaryLocales/es';
import FR from './glossaryLocales/fr';
import type { GlossaryTable } from './glossaryLocales/shared';

/** Locales with glossary translations: every site locale but English. */
export type GlossaryLocale = 'fr' | 'es' | 'ar';

export const GLOSSARY_TRANSLATIONS: Readonly<Record<GlossaryLocale, GlossaryTable>> = { fr: FR, es: ES, ar: AR };
