/**
 * Turns what the reader typed into a query plan: a list of concepts, each with the alternative
 * term sequences that satisfy it. This is where the language rules meet:
 *
 * - question and function words ("where can I", "what did", "would") are dropped when the query
 *   holds other words, and are never spelling-corrected;
 * - a glossary or synonym form (acronym, expansion, alias) becomes one concept whose alternatives
 *   are all the forms of its group;
 * - a compound is one concept however it is typed: "co creation", "co-creation", "cocreation";
 * - the word still being typed (no space after it) also accepts the most frequent known
 *   completions, so results appear while typing; a document symbol being typed ("E/CN.3/20")
 *   accepts the symbols it starts, and a symbol's head ("cn.3") the symbols it begins;
 * - an unknown word of five letters or more gets its one nearest correction;
 * - a word that still matches nothing is reported in `unknown`, and left out of the ranking, so
 *   the results are those of the other words and the interface can say so;
 * - `"quoted phrases"` must appear as written, and `-word` excludes results holding the word;
 * - the words are read with the index language's tokenizer (`language.ts`), and words that name a
 *   concept in another of the site's languages become that concept (`crossLanguage.ts`), reported
 *   in `translated`.
 *
 * Any input is safe: it is capped, and only terms produced by the tokenizer go further, so
 * regular-expression characters, markup and emoji are inert.
 *
 * Pure: no DOM, no Node APIs.
 */
import FUNCTION_WORD_DATA from './data/functionWords.json';
import type { CrossLanguage, Translation } from './crossLanguage';
import { DASHES } from './fold';
import { analyserFor, type SearchLanguage } from './language';
import type { Synonyms } from './synonyms';
import { ENGLISH, type Token, type Tokenizer } from './tokenize';
import { correctTerm } from './typo';
import type { Vocabulary } from './vocabulary';

/** Longest query considered, in characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most concepts considered in one query. */
export const MAX_CONCEPTS = 12;
/** Completions tried for the word being typed. */
export const MAX_COMPLETIONS = 8;
/** Shortest word that is completed as a prefix. */
export const MIN_PREFIX_LENGTH = 2;
/** Shortest closed word that is tried as two words ("peerlearning" → peer learning). */
const MIN_SPLIT_LENGTH = 6;

/** English question and function words, folded (`data/functionWords.json`; other languages: `language.ts`). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORD_DATA.words);

export type MatchKind = 'exact' | 'compound' | 'synonym' | 'prefix' | 'typo';

/** Relative weight of each kind of match: a corrected or completed word counts for less. */
export const MATCH_QUALITY: Record<MatchKind, number> = {
  exact: 1,
  compound: 0.9,
  synonym: 0.8,
  prefix: 0.75,
  typo: 0.85,
};

export interface Alternative {
  terms: string[];
  kind: MatchKind;
  /**
   * Found through a spelling correction of the query's words: a synonym of a corrected phrase
   * ("UNSC" for "UN Statistical Comission") is no more certain than the correction itself.
   */
  corrected?: boolean;
}

/** How much a match through `alternative` counts, from 0 to 1 (`MATCH_QUALITY`, less again when corrected). */
export function matchQuality(alternative: Alternative): number {
  return (
    MATCH_QUALITY[alternative.kind] * (alternative.corrected && alternative.kind !== 'typo' ? MATCH_QUALITY.typo : 1)
  );
}

export interface Concept {
  alternatives: Alternative[];
  /** The words of the query this concept stands for, as typed. */
  source: string;
}

export interface QueryPlan {
  /** The query as considered (trimmed and capped). */
  query: string;
  /** The index's language: its tokenizer made the terms (the highlighter cuts the page with it). */
  language: SearchLanguage;
  /** The concepts results are ranked on: every one that matches something on the site. */
  concepts: Concept[];
  /** Every term any alternative uses: what the index is asked for and what is highlighted. */
  terms: string[];
  /** Content words of the query, as typed, that match nothing on the site. */
  unknown: string[];
  /** Question and function words left out of the search, as typed. */
  ignored: string[];
  /** Quoted phrases: term sequences a result must hold in this order. */
  phrases: string[][];
  /** Terms of `-word` exclusions: no result holds any of them. */
  excluded: string[];
  /** Words of the query in another language than the index's, and the concept they named. */
  translated: Translation[];
}

