/**
 * English stemming, the same at index and query time: "labelled", "labeled", "labels" and
 * "labelling" all become "label"; "recognition"/"recognise" do not meet, but "interoperable" and
 * "interoperability" do. The algorithm is Porter's, from the `stemmer` package, not our own code.
 *
 * Before Porter runs, a light plural rule (after Harman's "S" stemmer) and the British/American
 * spelling rules of `spelling.ts` bring a word to its American singular, because Porter cuts
 * "organisation" and "organization" to different stems. Porter is not idempotent for every word,
 * and FlexSearch encodes query terms a second time, so the result is stemmed to a fixed point.
 *
 * Pure: no DOM, no Node APIs.
 */
import { stemmer } from 'stemmer';
import { canonicalSpelling } from './spelling';

/** Words that look plural but are not, or whose singular would collide with another word. */
const KEEP = new Set(['news', 'series', 'species', 'always', 'perhaps', 'sometimes', 'whereas', 'lens', 'canvas']);

/**
 * @param word - a folded (lowercase, diacritic-free) word
 * @returns its singular form for regular English plurals; other words unchanged
 */
export function singular(word: string): string {
  if (word.length < 4 || KEEP.has(word) || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:ss|us|is|ys|'s)$/.test(word)) return word.slice(0, -1);
  return word;
}

const LATIN_WORD = /^[a-z]+$/;

/**
 * @param word - a folded word
 * @returns its stem: the same string for every inflected and British/American form of the word;
 *   words that are not plain Latin letters (numbers, other scripts) unchanged
 */
export function stem(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  let current = word;
  for (let round = 0; round < 4; round += 1) {
    const next = stemmer(canonicalSpelling(singular(current)));
    if (next === current) break;
    current = next;
  }
  return current;
}
