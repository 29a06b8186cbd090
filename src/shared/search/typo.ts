/**
 * Typo tolerance that stays cheap and precise: a misspelt word is replaced by the one nearest
 * known term, within one edit for words of 5–7 letters and two edits from 8 letters (Algolia's
 * thresholds are 4 and 8; ours start one letter later because short policy words such as "data"
 * and "date" are too close to correct safely). Known words are never corrected, so exactly one
 * term reaches the index per typed word: no fan-out of fuzzy queries per keystroke.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { Vocabulary } from './vocabulary';

/** Shortest word that is corrected at all. */
export const MIN_TYPO_LENGTH = 5;
/** Shortest word allowed two edits. */
export const TWO_TYPOS_LENGTH = 8;

/** How many edits a word of this length may be away from the term it means. */
export function allowedEdits(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  return length < TWO_TYPOS_LENGTH ? 1 : 2;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), abandoned as
 * soon as it must exceed `max`.
 *
 * @returns the distance, or `max + 1` when it is larger than `max`
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * @param term - a normalised word the vocabulary does not know
 * @returns the nearest known term within the allowed edits (ties go to the more frequent term,
 *   then to the one sharing the first letter), or null
 */
export function correctTerm(term: string, vocabulary: Vocabulary): string | null {
  const max = allowedEdits(term.length);
  if (max === 0 || vocabulary.has(term) || !/^\p{L}+$/u.test(term)) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  for (const candidate of vocabulary.termsNearLength(term.length, max)) {
    const distance = editDistance(term, candidate, Math.min(max, bestDistance));
    if (distance > max) continue;
    const frequency = vocabulary.documentFrequency(candidate) + (candidate[0] === term[0] ? 0.5 : 0);
    if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
      best = candidate;
      bestDistance = distance;
      bestFrequency = frequency;
    }
  }
  return best;
}