export interface PlanContext {
  vocabulary: Vocabulary;
  synonyms: Synonyms;
  /** The index language's tokenizer (English when absent). */
  tokenizer?: Tokenizer;
  /** Cross-language lookup of concepts (none when absent). */
  crossLanguage?: CrossLanguage;
}

// "…", “…”, «…» quote a phrase; a word preceded by a minus at the start of the query or after
// a space is excluded.
const PHRASE = /["“”«»]([^"“”«»]*)["“”«»]/g;
const EXCLUSION = /(^|\s)[-\u2212]([\p{L}\p{N}][^\s]*)/gu;
const SYMBOL_CHARS = /[./]|[-\u2010-\u2015\u2212\uFE63\uFF0D]/u;

/** Replaces a match by spaces, so offsets into the query stay valid. */
const blank = (text: string): string => ' '.repeat(text.length);

/**
 * @param raw - the query as typed
 * @returns the plan; no concepts when the query holds no searchable term
 */
export function planQuery(
  raw: string,
  { vocabulary, synonyms, tokenizer = ENGLISH, crossLanguage }: PlanContext,
): QueryPlan {
  const tokenize = (value: string): Token[] => tokenizer.tokenize(value);
  const functionWords = tokenizer.analyser.functionWords;
  const query = raw.slice(0, MAX_QUERY_LENGTH);
  const phrases: string[][] = [];
  const excluded: string[] = [];
  let text = query.replace(PHRASE, (whole, inner: string) => {
    const terms = tokenize(inner).map((token) => token.term);
    if (terms.length > 1) phrases.push(terms);
    return ` ${inner} `.padEnd(whole.length);
  });
  text = text.replace(/["“”«»]/g, ' ').replace(EXCLUSION, (whole, before: string, word: string) => {
    excluded.push(...tokenize(word).map((token) => token.term));
    return before + blank(whole.slice(before.length));
  });

  const all = tokenize(text);
  const typing = all.length > 0 && !/[\s\p{P}]$/u.test(query);
  const rawOf = (token: Token): string => text.slice(token.start, token.end);
  // Words of another language are words this index does not know: only then is it worth looking.
  const spans =
    crossLanguage && all.some((token) => token.kind === 'word' && !vocabulary.has(token.term))
      ? crossLanguage.spans(text, (term) => vocabulary.has(term))
      : [];
  // Around words of another language ("définition des données citoyennes" on the English site),
  // that language's function words are function words too, unless the index knows them.
  const otherAnalysers = [...new Set(spans.map((span) => span.language))].map(analyserFor);
  const inSpan = (token: Token): boolean => spans.some((span) => token.start >= span.start && token.end <= span.end);
  const isOtherFunction = (token: Token): boolean =>
    otherAnalysers.length > 0 &&
    !vocabulary.has(token.term) &&
    !inSpan(token) &&
    otherAnalysers.some(
      (analyser) =>
        analyser.functionWords.has(token.surface ?? '') || analyser.stopWords.has(analyser.fold(rawOf(token))),
    );
  const isFunction = (token: Token): boolean =>
    token.kind === 'word' && (functionWords.has(token.surface ?? '') || isOtherFunction(token));
  const content = all.filter((token) => !isFunction(token));
  const tokens = content.length > 0 ? content : all;
  const ignored = content.length > 0 ? all.filter(isFunction).map(rawOf) : [];

  // The symbol being typed at the end of the query ("E/CN.3/20", "E/"): one concept.
  const tail = symbolTail(query, tokens, vocabulary, tokenizer);
  const planned = tail ? tokens.filter((token) => token.start < tail.start) : tokens;

  const terms = planned.map((token) => token.term);
  // Glossary forms are looked for in the corrected words, so "UN Statistical Comission" is
  // still the UN Statistical Commission, with all its forms.
  const corrected = planned.map((token) =>
    token.kind === 'word' && !vocabulary.has(token.term) && !isFunction(token)
      ? correctTerm(token.surface ?? token.term, vocabulary)
      : null,
  );
  const effective = terms.map((term, index) => corrected[index] ?? term);
  const concepts: Concept[] = [];
  const translated: Translation[] = [];
  for (let i = 0; i < planned.length && concepts.length < MAX_CONCEPTS;) {
    const token = planned[i]!;
    const span = spans.find((candidate) => token.start >= candidate.start && token.end <= candidate.end);
    if (span) {
      // Words of another language naming a concept: the concept, in the index's language.
      const source = text.slice(span.start, span.end);
      concepts.push({
        source,
        alternatives: span.forms.map((terms, index) => ({ terms, kind: index === 0 ? 'exact' : 'synonym' })),
      });
      translated.push({ source, language: span.language, term: span.name });
      while (i < planned.length && planned[i]!.start < span.end) i += 1;
      continue;
    }
    // A form as typed is no typo, even when the index does not hold it ("citation" where the
    // site says "cite"): only a longer form needs the corrected words.
    const asTyped = synonyms.matchAt(terms, i);
    const afterCorrection = synonyms.matchAt(effective, i);
    const match = asTyped && asTyped.length >= (afterCorrection?.length ?? 0) ? asTyped : afterCorrection;
    if (match) {
      const typo = match !== asTyped && corrected.slice(i, i + match.length).some((correction) => correction !== null);
      concepts.push({
        source: text.slice(token.start, planned[i + match.length - 1]?.end ?? token.end),
        alternatives: match.group.map((form, index) => ({
          terms: form,
          kind: index !== match.form ? 'synonym' : typo ? 'typo' : 'exact',
          ...(typo && index !== match.form ? { corrected: true } : {}),
        })),
      });
      i += match.length;
      continue;
    }
    // A compound typed with a hyphen ("Secretary-General") is one concept, as it is one word to
    // the reader: its words in order or the compound written closed. As two concepts it would
    // count twice, and a paragraph that names only the compound would outrank one that holds the
    // rest of the query.
    const hyphenated = hyphenatedWords(planned, i, text);
    if (
      token.compound &&
      hyphenated > 1 &&
      vocabulary.has(token.compound) &&
      !(typing && i + hyphenated === planned.length && !tail)
    ) {
      const words = planned.slice(i, i + hyphenated);
      concepts.push({
        source: text.slice(token.start, words.at(-1)!.end),
        alternatives: [
          { terms: words.map((word) => word.term), kind: 'exact' },
          { terms: [token.compound], kind: 'compound' },
        ],
      });
      i += hyphenated;
      continue;
    }
    // Two words typed apart that the site writes as one ("non state actors" for "non-state
    // actors", "co creation"): one concept too, for the same reasons. Read word by word, the second
    // word could also start a synonym of its own, and "state actors" is one for government: the
    // opposite of what was asked. Not while the second word is still being typed.
    const next = planned[i + 1];
    const spaced =
      next && !(typing && i + 2 === planned.length && !tail)
        ? compoundOf(token, next, text, vocabulary, tokenizer)
        : null;
    if (next && spaced) {
      concepts.push({
        source: text.slice(token.start, next.end),
        alternatives: [
          { terms: [token.term, next.term], kind: 'exact' },
          { terms: [spaced], kind: 'compound' },
        ],
      });
      i += 2;
      continue;
    }
    // The word being typed may yet finish a compound with the word before ("co creat…"): each
    // word also accepts the compound, so a text that writes it closed holds both concepts.
    const previous = planned[i - 1];
    const compound = [
      planned[i + 1] && compoundOf(token, planned[i + 1]!, text, vocabulary, tokenizer),
      previous && compoundOf(previous, token, text, vocabulary, tokenizer),
    ].filter((term): term is string => Boolean(term));
    const last = i === planned.length - 1 && !tail;
    const concept = conceptFor(token, rawOf(token), typing && last, isFunction(token), vocabulary, tokenizer);
    for (const term of compound) concept.alternatives.push({ terms: [term], kind: 'compound' });
    concepts.push(concept);
    i += 1;
  }
  if (tail && concepts.length < MAX_CONCEPTS) concepts.push(tail.concept);

  const known = (concept: Concept): boolean =>
    concept.alternatives.some((alternative) => alternative.terms.every((term) => vocabulary.has(term)));
  const found = concepts.filter(known);
  const unknown = concepts.filter((concept) => !known(concept)).map((concept) => concept.source);
  const allTerms = new Set(found.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)));
  return {
    query,
    language: tokenizer.language,
    concepts: found,
    terms: [...allTerms],
    unknown,
    ignored,
    phrases,
    excluded,
    translated,
  };
}

