/**
 * Turns what the reader typed into a query plan: a list of concepts, each with the alternative
 * term sequences that satisfy it. This is where the language rules meet:
 *
 * - a glossary form (acronym, expansion, alias) becomes one concept whose alternatives are all
 *   the forms of its group;
 * - the word still being typed (no space after it) also accepts the most frequent known
 *   completions, so results appear while typing;
 * - an unknown word of five letters or more gets its one nearest correction.
 *
 * Any input is safe: it is capped, and only terms produced by the tokenizer go further, so
 * regular-expression characters, markup and emoji are inert.
 *
 * Pure: no DOM, no Node APIs.
 */
import { correctTerm } from './typo';
import type { Synonyms } from './synonyms';
import { tokenize, type TokenKind } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** Longest query considered, in characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most concepts considered in one query. */
export const MAX_CONCEPTS = 12;
/** Completions tried for the word being typed. */
export const MAX_COMPLETIONS = 8;
/** Shortest word that is completed as a prefix. */
export const MIN_PREFIX_LENGTH = 2;

export type MatchKind = 'exact' | 'synonym' | 'prefix' | 'typo';

/** Relative weight of each kind of match: a corrected or completed word counts for less. */
export const MATCH_QUALITY: Record<MatchKind, number> = { exact: 1, synonym: 0.8, prefix: 0.75, typo: 0.85 };

export interface Alternative {
  terms: string[];
  kind: MatchKind;
}

export interface Concept {
  alternatives: Alternative[];
}

export interface QueryPlan {
  /** The query as considered (trimmed and capped). */
  query: string;
  concepts: Concept[];
  /** Every term any alternative uses: what the index is asked for and what is highlighted. */
  terms: string[];
}

export interface PlanContext {
  vocabulary: Vocabulary;
  synonyms: Synonyms;
}

/**
 * @param raw - the query as typed
 * @returns the plan; no concepts when the query holds no searchable term
 */
export function planQuery(raw: string, { vocabulary, synonyms }: PlanContext): QueryPlan {
  const query = raw.slice(0, MAX_QUERY_LENGTH);
  const tokens = tokenize(query);
  const typing = tokens.length > 0 && !/[\s\p{P}]$/u.test(query);
  const terms = tokens.map((token) => token.term);
  // Glossary forms are looked for in the corrected words, so "UN Statistical Comission" is
  // still the UN Statistical Commission, with all its forms.
  const corrected = terms.map((term, index) =>
    tokens[index]?.kind === 'word' && !vocabulary.has(term) ? correctTerm(term, vocabulary) : null,
  );
  const effective = terms.map((term, index) => corrected[index] ?? term);
  const concepts: Concept[] = [];
  for (let i = 0; i < tokens.length && concepts.length < MAX_CONCEPTS;) {
    const match = synonyms.matchAt(effective, i);
    if (match) {
      const typo = corrected.slice(i, i + match.length).some((correction) => correction !== null);
      concepts.push({
        alternatives: match.group.map((form, index) => ({
          terms: form,
          kind: index !== match.form ? 'synonym' : typo ? 'typo' : 'exact',
        })),
      });
      i += match.length;
      continue;
    }
    const last = i === tokens.length - 1;
    concepts.push(conceptFor(terms[i] ?? '', tokens[i]?.kind ?? 'word', typing && last, vocabulary));
    i += 1;
  }
  const allTerms = new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)));
  return { query, concepts, terms: [...allTerms] };
}

function conceptFor(term: string, kind: TokenKind, typing: boolean, vocabulary: Vocabulary): Concept {
  const alternatives: Alternative[] = [{ terms: [term], kind: 'exact' }];
  if (kind !== 'word') return { alternatives };
  if (typing && term.length >= MIN_PREFIX_LENGTH) {
    const completions = vocabulary.completions(term, MAX_COMPLETIONS);
    for (const completion of completions) alternatives.push({ terms: [completion], kind: 'prefix' });
    if (completions.length > 0 || vocabulary.has(term)) return { alternatives };
  }
  const correction = correctTerm(term, vocabulary);
  if (correction) alternatives.push({ terms: [correction], kind: 'typo' });
  return { alternatives };
}
