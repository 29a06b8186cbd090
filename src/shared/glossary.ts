/**
 * How glossary terms are addressed, and how each locale's site shows a term (its name, with the
 * English name beside it, and its definition, the English one until translated). Pure: used by the
 * remark plugin, the docs plugin (which builds the glossary page's entries) and the search index.
 */
import type { GlossaryTerm, GlossaryTermTranslation } from './contentModel';
import { DEFAULT_LOCALE } from './locales';

/** Anchor of a term on the glossary page. */
export function glossaryAnchor(termId: string): string {
  return `term-${termId}`;
}

/** Path of the glossary page (on the default locale's site; other locales prefix it). */
export const GLOSSARY_PATH = '/docs/background/glossary';

/** Doc id of the glossary page: the same in every locale. */
export const GLOSSARY_DOC_ID = 'background/glossary';

const TERM_LINK = /(?:^|\/)glossary(?:\.mdx?)?#term-([a-z0-9-]+)$/;

/**
 * @param href - a link target as written in Markdown
 * @returns the term id when the link points at a glossary term, else null
 */
export function glossaryTermIdFromHref(href: string): string | null {
  return TERM_LINK.exec(href)?.[1] ?? null;
}

/** A glossary term as one locale's site shows it (glossary page and link previews). */
export interface LocalizedGlossaryTerm {
  /** The term's name in the locale, the English one where it has none. */
  readonly term: string;
  /** The locale's own acronyms; on another locale's site the English ones go with the English name. */
  readonly acronyms: readonly string[];
  /** Other names in the locale; on another locale's site, English aliases are not shown. */
  readonly aliases: readonly string[];
  readonly definition: string;
  /** The language the definition is written in: the locale's, or `en` where none is translated yet. */
  readonly definitionLocale: string;
  /** The English name, shown beside the locale's; null on the English site. */
  readonly englishTerm: string | null;
}

/**
 * @param term - the English glossary entry (src/data/glossary.ts)
 * @param locale - the site's locale
 * @param translation - the entry's translation into `locale` (src/data/glossaryTranslations.ts), if any
 * @returns the locale's name, acronyms and definition, with the English definition where none is
 *   translated, and the English name to show beside the locale's
 */
export function localizedGlossaryTerm(
  term: GlossaryTerm,
  locale: string,
  translation: GlossaryTermTranslation | undefined,
): LocalizedGlossaryTerm {
  if (locale === DEFAULT_LOCALE || !translation) {
    return {
      term: term.term,
      acronyms: term.acronyms ?? [],
      aliases: locale === DEFAULT_LOCALE ? (term.aliases ?? []) : [],
      definition: term.definition,
      definitionLocale: 'en',
      englishTerm: null,
    };
  }
  return {
    term: translation.term,
    // The English acronyms go with the English name, shown beside this one.
    acronyms: translation.acronyms ?? [],
    aliases: translation.aliases ?? [],
    definition: translation.definition ?? term.definition,
    definitionLocale: translation.definition ? locale : 'en',
    englishTerm: term.term,
  };
}

/**
 * One term as a locale's glossary page shows it. The docs plugin (src/plugins/docs) puts the list in
 * the glossary page's metadata, so the page ships what it shows and nothing else: no English
 * definitions on a translated page, no translation records, no other language's table.
 */
export interface GlossaryPageEntry extends LocalizedGlossaryTerm {
  /** The term's id: its anchor is `term-<id>` in every language. */
  readonly id: string;
  /** The English acronyms, shown with the English name (on the English site, `acronyms` again). */
  readonly englishAcronyms: readonly string[];
  /**
   * The English entry's other names, shown on another locale's page (a reader meets them in English
   * documents); empty on the English site, whose `aliases` are they.
   */
  readonly englishAliases: readonly string[];
  readonly provenance: GlossaryTerm['provenance'];
  /** Source ids (src/data/sources.ts), resolved from the page's slice of the content graph. */
  readonly sources: readonly string[];
  /** Doc ids of the pages that explain the term. */
  readonly related: readonly string[];
}

/**
 * @param terms - the English glossary (src/data/glossary.ts)
 * @param locale - the site's locale
 * @param translations - the locale's table, English term id → translation (src/data/glossaryLocales);
 *   absent for English
 * @returns every term as the locale's glossary page shows it, in the locale's alphabetical order
 *   (`Intl.Collator` for `locale`)
 */
export function glossaryPageEntries(
  terms: readonly GlossaryTerm[],
  locale: string,
  translations: Readonly<Record<string, GlossaryTermTranslation>> = {},
): GlossaryPageEntry[] {
  const collator = new Intl.Collator(locale);
  return terms
    .map((term) => ({
      ...localizedGlossaryTerm(term, locale, translations[term.id]),
      id: term.id,
      englishAcronyms: term.acronyms ?? [],
      englishAliases: locale === DEFAULT_LOCALE ? [] : (term.aliases ?? []),
      provenance: term.provenance,
      sources: term.sources,
      related: term.related ?? [],
    }))
    .sort((a, b) => collator.compare(a.term, b.term));
}