/**
 * Two adjacent words that the site writes as one closed or hyphenated compound ("co creation",
 * "co-creation" for "co-creation"; "data set" for "dataset").
 * @returns the compound's term when the site knows it, else null
 */
function compoundOf(
  left: Token,
  right: Token,
  text: string,
  vocabulary: Vocabulary,
  tokenizer: Tokenizer,
): string | null {
  if (left.kind !== 'word' || right.kind !== 'word') return null;
  const between = text.slice(left.end, right.start);
  if (!/^(?:\s*|[-\u2010-\u2015\u2212])$/u.test(between)) return null;
  const joined =
    left.compound ?? tokenizer.termOfWord(text.slice(left.start, left.end) + text.slice(right.start, right.end));
  return joined && vocabulary.has(joined) ? joined : null;
}

/** How many words, from `start` on, are joined by single dashes in the query ("Secretary-General": 2). */
function hyphenatedWords(tokens: readonly Token[], start: number, text: string): number {
  let count = 1;
  while (
    tokens[start + count]?.kind === 'word' &&
    tokens[start + count - 1]?.kind === 'word' &&
    /^[-\u2010-\u2015\u2212]$/u.test(text.slice(tokens[start + count - 1]!.end, tokens[start + count]!.start))
  )
    count += 1;
  return count;
}

