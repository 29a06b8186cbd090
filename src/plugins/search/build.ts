/**
 * Turns extracted paragraphs into records and the published index file: numbering, URLs, the
 * page/block provenance rule, the glossary terms the query side uses as synonyms (with their names
 * in the site's other languages, for cross-language help), and the site's sections under their
 * translated sidebar labels.
 */
import { GLOSSARY } from '../../data/glossary';
import { GLOSSARY_TRANSLATIONS, type GlossaryLocale } from '../../data/glossaryTranslations';
import { GLOSSARY_PATH, glossaryAnchor } from '../../shared/glossary';
import type { ContentType } from '../../shared/contentTypes';
import { buildIndexParts } from '../../shared/search/indexFile';
import type { SearchLanguage } from '../../shared/search/language';
import type {
  GlossaryTranslationForms,
  SearchGlossaryTerm,
  SearchIndexFile,
  SearchRecord,
} from '../../shared/search/record';
import { DOCS_TRANSLATIONS_FILE, translationMessages } from '../translations/messages';
import type { IndexedPage } from './collectPages';
import type { ExtractedParagraph } from './extract';

export interface ExtractedPage {
  page: IndexedPage;
  paragraphs: ExtractedParagraph[];
}

/** @returns the records of all pages, numbered in the order given, then in document order */
export function toRecords(pages: readonly ExtractedPage[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const { page, paragraphs } of pages) {
    for (const paragraph of paragraphs) {
      records.push({
        id: records.length,
        u: paragraph.anchor ? `${page.path}#${paragraph.anchor}` : page.path,
        t: page.title,
        h: paragraph.path,
        k: page.type,
        p: paragraph.provenance ?? page.provenance,
        x: paragraph.text,
      });
    }
  }
  return records;
}

const TRANSLATED_LOCALES = Object.keys(GLOSSARY_TRANSLATIONS) as GlossaryLocale[];

/** A glossary entry's forms in each language it is translated into (`src/data/glossaryTranslations.ts`). */
function translationsOf(id: string): GlossaryTranslationForms[] {
  return TRANSLATED_LOCALES.flatMap((language) => {
    const translation = GLOSSARY_TRANSLATIONS[language][id];
    if (!translation) return [];
    return [{ language, forms: [translation.term, ...(translation.acronyms ?? []), ...(translation.aliases ?? [])] }];
  });
}

/** The glossary as search needs it, from `src/data/glossary.ts` and its translations. */
export function glossaryTerms(baseUrl: string): SearchGlossaryTerm[] {
  const glossaryPath = `${baseUrl.replace(/\/$/, '')}${GLOSSARY_PATH}`;
  return GLOSSARY.map((entry) => {
    const translations = translationsOf(entry.id);
    return {
      term: entry.term,
      forms: [...(entry.acronyms ?? []), ...(entry.aliases ?? [])],
      url: `${glossaryPath}#${glossaryAnchor(entry.id)}`,
      ...(translations.length > 0 && { translations }),
    };
  });
}

const CATEGORY_KEY = /^sidebar\.[^.]+\.category\.(.+)$/;

/**
 * The docs sidebar's categories (the site's sections: Definition, Roadmap, …) under their
 * translated labels, read from each locale's `i18n/<locale>/docusaurus-plugin-content-docs/current.json`
 * (the site's own translations, reviewed with the other interface strings).
 * @param siteDir - the site's folder
 * @returns one concept per English category label that has a translation
 */
export function sectionConcepts(siteDir: string): SearchGlossaryTerm[] {
  const byLabel = new Map<string, GlossaryTranslationForms[]>();
  for (const language of TRANSLATED_LOCALES) {
    for (const [key, message] of Object.entries(translationMessages(siteDir, language, DOCS_TRANSLATIONS_FILE))) {
      const label = CATEGORY_KEY.exec(key)?.[1];
      if (!label || message.trim().toLowerCase() === label.toLowerCase()) continue;
      const translations = byLabel.get(label) ?? [];
      translations.push({ language, forms: [message] });
      byLabel.set(label, translations);
    }
  }
  return [...byLabel].map(([term, translations]) => ({ term, forms: [], url: '', translations }));
}

/**
 * Groups pages into the index's parts, in the order they load: a page goes to the first part that
 * lists its content type, or, listed nowhere, to a last part of its own. Pages keep their order
 * within a part; parts with no page are left out.
 * @param parts - content types per part (the plugin's `parts` option)
 */
export function partitionPages(
  pages: readonly ExtractedPage[],
  parts: readonly (readonly ContentType[])[],
): ExtractedPage[][] {
  const groups: ExtractedPage[][] = Array.from({ length: parts.length + 1 }, () => []);
  for (const entry of pages) {
    const part = parts.findIndex((types) => types.includes(entry.page.type));
    groups[part === -1 ? parts.length : part]!.push(entry);
  }
  return groups.filter((group) => group.length > 0);
}

/**
 * @param language - the index's language (the locale's), whose analyser cuts every field
 * @param siteDir - the site's folder, where the translated section labels are read (none when absent)
 * @param parts - content types per part (see `partitionPages`); none: one part
 * @returns the index's parts, in loading order, records numbered on across them (one empty part
 *   when there is no page)
 */
export function buildIndex(
  pages: readonly ExtractedPage[],
  baseUrl: string,
  language: SearchLanguage = 'en',
  siteDir?: string,
  parts: readonly (readonly ContentType[])[] = [],
): Promise<SearchIndexFile[]> {
  const groups = partitionPages(pages, parts);
  const records = toRecords(groups.flat());
  let first = 0;
  const recordParts = groups.map((group) => {
    const count = group.reduce((sum, entry) => sum + entry.paragraphs.length, 0);
    first += count;
    return records.slice(first - count, first);
  });
  return buildIndexParts(
    recordParts.length > 0 ? recordParts : [[]],
    glossaryTerms(baseUrl),
    language,
    siteDir === undefined ? [] : sectionConcepts(siteDir),
  );
}
