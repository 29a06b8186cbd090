/**
 * Acronyms of the names the site's text spells out: "GPSDD" finds "Global Partnership for
 * Sustainable Development Data", "UNSC" finds "UN Statistical Commission", "HRBAD" finds "Human
 * Rights-Based Approach to Data". Readers type the acronym they know; the sources often write the
 * name in full, and no reviewed list can keep up with every organisation, meeting and programme
 * the news pages name. So the index build reads each name's initials from the text itself.
 *
 * A name is a run of capitalised words, joined by the small words names contain ("of", "for",
 * "on", "and", "to", "the"). Its acronym takes one letter per capitalised word, every letter of a
 * word written in capitals ("UN", "ESCAP"), and one per part of a hyphenated word ("Rights-Based").
 * To keep guesses out:
 * - a name needs at least two capitalised words and gives an acronym of 3 to 8 letters;
 * - a run that starts a sentence is read both with and without its first word, which may be an
 *   ordinary word capitalised ("Under the Global Partnership's…"), and a long name is also read
 *   up to each joiner, as acronyms often name its head only (`readingsOf`);
 * - an acronym that the text also uses as an ordinary lower-case word is dropped (it would turn a
 *   word into a name), and so is one whose names differ (two names, one acronym: no way to know
 *   which the reader means).
 *
 * Pure: no DOM, no Node APIs.
 */

/** Small words inside a name, skipped by its acronym ("Office *of the* High Commissioner"). */
const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'and', 'to', 'the']);
/** Joiners a name's head ends before (not "and", which joins words inside a head: "Economic and Social"). */
const HEAD_ENDS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to']);
/** Articles that start a sentence or a name without being part of it. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const MIN_LETTERS = 3;
const MAX_LETTERS = 8;

/**
 * A word (1), with the apostrophe-s that ends a name (2: "UNSD's Yongyi Min"), or a punctuation
 * mark that ends one (3).
 */
const WORD = /([\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*)(['’]s\b)?|([.!?:;()[\]“”"«»,])/gu;
const SENTENCE_END = '.!?:;';

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** The letters a word gives its name's acronym. */
function initials(word: string): string {
  if (/^[\p{Lu}\p{N}]{2,}$/u.test(word)) return word;
  return word
    .split(/[-‐‑]/)
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();
}

/** The acronym of a run of words, or null when it is too short or too long to be one. */
function acronymOf(words: readonly string[]): string | null {
  const capitalised = words.filter((word) => !JOINERS.has(word));
  if (capitalised.length < 2) return null;
  const acronym = capitalised.map(initials).join('');
  return acronym.length >= MIN_LETTERS && acronym.length <= MAX_LETTERS ? acronym : null;
}

/** The runs of capitalised words (with their joiners) in a text, and whether each starts a sentence. */
function nameRuns(text: string): Array<{ words: string[]; startsSentence: boolean }> {
  const runs: Array<{ words: string[]; startsSentence: boolean }> = [];
  let run: string[] = [];
  let runStartsSentence = false;
  let atSentenceStart = true;
  const close = () => {
    while (run.length > 0 && JOINERS.has(run[run.length - 1]!)) run.pop();
    if (run.length > 1) runs.push({ words: run, startsSentence: runStartsSentence });
    run = [];
  };
  for (const [, word, possessive, mark] of text.matchAll(WORD)) {
    if (word === undefined) {
      close();
      if (SENTENCE_END.includes(mark ?? '')) atSentenceStart = true;
      continue;
    }
    if (isCapitalised(word)) {
      if (run.length === 0) runStartsSentence = atSentenceStart;
      run.push(word);
    } else if (run.length > 0 && JOINERS.has(word)) {
      run.push(word);
    } else {
      close();
    }
    if (possessive) close();
    atSentenceStart = false;
  }
  close();
  return runs;
}

/**
 * The ways a run can be read as a name: whole, without a first word that may be an ordinary word
 * capitalised at the start of a sentence, and cut before each joiner ("High-level Political Forum"
 * of "… on Sustainable Development", "Office for National Statistics" of "… of the United
 * Kingdom"), since acronyms often name only the head of a long name. Leading articles are never
 * part of a name ("The Global Partnership").
 */
function readingsOf(words: readonly string[], startsSentence: boolean): string[][] {
  const starts = startsSentence ? [words, words.slice(1)] : [words];
  const readings: string[][] = [];
  for (const start of starts) {
    let from = 0;
    while (from < start.length && (JOINERS.has(start[from]!) || ARTICLES.has(start[from]!.toLowerCase()))) from += 1;
    const name = start.slice(from);
    readings.push(name);
    name.forEach((word, index) => {
      if (index > 0 && HEAD_ENDS.has(word) && !JOINERS.has(name[index - 1]!)) readings.push(name.slice(0, index));
    });
  }
  return readings;
}

/**
 * The acronym groups of a text collection.
 * @param texts - every title, heading and paragraph of the index
 * @param nameKey - what two spellings of one name share (the index's analyser: plurals,
 *   possessives, spelling variants); by default, the name in lower case
 * @returns one group per acronym: `[acronym, name]`, the name as first written
 */
export function nameAcronyms(
  texts: Iterable<string>,
  nameKey: (name: string) => string = (name) => name.toLowerCase(),
): string[][] {
  /** Per acronym, its names by key, each as first written. */
  const namesOf = new Map<string, Map<string, string>>();
  const keys = new Map<string, string>();
  const lowerCaseWords = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu)) lowerCaseWords.add(word);
    for (const { words, startsSentence } of nameRuns(text)) {
      for (const reading of readingsOf(words, startsSentence)) {
        const acronym = acronymOf(reading);
        if (!acronym) continue;
        const name = reading.join(' ');
        let key = keys.get(name);
        if (key === undefined) keys.set(name, (key = nameKey(name)));
        const names = namesOf.get(acronym) ?? new Map<string, string>();
        if (!names.has(key)) names.set(key, name);
        namesOf.set(acronym, names);
      }
    }
  }
  const groups: string[][] = [];
  for (const [acronym, names] of namesOf) {
    if (names.size !== 1 || lowerCaseWords.has(acronym.toLowerCase())) continue;
    groups.push([acronym, ...names.values()]);
  }
  return groups.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
