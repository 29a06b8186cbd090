/**
 * What to offer when nothing matches: glossary terms near what the reader typed (sharing a word
 * start, or one or two typos away), else the glossary's first terms, so the no-result state always
 * leads somewhere.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { SearchGlossaryTerm } from './record';
import { ENGLISH, type Tokenizer } from './tokenize';
import { allowedEdits, editDistance } from './typo';

function closeness(queryTerms: readonly string[], entry: SearchGlossaryTerm, tokenizer: Tokenizer): number {
  const termTerms = [entry.term, ...entry.forms].flatMap((form) => tokenizer.tokenize(form).map((token) => token.term));
  let score = 0;
  for (const query of queryTerms) {
    for (const term of termTerms) {
      if (term === query) score += 3;
      else if (query.length >= 3 && (term.startsWith(query) || query.startsWith(term))) score += 2;
      else if (
        editDistance(query, term, Math.max(1, allowedEdits(query.length))) <= Math.max(1, allowedEdits(query.length))
      )
        score += 1;
    }
  }
  return score;
}

/**
 * @param tokenizer - the index language's tokenizer
 * @returns up to `limit` glossary terms, the closest to the query first
 */
export function suggestGlossaryTerms(
  query: string,
  glossary: readonly SearchGlossaryTerm[],
  limit = 5,
  tokenizer: Tokenizer = ENGLISH,
): SearchGlossaryTerm[] {
  const queryTerms = tokenizer.tokenize(query).map((token) => token.term);
  const scored = glossary
    .map((entry) => ({ entry, score: closeness(queryTerms, entry, tokenizer) }))
    .sort((a, b) => b.score - a.score || a.entry.term.localeCompare(b.entry.term, 'en'));
  const close = scored.filter(({ score }) => score > 0);
  return (close.length > 0 ? close : scored).slice(0, limit).map(({ entry }) => entry);
}