/**
 * A symbol still being typed at the end of the query: from its first character on, it accepts
 * the known symbols it begins ("E/" → "E/CN.3/2026/13").
 */
function symbolTail(
  query: string,
  tokens: readonly Token[],
  vocabulary: Vocabulary,
  tokenizer: Tokenizer,
): { start: number; concept: Concept } | null {
  const match = /\S+$/u.exec(query);
  if (!match || !SYMBOL_CHARS.test(match[0])) return null;
  const start = match.index;
  const prefix = tokenizer.analyser.fold(match[0]).replace(/[^\p{L}\p{N}./'-]/gu, '');
  if (prefix.length < MIN_PREFIX_LENGTH || !/[\p{L}\p{N}]/u.test(prefix)) return null;
  const completions = vocabulary.termCompletions(prefix, MAX_COMPLETIONS).filter((term) => SYMBOL_CHARS.test(term));
  if (completions.length === 0) return null;
  const alternatives: Alternative[] = completions.map((term) => ({ terms: [term], kind: 'prefix' }));
  const whole = tokens.filter((token) => token.start >= start);
  if (whole.length === 1 && vocabulary.has(whole[0]!.term))
    alternatives.unshift({ terms: [whole[0]!.term], kind: 'exact' });
  return { start, concept: { source: match[0], alternatives } };
}

function conceptFor(
  token: Token,
  source: string,
  typing: boolean,
  functionWord: boolean,
  vocabulary: Vocabulary,
  tokenizer: Tokenizer,
): Concept {
  const { term, kind } = token;
  const alternatives: Alternative[] = [{ terms: [term], kind: 'exact' }];
  const concept = { source, alternatives };
  if (kind === 'symbol') {
    // A symbol's head ("cn.3", "16.3") stands for the symbols it begins, up to a separator.
    if (!vocabulary.has(term)) {
      for (const completion of vocabulary.termCompletions(term, MAX_COMPLETIONS)) {
        if (/^[./-]/.test(completion.slice(term.length).replace(DASHES, '-')))
          alternatives.push({ terms: [completion], kind: 'prefix' });
      }
    }
    return concept;
  }
  if (kind !== 'word') return concept;
  const surface = token.surface ?? term;
  if (typing && surface.length >= MIN_PREFIX_LENGTH) {
    const completions = vocabulary.completions(surface, MAX_COMPLETIONS, term);
    for (const completion of completions) alternatives.push({ terms: [completion], kind: 'prefix' });
    if (completions.length > 0 || vocabulary.has(term)) return concept;
  }
  if (functionWord || vocabulary.has(term)) return concept;
  const correction = correctTerm(surface, vocabulary);
  if (correction) {
    alternatives.push({ terms: [correction], kind: 'typo' });
    return concept;
  }
  const split = splitClosedWord(surface, vocabulary, tokenizer);
  if (split) alternatives.push({ terms: split, kind: 'exact' });
  return concept;
}

/** An unknown closed word the site writes as two words ("peerlearning" → peer, learning). */
function splitClosedWord(word: string, vocabulary: Vocabulary, tokenizer: Tokenizer): string[] | null {
  if (word.length < MIN_SPLIT_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  for (let cut = word.length - 2; cut >= 2; cut -= 1) {
    const left = tokenizer.termOfWord(word.slice(0, cut));
    const right = tokenizer.termOfWord(word.slice(cut));
    if (left && right && vocabulary.has(left) && vocabulary.has(right)) return [left, right];
  }
  return null;
}
