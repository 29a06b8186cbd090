/**
 * Acronyms, expansions and synonyms as one concept: "NSO" finds "national statistical office"
 * and the other way round, in both directions and for every alias the glossary lists, and
 * "funding" finds "financing". Groups come from two reviewed data sources, never from code: the
 * glossary (`src/data/glossary.ts`, shipped in the index file) and `data/synonyms.json` (words
 * readers use that the site does not, such as "NGO" or "refugees"). Groups that share a form are
 * merged. Forms are tokenised like any text, so plurals, stems and British spellings of a form
 * ("National Statistical Offices", "civil society organisations") match too.
 *
 * Pure: no DOM, no Node APIs.
 */
import SYNONYM_DATA from './data/synonyms.json';
import type { SearchGlossaryTerm } from './record';
import { ENGLISH, type Tokenizer } from './tokenize';

/** The reviewed synonym groups of `data/synonyms.json`, as written (forms not yet tokenised). */
export const SYNONYM_GROUPS: ReadonlyArray<{ forms: readonly string[]; note: string }> = SYNONYM_DATA.groups;

/** A group of forms that mean the same thing; each form is a sequence of terms. */
export type SynonymGroup = string[][];

export interface SynonymMatch {
  /** How many query terms the match consumed. */
  length: number;
  /** Index of the form that matched. */
  form: number;
  group: SynonymGroup;
}

/** Synonym lookup keyed by the first term of every form. */
export class Synonyms {
  private readonly byFirstTerm = new Map<string, Array<{ group: SynonymGroup; form: number }>>();

  constructor(groups: SynonymGroup[]) {
    for (const group of groups) {
      group.forEach((form, index) => {
        const first = form[0];
        if (!first) return;
        const entries = this.byFirstTerm.get(first) ?? [];
        entries.push({ group, form: index });
        // Longest forms first, so "civil society organization" wins over a shorter form.
        entries.sort((a, b) => (b.group[b.form]?.length ?? 0) - (a.group[a.form]?.length ?? 0));
        this.byFirstTerm.set(first, entries);
      });
    }
  }

  /**
   * Builds the groups from glossary terms (the term, its acronyms and its aliases) and from the
   * reviewed groups of `data/synonyms.json` (or the ones given), merging groups that share a form.
   */
  static fromGlossary(
    terms: readonly SearchGlossaryTerm[],
    extra: ReadonlyArray<{ forms: readonly string[] }> = SYNONYM_GROUPS,
    tokenizer: Tokenizer = ENGLISH,
  ): Synonyms {
    // On a French, Spanish or Arabic site the glossary's names in that language are forms of the
    // same concept as the English ones (pages not yet translated are in English).
    const sameLanguage = (entry: SearchGlossaryTerm): string[] =>
      tokenizer.language === 'en'
        ? []
        : (entry.translations?.find((translation) => translation.language === tokenizer.language)?.forms ?? []);
    return new Synonyms(
      mergeGroups(
        [
          ...terms.map((entry) => [entry.term, ...entry.forms, ...sameLanguage(entry)]),
          ...extra.map((group) => group.forms),
        ],
        tokenizer,
      ),
    );
  }

  /** @returns the longest form starting at `terms[start]`, or null */
  matchAt(terms: readonly string[], start: number): SynonymMatch | null {
    for (const { group, form } of this.byFirstTerm.get(terms[start] ?? '') ?? []) {
      const words = group[form] ?? [];
      if (words.every((word, offset) => terms[start + offset] === word)) return { length: words.length, form, group };
    }
    return null;
  }
}

/** Tokenises each group's forms and merges groups that share a form; drops groups of one form. */
export function mergeGroups(raw: ReadonlyArray<readonly string[]>, tokenizer: Tokenizer = ENGLISH): SynonymGroup[] {
  const groups: Array<Map<string, string[]>> = [];
  const groupOfForm = new Map<string, Map<string, string[]>>();
  for (const forms of raw) {
    const group = new Map<string, string[]>();
    for (const form of forms) {
      const terms = tokenizer.tokenize(form).map((token) => token.term);
      if (terms.length === 0) continue;
      const key = terms.join(' ');
      const other = groupOfForm.get(key);
      if (other && other !== group) {
        for (const [otherKey, otherTerms] of other) group.set(otherKey, otherTerms);
        groups.splice(groups.indexOf(other), 1);
      }
      group.set(key, terms);
      for (const memberKey of group.keys()) groupOfForm.set(memberKey, group);
    }
    groups.push(group);
  }
  return groups.map((group) => [...group.values()]).filter((group) => group.length > 1);
}
