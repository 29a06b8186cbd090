/**
 * Cuts text into search terms, the same way for the index, the query and the highlighter.
 *
 * - Words are folded (case, diacritics, invisible characters), stemmed and spelled the canonical
 *   way, so variants meet on one term.
 * - Numbers, years, ranges and document symbols stay whole: "2030", "16.3.1", "24–27",
 *   "E/CN.3/2026/13" are one term each (FlexSearch's default encoder would cut "2030" into "203" +
 *   "0"); every dash is a hyphen, so "24-27" is the same term as "24–27". For the index a symbol
 *   also yields its parts and its tails, so "2026" and "CN.3/2026/13" find the paragraph that cites
 *   "E/CN.3/2026/13".
 * - A hyphenated compound ("co-creation") is its words, and for the index also the closed form
 *   ("cocreation"), so the compound is found however it is typed: hyphenated, spaced or closed.
 * - Invisible characters pasted from PDFs (soft hyphens, zero-width spaces and joiners) do not
 *   cut a word: "disaggre\u00ADgation" is "disaggregation".
 * - Han and kana characters have no spaces between words: each character is a term.
 * - Every token keeps its offsets in the original string, so highlights land on the characters
 *   the reader sees, whatever the folding did.
 * - Folding, elision, stop words and stemming are the index language's (`language.ts`): one
 *   {@link Tokenizer} per language. The module's functions are the English tokenizer's, which the
 *   English site and most tests use.
 *
 * Pure: no DOM, no Node APIs.
 */
import { analyserFor, ENGLISH_STOP_WORDS, type Analyser, type SearchLanguage } from './language';

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  /** The normalised term compared by the index. */
  term: string;
  /** Offsets of the token in the original string (end exclusive). */
  start: number;
  end: number;
  kind: TokenKind;
  /** For the first word of a hyphenated compound: the term of the whole compound, written closed. */
  compound?: string;
  /** For words: the word folded but not stemmed ("organisations"), for completion and correction. */
  surface?: string;
}

/** Longest term kept; longer runs (hashes, pasted junk) are cut, not dropped, so they stay searchable by prefix. */
export const MAX_TERM_LENGTH = 40;

/**
 * Function words that carry no meaning on their own. Removing them keeps the body index small
 * and makes "office of the country" adjacent to "office country" for phrase scoring.
 */
export const STOP_WORDS: ReadonlySet<string> = ENGLISH_STOP_WORDS;

