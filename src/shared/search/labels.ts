/**
 * Reader-facing names used by search results and filters, in the order groups and filters are
 * shown. Pure: used by the interface and the CLI.
 */
import type { ContentType } from '../contentModel';
import { PROVENANCE_LABELS } from '../blockLabels';
import { PROVENANCES, type Provenance } from '../paragraphId';
import type { Translation } from './crossLanguage';
import type { SearchLanguage } from './language';

/** Languages by their English names, for the CLI (the interface translates them). */
const LANGUAGE_NAMES: Readonly<Record<SearchLanguage, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ar: 'Arabic',
};

export const TYPE_LABELS: Record<ContentType, string> = {
  definition: 'Definition',
  principle: 'Principles',
  'enabling-environment': 'Enabling environment',
  roadmap: 'Roadmap',
  glossary: 'Glossary',
  background: 'Background',
  blog: 'News and events',
};

/** Content types in the order the search page lists its filters. */
export const TYPE_ORDER = Object.keys(TYPE_LABELS) as ContentType[];

export const PROVENANCE_ORDER: readonly Provenance[] = PROVENANCES;

export function provenanceLabel(provenance: Provenance): string {
  return PROVENANCE_LABELS[provenance].label;
}

/** Breadcrumb shown under a result: page title › headings. */
export function breadcrumbOf(title: string, path: readonly string[]): string {
  return [title, ...path].join(' › ');
}

/**
 * What to tell the reader when words of the query match nothing on the site (the CLI's wording;
 * the interface says the same through its translations).
 * @returns null when every word matched
 */
export function unmatchedNotice(unknown: readonly string[], hasResults: boolean): string | null {
  if (unknown.length === 0) return null;
  const words = unknown.map((word) => `“${word}”`).join(', ');
  return hasResults ? `No match for ${words}; showing results for the other words.` : `No match for ${words}.`;
}

/**
 * What to tell the reader when words of the query were read in another language (the CLI's
 * wording; the interface says the same through its translations): "Showing results for “Citizen
 * data” (French: “données citoyennes”)."
 * @returns null when nothing was translated
 */
export function translatedNotice(translated: readonly Translation[]): string | null {
  if (translated.length === 0) return null;
  return translated
    .map(({ source, language, term }) => `Showing results for “${term}” (${LANGUAGE_NAMES[language]}: “${source}”).`)
    .join(' ');
}
