/**
 * One analyser per site language: how a word of that language becomes a search term. Each locale's
 * build writes its own index with its locale's analyser and records the language in the index file
 * and its manifest; readers build the same analyser from that record, so index and queries always
 * agree, and a reader that expects another language gets a clear error (see `readIndexFile`).
 *
 * - English (`en`): exactly the rules of `stem.ts` and `spelling.ts` (plural rule, British →
 *   American, Porter), the stop words of `tokenize.ts` and `data/functionWords.json`.
 * - French (`fr`) and Spanish (`es`): elided articles and pronouns removed (`l'initiative` →
 *   initiative, `d’experts` → experts), then the Snowball stemmer of each language from
 *   `@orama/stemmers`. Words are folded before they are stemmed, as Lucene's French and Spanish
 *   light stemmers do: readers type `donnees citoyennes` for `données citoyennes`, and a word must
 *   give one term however its accents are typed (Snowball on accented words gives `données` → don
 *   but `donnees` → donne). The cost is some derivational conflation (Spanish `-ación`), never the
 *   plurals and genders the site's queries need (`initiatives`/`initiative`,
 *   `ciudadanos`/`ciudadana`).
 * - Arabic (`ar`): normalisation and Larkey's light10 stemmer (`arabic.ts`, where the choice is
 *   explained).
 *
 * Pages not yet translated are built in English inside each locale, so every analyser also drops
 * English stop and function words, and the Arabic one stems Latin words as English does. Stop,
 * function and elided words are reviewed data (`data/<language>.json`), not code.
 *
 * Pure: no DOM, no Node APIs.
 */
import { stemmer as frenchSnowball } from '@orama/stemmers/french';
import { stemmer as spanishSnowball } from '@orama/stemmers/spanish';
import { isArabicWord, lightStemArabic, normaliseArabic } from './arabic';
import AR_DATA from './data/ar.json';
import ES_DATA from './data/es.json';
import FR_DATA from './data/fr.json';
import FUNCTION_WORD_DATA from './data/functionWords.json';
import { foldWord } from './fold';
import { stem as englishStem } from './stem';

/** Languages search has an analyser for: the site's locales. */
export const SEARCH_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

export function isSearchLanguage(value: unknown): value is SearchLanguage {
  return typeof value === 'string' && (SEARCH_LANGUAGES as readonly string[]).includes(value);
}

/**
 * @param locale - a Docusaurus locale (`fr`, `pt-BR`, …)
 * @returns the language whose analyser indexes that locale
 * @throws Error when search has no analyser for the locale's language
 */
export function languageOfLocale(locale: string): SearchLanguage {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  if (!isSearchLanguage(language))
    throw new Error(
      `Search has no analyser for the locale "${locale}"; add one in src/shared/search/language.ts (known: ${SEARCH_LANGUAGES.join(', ')}).`,
    );
  return language;
}

/** How the words of one language become terms. */
export interface Analyser {
  language: SearchLanguage;
  /** Folds a word, number or symbol: case, marks, script variants (see `foldWord`). */
  fold(raw: string): string;
  /** Removes an elided article or pronoun from a word as written: `l’initiative` → `initiative`. */
  elide(raw: string): string;
  /** Folded words left out of the index. */
  stopWords: ReadonlySet<string>;
  /** Folded question and function words dropped from queries and never corrected. */
  functionWords: ReadonlySet<string>;
  /** A folded word's term: the same for its inflected forms. */
  stem(folded: string): string;
}

/** The English index's stop words (kept here, where every analyser reads them). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were which with'.split(
    ' ',
  ),
);

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORD_DATA.words);

const LATIN_WORD = /^[a-z]+$/;

/** Applies a stemmer until the term no longer changes (Snowball is not idempotent for every word). */
function toFixedPoint(stemmer: (word: string) => string, word: string): string {
  let current = word;
  for (let round = 0; round < 4; round += 1) {
    const next = stemmer(current);
    if (next === current || next.length === 0) break;
    current = next;
  }
  return current;
}

function elider(prefixes: readonly string[]): (raw: string) => string {
  if (prefixes.length === 0) return (raw) => raw;
  const pattern = new RegExp(`^(?:${prefixes.join('|')})['’](?=[\\p{L}\\p{N}])`, 'iu');
  return (raw) => raw.replace(pattern, '');
}

const english: Analyser = {
  language: 'en',
  fold: foldWord,
  elide: (raw) => raw,
  stopWords: ENGLISH_STOP_WORDS,
  functionWords: ENGLISH_FUNCTION_WORDS,
  stem: englishStem,
};

interface LanguageData {
  stopWords: readonly string[];
  functionWords: readonly string[];
  elisions: readonly string[];
}

function romance(language: 'fr' | 'es', data: LanguageData, snowball: (word: string) => string): Analyser {
  return {
    language,
    fold: foldWord,
    elide: elider(data.elisions),
    stopWords: new Set([...ENGLISH_STOP_WORDS, ...data.stopWords]),
    functionWords: new Set([...ENGLISH_FUNCTION_WORDS, ...data.functionWords]),
    stem: (folded) => {
      if (LATIN_WORD.test(folded)) return toFixedPoint(snowball, folded);
      return isArabicWord(folded) ? lightStemArabic(folded) : folded;
    },
  };
}

const arabic: Analyser = {
  language: 'ar',
  fold: (raw) => normaliseArabic(foldWord(raw)),
  elide: (raw) => raw,
  stopWords: new Set([...ENGLISH_STOP_WORDS, ...AR_DATA.stopWords]),
  functionWords: new Set([...ENGLISH_FUNCTION_WORDS, ...AR_DATA.functionWords]),
  // Latin words in the Arabic build are the English pages not yet translated.
  stem: (folded) => (isArabicWord(folded) ? lightStemArabic(folded) : englishStem(folded)),
};

const ANALYSERS: Readonly<Record<SearchLanguage, Analyser>> = {
  en: english,
  fr: romance('fr', FR_DATA, frenchSnowball),
  es: romance('es', ES_DATA, spanishSnowball),
  ar: arabic,
};

/** @returns the one analyser of a language (shared, immutable) */
export function analyserFor(language: SearchLanguage): Analyser {
  return ANALYSERS[language];
}
