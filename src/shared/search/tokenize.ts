/**
 * Cuts text into search terms, the same way for the index, the query and the highlighter.
 *
 * - Words are folded (case, diacritics), singularised and spelled the canonical way, so
 *   variants meet on one term.
 * - Numbers, years and document symbols stay whole: "2030", "16.3.1", "E/CN.3/2026/13" are one
 *   term each (FlexSearch's default encoder would cut "2030" into "203" + "0"). For the index a
 *   symbol also yields its parts, so "2026" finds the paragraph that cites "E/CN.3/2026/13".
 * - Han and kana characters have no spaces between words: each character is a term.
 * - Every token keeps its offsets in the original string, so highlights land on the characters
 *   the reader sees, whatever the folding did.
 *
 * Pure: no DOM, no Node APIs.
 */
import { foldWord } from './fold';
import { canonicalSpelling } from './spelling';
import { stem } from './stem';

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  /** The normalised term compared by the index. */
  term: string;
  /** Offsets of the token in the original string (end exclusive). */
  start: number;
  end: number;
  kind: TokenKind;
}

/** Longest term kept; longer runs (hashes, pasted junk) are cut, not dropped, so they stay searchable by prefix. */
export const MAX_TERM_LENGTH = 40;

/**
 * Function words that carry no meaning on their own. Removing them keeps the body index small
 * and makes "office of the country" adjacent to "office country" for phrase scoring.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were which with'.split(
    ' ',
  ),
);

// A run of letters/digits (with their combining marks), optionally joined by . / - ' ’ to more runs.
const RUN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[./'’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SEPARATOR = /[./'’-]/;
const HAS_DIGIT = /\p{N}/u;

function normaliseWord(folded: string): string {
  return canonicalSpelling(stem(folded)).slice(0, MAX_TERM_LENGTH);
}

// Texts repeat their words: remembering each word's term makes loading the index (which
// tokenises every paragraph once) several times faster. Bounded, so hostile input cannot grow it.
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, string | null>();

/** @returns the word's term, or null for a stop word */
function termOfWord(raw: string): string | null {
  let term = wordCache.get(raw);
  if (term === undefined) {
    const folded = foldWord(raw);
    term = !folded || STOP_WORDS.has(folded) ? null : normaliseWord(folded);
    if (wordCache.size < WORD_CACHE_LIMIT) wordCache.set(raw, term);
  }
  return term;
}

/** Splits a run without digits into words: "data-driven" → data, driven; "people’s" → people. */
function pushWords(run: string, offset: number, out: Token[]): void {
  const pattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)?/gu;
  for (const match of run.matchAll(pattern)) {
    const start = offset + (match.index ?? 0);
    const raw = match[0].replace(/['’]s$/iu, '').replace(/['’]/g, '');
    if (IDEOGRAPHIC.test(raw)) {
      pushIdeographs(match[0], start, out);
      continue;
    }
    const term = termOfWord(raw);
    if (term === null) continue;
    out.push({ term, start, end: start + match[0].length, kind: 'word' });
  }
}

/** Han/kana characters are terms of their own; a Latin tail in the same run stays one word. */
function pushIdeographs(run: string, offset: number, out: Token[]): void {
  let latin = '';
  let latinStart = 0;
  const flush = (end: number): void => {
    if (latin)
      out.push({ term: normaliseWord(foldWord(latin)), start: offset + latinStart, end: offset + end, kind: 'word' });
    latin = '';
  };
  let index = 0;
  for (const char of run) {
    if (IDEOGRAPHIC.test(char)) {
      flush(index);
      out.push({ term: char, start: offset + index, end: offset + index + char.length, kind: 'word' });
    } else {
      if (!latin) latinStart = index;
      latin += char;
    }
    index += char.length;
  }
  flush(index);
}

/**
 * @param text - any text: a paragraph, a heading, a query
 * @returns its tokens in order, stop words removed
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    const start = match.index ?? 0;
    if (HAS_DIGIT.test(run) && SEPARATOR.test(run.replace(/['’]/g, ''))) {
      out.push({ term: foldWord(run).slice(0, MAX_TERM_LENGTH), start, end: start + run.length, kind: 'symbol' });
    } else if (/^\p{N}+$/u.test(run)) {
      out.push({ term: foldWord(run).slice(0, MAX_TERM_LENGTH), start, end: start + run.length, kind: 'number' });
    } else {
      pushWords(run, start, out);
    }
  }
  return out;
}

/**
 * The encoder handed to FlexSearch: the terms of {@link tokenize}, plus the parts of every
 * symbol (of two characters or more), so a part finds the whole.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    terms.push(token.term);
    if (token.kind === 'symbol') {
      for (const part of token.term.split(SEPARATOR)) if (part.length >= 2 && part !== token.term) terms.push(part);
    }
  }
  return terms;
}
