/**
 * The contract between the index builder (build time, Node) and the query side (browser, CLI):
 * what one search record holds, and the shape of the files the build publishes.
 *
 * Keys are one letter because every record is shipped in the index's document store; each key's
 * JSDoc names its meaning.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { ContentType } from '../contentModel';
import type { Provenance } from '../paragraphId';
import type { SearchLanguage } from './language';

/** One paragraph (or, for blog posts, one section) of the site. */
export type SearchRecord = {
  /** Id in the index: the record's position in build order (page order, then document order). */
  id: number;
  /** URL: the page path, plus `#` and the paragraph's block id (or the section's heading id). */
  u: string;
  /** Title of the page. */
  t: string;
  /** Heading path from the page title down to the paragraph's section (title excluded). */
  h: string[];
  /** Content type of the page. */
  k: ContentType;
  /** Provenance of the paragraph (its own label, else its page's). */
  p: Provenance;
  /** Plain text of the paragraph, without its controls and badges. */
  x: string;
};

/** A glossary term as search needs it: synonym forms and a suggestion target. */
export type SearchGlossaryTerm = {
  /** The term, as displayed. */
  term: string;
  /** Acronyms and aliases, which search treats as the same concept. */
  forms: string[];
  /** URL of the term's entry on the glossary page. */
  url: string;
  /**
   * The term's name, acronyms and aliases in the site's other languages
   * (`src/data/glossaryTranslations.ts`): a query in any of them finds the concept.
   */
  translations?: GlossaryTranslationForms[];
};

/** A glossary term's forms in one language: its name first, then its acronyms and aliases. */
export type GlossaryTranslationForms = {
  language: SearchLanguage;
  forms: string[];
};

/**
 * Version of the published index format; bump when the records, the index options, the files or the
 * manifest change. 4: the index is published in parts.
 */
export const INDEX_FORMAT_VERSION = 4;

/**
 * One part of the index (or the whole of it): a FlexSearch export plus what the query side needs
 * besides it. The index is published in parts, loaded in order, so that the Framework's own pages are
 * searchable before the rest has arrived (see `SearchManifest`); the parts' records are numbered on
 * across them, so that every part extends the ones before it.
 */
export type SearchIndexFile = {
  /** Format version, see {@link INDEX_FORMAT_VERSION}. */
  v: number;
  /** Language of the index: its analyser (`language.ts`), which readers must use too. */
  l: SearchLanguage;
  /** Id of the first record: 0 in the first part, else the number of records in the parts before. */
  first: number;
  /** Number of records (ids are first … first+n-1). */
  n: number;
  /** Content types of the records, in `CONTENT_TYPES` order. */
  types: ContentType[];
  /** Every (key, data) pair of the FlexSearch Document export, as given. */
  keys: Record<string, string>;
  /**
   * Glossary terms: synonyms for queries and suggestions when nothing matches. The first part's
   * serve the whole index; later parts carry none.
   */
  glossary: SearchGlossaryTerm[];
  /**
   * Other named concepts with their translations (the site's sections, under the sidebar's
   * translated labels): found by a query in any language, never suggested.
   */
  concepts?: SearchGlossaryTerm[];
  /**
   * Acronyms of the names the records spell out, as `[acronym, name]` groups (`nameAcronyms.ts`):
   * synonyms like the glossary's, read from the whole index's text at build time. The first part's
   * serve the whole index.
   */
  names?: string[][];
};

/** A part of the index, as the manifest names it. */
export type SearchIndexPart = {
  /** Name of the part's file, relative to the manifest, e.g. `index.3f9c2a1b0d.json` (content-hashed). */
  file: string;
  /** Content types of its records: what search cannot find until it has loaded. */
  types: ContentType[];
  /** Number of its records. */
  records: number;
};

/** The small, never-cached file that names the current (content-hashed) index files. */
export type SearchManifest = {
  /** Format version of the files it names, see {@link INDEX_FORMAT_VERSION}. */
  v: number;
  /** Language of the index it names (the same as every part's `l`). */
  language: SearchLanguage;
  /** The parts, in the order they are loaded (each extends the ones before it). */
  parts: SearchIndexPart[];
};

/** Name of the Docusaurus plugin, under which the browser finds its global data. */
export const SEARCH_PLUGIN_NAME = 'fw-search';

/** Name of the search worker (its chunk's name in the build, and the Worker's name). */
export const SEARCH_WORKER_NAME = 'search';

/** The plugin's global data: all a page needs before search is first opened. */
export type SearchGlobalData = {
  /** URL of the manifest (revalidated on every load). */
  manifestUrl: string;
  /** Language of this locale's index: the page asks for it, and an index in another language is refused. */
  language: SearchLanguage;
};

/** Where the manifest is published, relative to the site's base URL. */
export const MANIFEST_PATH = 'search/manifest.json';
