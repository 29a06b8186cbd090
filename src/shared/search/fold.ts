/**
 * Folds a word to the form the search index compares: case, diacritics and script variants do
 * not matter, so "Organización", "ORGANIZACION" and "organizacion" are one term, and Arabic
 * hamza seats, alef maqsura and ta marbuta are unified (a reader rarely types them the way the
 * text was typeset).
 *
 * Pure: no DOM, no Node APIs.
 */

const ARABIC_FOLDS: Record<string, string> = { ى: 'ي', ة: 'ه', ـ: '' };

/**
 * @param word - one word or symbol as it appears in text or a query
 * @returns the word lowercased, with combining marks removed after compatibility decomposition
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ىةـ]/g, (char) => ARABIC_FOLDS[char] ?? char);
}
