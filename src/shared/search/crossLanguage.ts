/**
 * Cross-language help: a query written in another of the site's languages than the index's still
 * finds the concept it names. The glossary carries each term's name, acronyms and aliases in every
 * language (`src/data/glossaryTranslations.ts`), and the index file carries the site's sections
 * under their translated names (the sidebar's labels): `données citoyennes` on the English site is
 * the glossary's "citizen data", `hoja de ruta` is the Roadmap.
 *
 * Each other language reads the query with its own analyser (French stemming for French words);
 * a span that is one of a concept's forms in that language, and whose words the index's own
 * language does not all know, becomes one concept whose alternatives are the concept's forms in
 * the index's language (and English, which pages not yet translated are in). The plan says which
 * language's words matched, so the interface can say "Showing results for citizen data (French:
 * données citoyennes)". Words the index's language knows are left alone: a word written the same in
 * both languages (PARIS21, ECOSOC) is never "translated".
 *
 * Pure: no DOM, no Node APIs.
 */
import { SEARCH_LANGUAGES, type SearchLanguage } from './language';
import type { SearchGlossaryTerm } from './record';
import { Synonyms, type SynonymGroup } from './synonyms';
import { tokenizerFor, type Token, type Tokenizer } from './tokenize';

/** A span of the query, in another language, that names a concept. */
export interface CrossLanguageSpan {
  /** Offsets of the span in the query. */
  start: number;
  end: number;
  /** The language whose words matched. */
  language: SearchLanguage;
  /** The concept, and its forms as the index's tokenizer reads them (its name first). */
  concept: SearchGlossaryTerm;
  forms: string[][];
  /** The concept's name in the index's language. */
  name: string;
}

/** What the plan reports for a translated span. */
export interface Translation {
  /** The words of the query, as typed. */
  source: string;
  /** Their language. */
  language: SearchLanguage;
  /** The concept they name, in the index's language. */
  term: string;
}

function formsIn(concept: SearchGlossaryTerm, language: SearchLanguage): string[] {
  if (language === 'en') return [concept.term, ...concept.forms];
  return concept.translations?.find((translation) => translation.language === language)?.forms ?? [];
}

/** Finds the spans of a query that name a concept in another language than the index's. */
export class CrossLanguage {
  private readonly matchers: Array<{
    tokenizer: Tokenizer;
    synonyms: Synonyms;
    conceptOf: Map<SynonymGroup, SearchGlossaryTerm>;
  }> = [];

  /**
   * @param concepts - glossary terms and other named concepts, with their translations
   * @param tokenizer - the index's tokenizer
   */
  constructor(
    concepts: readonly SearchGlossaryTerm[],
    private readonly tokenizer: Tokenizer,
  ) {
    for (const language of SEARCH_LANGUAGES) {
      if (language === tokenizer.language) continue;
      const other = tokenizerFor(language);
      const conceptOf = new Map<SynonymGroup, SearchGlossaryTerm>();
      const groups: SynonymGroup[] = [];
      for (const concept of concepts) {
        const ownForms = new Set(this.formsOf(concept).map((terms) => terms.join(' ')));
        const group = formsIn(concept, language)
          .map((form) => other.tokenize(form).map((token) => token.term))
          .filter((terms) => terms.length > 0);
        // A form the index's language writes the same way (PARIS21) is not a translation.
        if (group.length === 0 || group.every((terms) => ownForms.has(terms.join(' ')))) continue;
        groups.push(group);
        conceptOf.set(group, concept);
      }
      this.matchers.push({ tokenizer: other, synonyms: new Synonyms(groups), conceptOf });
    }
  }

  /** A concept's forms in the index's language, and in English when that is another language. */
  private formsOf(concept: SearchGlossaryTerm): string[][] {
    const language = this.tokenizer.language;
    const forms =
      language === 'en' ? formsIn(concept, 'en') : [...formsIn(concept, language), ...formsIn(concept, 'en')];
    return forms.map((form) => this.tokenizer.tokenize(form).map((token) => token.term)).filter((t) => t.length > 0);
  }

  private nameOf(concept: SearchGlossaryTerm): string {
    return formsIn(concept, this.tokenizer.language)[0] ?? concept.term;
  }

  /**
   * @param text - the query (quotes and exclusions already blanked)
   * @param isKnown - whether the index's vocabulary holds a term
   * @returns the spans naming a concept in another language, first language first, without
   *   overlaps; a span whose words the index's language all knows is left out
   */
  spans(text: string, isKnown: (term: string) => boolean): CrossLanguageSpan[] {
    const spans: CrossLanguageSpan[] = [];
    const ownTokens = this.tokenizer.tokenize(text);
    const overlaps = (start: number, end: number): boolean =>
      spans.some((span) => start < span.end && end > span.start);
    for (const { tokenizer, synonyms, conceptOf } of this.matchers) {
      const tokens: Token[] = tokenizer.tokenize(text);
      const terms = tokens.map((token) => token.term);
      for (let i = 0; i < tokens.length;) {
        const match = synonyms.matchAt(terms, i);
        const concept = match && conceptOf.get(match.group);
        if (!match || !concept) {
          i += 1;
          continue;
        }
        const start = tokens[i]!.start;
        const end = tokens[i + match.length - 1]!.end;
        const own = ownTokens.filter((token) => token.start >= start && token.end <= end);
        if (!overlaps(start, end) && own.some((token) => !isKnown(token.term))) {
          spans.push({
            start,
            end,
            language: tokenizer.language,
            concept,
            forms: this.formsOf(concept),
            name: this.nameOf(concept),
          });
        }
        i += match.length;
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  }
}