// Characters inside a word: letters, digits, combining marks, and the invisible characters
// (soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM) that folding removes.
const INNER = '[\\p{L}\\p{M}\\p{N}\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]';
// Joiners inside a symbol or compound: . / ' ’ and every dash (‐ ‑ ‒ – — ― − ﹣ －).
const JOINER = "[./'’\\-\\u2010-\\u2015\\u2212\\uFE63\\uFF0D]";
// A run of letters/digits, optionally joined to more runs.
const RUN = new RegExp(`[\\p{L}\\p{N}]${INNER}*(?:${JOINER}[\\p{L}\\p{N}]${INNER}*)*`, 'gu');
const WORD = new RegExp(`[\\p{L}\\p{N}]${INNER}*(?:['’][\\p{L}\\p{M}]+)?`, 'gu');
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Separators of a folded symbol (dashes are folded to `-`). */
const SEPARATOR = /[./'’-]/;
const SYMBOL_SEPARATOR = new RegExp(JOINER.replace("'’", ''), 'u');
const DASH = /^[-\u2010-\u2015\u2212\uFE63\uFF0D]$/u;
const HAS_DIGIT = /\p{N}/u;
/**
 * Prefixes that turn the word they are hyphenated to into its opposite: "non-state actors" are
 * not "state actors", so such a compound is one term (the same as "nonstate"), never two words.
 */
const NEGATING: ReadonlySet<string> = new Set(['non', 'anti']);
/** A word written in capitals, as acronyms are: "UN", "EST", "ONG". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

// Texts repeat their words: remembering each word's term makes loading the index (which
// tokenises every paragraph once) several times faster. Bounded, so hostile input cannot grow it.
const WORD_CACHE_LIMIT = 50_000;

/**
 * Marks a string handed to {@link Tokenizer.indexTerms} as a term already: the engine asks
 * FlexSearch for planned terms, and FlexSearch encodes a query again. English terms are fixed
 * points of the English tokenizer, but a light stem need not be one (Arabic بيانات → بيان, and
 * بيان → بي), so the other languages' engines send their terms marked.
 */
export const TERM_MARK = '\u0001';

/** Cuts text into terms with one language's analyser (see the module header). */
export class Tokenizer {
  private readonly wordCache = new Map<string, { surface: string; term: string | null }>();

  constructor(readonly analyser: Analyser) {}

  get language(): SearchLanguage {
    return this.analyser.language;
  }

  private normaliseWord(folded: string): string {
    return this.analyser.stem(folded).slice(0, MAX_TERM_LENGTH);
  }

  /** @returns the word folded (its surface form) and its term, or a null term for a stop word */
  formsOfWord(raw: string): { surface: string; term: string | null } {
    let forms = this.wordCache.get(raw);
    if (forms === undefined) {
      const surface = this.analyser.fold(raw);
      forms = {
        surface,
        term: !surface || this.isStopWord(raw, surface) ? null : this.normaliseWord(surface),
      };
      if (this.wordCache.size < WORD_CACHE_LIMIT) this.wordCache.set(raw, forms);
    }
    return forms;
  }

  /**
   * A stop word of the analyser's language, unless written in capitals where only another
   * language's list has it: "UN" and "EST" are the glossary's acronyms, though French drops
   * "un" and "est" (English capitals such as "IT" or "OR" stay stop words as before).
   */
  private isStopWord(raw: string, surface: string): boolean {
    if (!this.analyser.stopWords.has(surface)) return false;
    return !(ACRONYM.test(raw) && !ENGLISH_STOP_WORDS.has(surface));
  }

  /** @returns the word's term, or null for a stop word */
  termOfWord(raw: string): string | null {
    return this.formsOfWord(raw).term;
  }

  /**
   * Splits a run without digits into words: "data-driven" → data, driven; "people’s" → people;
   * in French "l’initiative" → initiative.
   * Words joined by dashes also give their compound, written closed, to the first word's token.
   */
  private pushWords(run: string, offset: number, out: Token[]): void {
    let compound: { token: Token | null; raw: string; words: number } | null = null;
    let previousEnd = -1;
    const closeCompound = (): void => {
      if (compound?.token && compound.words > 1) {
        const term = this.termOfWord(compound.raw);
        if (term !== null && term !== compound.token.term) compound.token.compound = term;
      }
      compound = null;
    };
    for (const match of run.matchAll(WORD)) {
      const index = match.index ?? 0;
      const word = this.analyser.elide(match[0]);
      const start = offset + index + (match[0].length - word.length);
      const raw = word.replace(/['’]s$/iu, '').replace(/['’]/g, '');
      const joinedByDash = previousEnd >= 0 && index === previousEnd + 1 && DASH.test(run[previousEnd] ?? '');
      if (!joinedByDash) closeCompound();
      previousEnd = index + match[0].length;
      if (IDEOGRAPHIC.test(raw)) {
        closeCompound();
        this.pushIdeographs(word, start, out);
        continue;
      }
      const { surface, term } = this.formsOfWord(raw);
      const last = out.at(-1);
      if (joinedByDash && term !== null && last?.end === offset + index - 1 && NEGATING.has(last.surface ?? '')) {
        // "non-state" is one word, not "state": it means the opposite.
        const joined = this.formsOfWord(`${last.surface}${surface}`);
        last.term = joined.term ?? last.term;
        last.surface = joined.surface;
        last.end = offset + index + match[0].length;
        compound = null;
        continue;
      }
      const token: Token | null =
        term === null ? null : { term, start, end: offset + index + match[0].length, kind: 'word', surface };
      if (token) out.push(token);
      if (compound) {
        compound.raw += raw;
        compound.words += 1;
        compound.token ??= token;
      } else {
        compound = { token, raw, words: 1 };
      }
    }
    closeCompound();
  }

  /** Han/kana characters are terms of their own; a Latin tail in the same run stays one word. */
  private pushIdeographs(run: string, offset: number, out: Token[]): void {
    let latin = '';
    let latinStart = 0;
    const flush = (end: number): void => {
      if (latin)
        out.push({
          term: this.normaliseWord(this.analyser.fold(latin)),
          start: offset + latinStart,
          end: offset + end,
          kind: 'word',
        });
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
  tokenize(text: string): Token[] {
    const out: Token[] = [];
    for (const match of text.matchAll(RUN)) {
      const run = match[0];
      const start = match.index ?? 0;
      if (HAS_DIGIT.test(run) && SYMBOL_SEPARATOR.test(run)) {
        out.push({
          term: this.analyser.fold(run).slice(0, MAX_TERM_LENGTH),
          start,
          end: start + run.length,
          kind: 'symbol',
        });
      } else if (/^\p{N}+$/u.test(run)) {
        out.push({
          term: this.analyser.fold(run).slice(0, MAX_TERM_LENGTH),
          start,
          end: start + run.length,
          kind: 'number',
        });
      } else {
        this.pushWords(run, start, out);
      }
    }
    return out;
  }

  /**
   * The encoder handed to FlexSearch: the terms of {@link tokenize}, with {@link termsOfToken}; a
   * string that starts with {@link TERM_MARK} is one term as given.
   */
  indexTerms(text: string): string[] {
    if (text.startsWith(TERM_MARK)) return [text.slice(TERM_MARK.length)];
    const terms: string[] = [];
    for (const token of this.tokenize(text)) terms.push(...termsOfToken(token));
    return terms;
  }
}

/**
 * The terms the index holds for one token: the token's own term; for a symbol also its parts (of
 * two characters or more) and its tails from each separator on ("cn.3/2026/13", "2026/13"), so a
 * part or a tail finds the whole; for the first word of a hyphenated compound also the compound.
 */
export function termsOfToken(token: Token): string[] {
  if (token.kind === 'word') return token.compound ? [token.term, token.compound] : [token.term];
  if (token.kind !== 'symbol') return [token.term];
  const terms = new Set([token.term]);
  const { term } = token;
  for (let i = 0; i < term.length; i += 1) {
    if (!SEPARATOR.test(term[i] ?? '')) continue;
    const tail = term.slice(i + 1);
    if (tail.length >= 2) terms.add(tail);
  }
  for (const part of term.split(SEPARATOR)) if (part.length >= 2) terms.add(part);
  return [...terms];
}

const TOKENIZERS = new Map<SearchLanguage, Tokenizer>();

/** @returns the one tokenizer of a language (it caches word forms, so it is shared) */
export function tokenizerFor(language: SearchLanguage): Tokenizer {
  let tokenizer = TOKENIZERS.get(language);
  if (!tokenizer) {
    tokenizer = new Tokenizer(analyserFor(language));
    TOKENIZERS.set(language, tokenizer);
  }
  return tokenizer;
}

/** The English tokenizer, behind the module's functions. */
export const ENGLISH: Tokenizer = tokenizerFor('en');

/** @returns the word folded (its surface form) and its English term, or a null term for a stop word */
export function formsOfWord(raw: string): { surface: string; term: string | null } {
  return ENGLISH.formsOfWord(raw);
}

/** @returns the word's English term, or null for a stop word */
export function termOfWord(raw: string): string | null {
  return ENGLISH.termOfWord(raw);
}

/**
 * @param text - any text: a paragraph, a heading, a query
 * @returns its English tokens in order, stop words removed
 */
export function tokenize(text: string): Token[] {
  return ENGLISH.tokenize(text);
}

/** The English encoder: the terms of {@link tokenize}, with {@link termsOfToken}. */
export function indexTerms(text: string): string[] {
  return ENGLISH.indexTerms(text);
}
