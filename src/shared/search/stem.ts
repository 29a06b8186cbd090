/**
 * A light English plural stemmer (after Harman's "S" stemmer): "principles" finds "principle",
 * "communities" finds "community". Deliberately weak: a full stemmer (Porter) conflates words
 * readers keep apart ("organ"/"organization", "policy"/"police") and makes highlights surprising.
 * It is idempotent (stem(stem(w)) === stem(w)), because queries are encoded twice on some paths.
 *
 * Pure: no DOM, no Node APIs.
 */

/** Words that look plural but are not, or whose singular would collide with another word. */
const KEEP = new Set(['news', 'series', 'species', 'always', 'perhaps', 'sometimes', 'whereas', 'lens', 'canvas']);

/**
 * @param word - a folded (lowercase, diacritic-free) word
 * @returns its singular form for regular English plurals; other words unchanged
 */
export function stem(word: string): string {
  if (word.length < 4 || KEEP.has(word) || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:ss|us|is|ys|'s)$/.test(word)) return word.slice(0, -1);
  return word;
}
