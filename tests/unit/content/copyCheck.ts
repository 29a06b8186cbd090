/**
 * The copy check: finds runs of words that a site file shares with the research brief (FACTS.md)
 * or the seed event document. Facts, names, dates and titles carry over; sentences do not, so a
 * shared run of 12 or more words is a copied sentence, whatever its case, punctuation or spelling.
 *
 * Pure string functions (no file system), so they are tested on plain strings; the test file
 * reads the real files and the shared brief.
 */

/** A word with the 1-based line it starts on. */
export interface Token {
  readonly word: string;
  readonly line: number;
}

/** One shared run: where it is on the site and in the brief, and its folded words. */
export interface SharedRun {
  readonly siteLine: number;
  readonly sourceLine: number;
  readonly words: number;
  readonly text: string;
}

/**
 * Folds British and American spellings to one form, on both sides, so "organisation" and
 * "organization" (or "centre" and "center", "labelled" and "labeled") are the same word.
 * Over-folding a word that is not a variant is harmless: both texts are folded the same way.
 */
export function foldSpelling(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/isation/g, 'ization')
    .replace(/is(e|ed|es|ing|er|ers)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|able)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ll(ed|ing|er|ers)$/, 'l$1')
    .replace(/ogue$/, 'og')
    .replace(/amme(s)?$/, 'am$1')
    .replace(/ence$/, 'ense');
}

/** Parts of a text that are addresses or markup, not prose: they are blanked, keeping line breaks. */
const NOT_PROSE = [
  /https?:\/\/[^\s)"'`>\]]+/g, // URLs (identical by design: every URL must match FACTS.md)
  /\{(?:\s*[#.][^\s{}]+)+\s*\}/g, // block markers {#id .summary}
  /^import .*$/gm, // MDX and TS imports
];

/**
 * Splits text into folded words with their line numbers. Case, diacritics, punctuation and
 * spelling variants do not matter; "&" reads as "and".
 */
export function tokenize(text: string): Token[] {
  let prose = text;
  for (const pattern of NOT_PROSE) prose = prose.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
  const tokens: Token[] = [];
  prose.split('\n').forEach((lineText, index) => {
    const folded = lineText
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[’']s\b/g, 's');
    for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
      if (word) tokens.push({ word: foldSpelling(word), line: index + 1 });
    }
  });
  return tokens;
}

/**
 * Marks the tokens that belong to an allowed phrase (an exact title or name that must be
 * reproduced as it is), so no run may include them.
 */
export function maskAllowed(tokens: readonly Token[], allowed: readonly string[]): boolean[] {
  const masked = tokens.map(() => false);
  for (const phrase of allowed) {
    const words = tokenize(phrase).map((t) => t.word);
    if (words.length === 0) continue;
    for (let i = 0; i + words.length <= tokens.length; i += 1) {
      if (words.every((w, k) => tokens[i + k]!.word === w)) for (let k = 0; k < words.length; k += 1) masked[i + k] = true;
    }
  }
  return masked;
}

/** Every n-gram of a source text, keyed by its words, with the line it starts on. */
export function indexGrams(tokens: readonly Token[], n: number): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const key = tokens
      .slice(i, i + n)
      .map((t) => t.word)
      .join(' ');
    if (!grams.has(key)) grams.set(key, tokens[i]!.line);
  }
  return grams;
}

/**
 * Finds the runs of at least `n` words that `site` shares with the indexed source, skipping
 * allowed phrases. Overlapping n-gram hits are merged into one run per copied passage.
 */
export function sharedRuns(
  site: readonly Token[],
  sourceGrams: ReadonlyMap<string, number>,
  n: number,
  allowed: readonly string[] = [],
): SharedRun[] {
  const masked = maskAllowed(site, allowed);
  const runs: SharedRun[] = [];
  let current: { start: number; end: number; sourceLine: number } | null = null;
  for (let i = 0; i + n <= site.length; i += 1) {
    const window = site.slice(i, i + n);
    const free = window.every((_, k) => !masked[i + k]);
    const sourceLine = free ? sourceGrams.get(window.map((t) => t.word).join(' ')) : undefined;
    if (sourceLine === undefined) continue;
    if (current && i <= current.end) {
      current.end = i + n;
    } else {
      if (current) runs.push(toRun(site, current));
      current = { start: i, end: i + n, sourceLine };
    }
  }
  if (current) runs.push(toRun(site, current));
  return runs;
}

function toRun(site: readonly Token[], run: { start: number; end: number; sourceLine: number }): SharedRun {
  const words = site.slice(run.start, run.end);
  return {
    siteLine: words[0]!.line,
    sourceLine: run.sourceLine,
    words: words.length,
    text: words.map((t) => t.word).join(' '),
  };
}
