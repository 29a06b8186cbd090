/**
 * Folds a word to the form the search index compares: case, diacritics and script variants do
 * not matter, so "Organización", "ORGANIZACION" and "organizacion" are one term, "Łódź" is
 * "lodz" and "Søren" is "soren", and Arabic hamza seats, alef maqsura and ta marbuta are unified
 * (a reader rarely types them the way the text was typeset).
 *
 * Latin letters that carry their mark inside the letter (ø, ł, đ, ħ, ı, æ, œ, þ), which Unicode
 * decomposition leaves alone, are folded with the `remove-accents` table rather than a hand list.
 *
 * Pure: no DOM, no Node APIs.
 */
import removeAccents from 'remove-accents';

const ARABIC_FOLDS: Record<string, string> = { ى: 'ي', ة: 'ه', ـ: '' };

/**
 * Characters that are invisible in print and only get in the way of matching: soft hyphen,
 * zero-width space, non-joiner and joiner, word joiner, byte-order mark. Text pasted from PDFs and
 * word processors carries them inside words.
 */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Every dash and minus a text may use for a range or a compound: hyphen-minus, ‐ ‑ ‒ – — ― − ﹣ －. */
export const DASHES = /[-\u2010-\u2015\u2212\uFE63\uFF0D]/g;

const NON_ASCII = /[^ -~]/;

/**
 * @param word - one word or symbol as it appears in text or a query
 * @returns the word lowercased, without invisible characters, with every dash written `-`, and
 *   with Latin letters folded to their base letters
 */
export function foldWord(word: string): string {
  let folded = word.replace(INVISIBLE, '').normalize('NFKD').replace(/\p{M}/gu, '');
  if (NON_ASCII.test(folded)) folded = removeAccents(folded);
  return folded
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/[ىةـ]/g, (char) => ARABIC_FOLDS[char] ?? char);
}
