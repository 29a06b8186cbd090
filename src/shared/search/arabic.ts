/**
 * Arabic normalisation and light stemming for search, the same at index and query time.
 *
 * Normalisation: readers rarely type a word the way it was typeset, so every spelling variant of a
 * letter becomes one letter: alef with hamza above or below, with madda and alef wasla (أ إ آ ٱ) are
 * ا; hamza on waw and yaa (ؤ ئ) are و and ي; taa marbuta ة is ه; alef maqsura ى is ي; harakat and
 * other diacritics and the tatweel ـ are removed; Arabic-Indic digits (٠–٩, ۰–۹) are 0–9. Most of
 * this is `foldWord`'s (Unicode decomposition removes the hamza and madda marks, and it folds ى ة
 * ـ); this module adds alef wasla and the digits.
 *
 * Stemming is Larkey, Ballesteros and Connell's "light10" (Light Stemming for Arabic Information
 * Retrieval, 2007), the standard light stemmer of Arabic retrieval (Lucene's ArabicStemmer is the
 * same algorithm): remove the conjunction و when three letters or more remain, then the longest
 * definite article (ال وال بال كال فال لل) when two or more remain, then, once each and in this
 * order, the suffixes ها ان ات ون ين يه ية ه ة ي when two or more remain. It only ever removes
 * affixes, so a word and its plural or its form with an article meet (بيانات, البيانات,
 * والبيانات → بيان), and it never invents a root.
 *
 * Why not @orama/stemmers' Arabic stemmer (the Snowball one) alone: it strips prepositions that are
 * the word's own first letter (بيانات → يانا, so the site's most frequent word stops matching its
 * singular بيان) and leaves the conjunction on (والبيانات → والبيانا). Light10 is a few lines of
 * published, widely reproduced rules, so it is written here rather than added as a package.
 *
 * Pure: no DOM, no Node APIs.
 */

const ARABIC_WORD = /^[\u0621-\u064A\u066E-\u06D3]+$/u;

/** Letters that {@link normaliseArabic} replaces (after `foldWord`, which handles the rest). */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ٱ: 'ا',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ة: 'ه',
  ـ: '',
};

/**
 * @param folded - a word after `foldWord` (or any text)
 * @returns the word with the Arabic letter variants unified and Arabic-Indic digits as ASCII
 *   digits; other characters unchanged
 */
export function normaliseArabic(folded: string): string {
  return folded
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/[ٱأإآؤئىةـ]/g, (char) => LETTER_FOLDS[char] ?? char)
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

/** Definite articles, longest first (light10). */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل'] as const;
/** Suffixes in light10's order, normalised (ة is written ه). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/** Whether the word is written in Arabic letters only (what {@link lightStemArabic} stems). */
export function isArabicWord(word: string): boolean {
  return ARABIC_WORD.test(word);
}

/**
 * Light10 on a normalised word.
 * @param word - a word after {@link normaliseArabic}
 * @returns its stem; words not written in Arabic letters unchanged
 */
export function lightStemArabic(word: string): string {
  if (!isArabicWord(word)) return word;
  let stem = word;
  if (stem.startsWith('و') && stem.length - 1 >= 3) stem = stem.slice(1);
  for (const article of ARTICLES) {
    if (stem.startsWith(article) && stem.length - article.length >= 2) {
      stem = stem.slice(article.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
