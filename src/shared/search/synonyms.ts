/**
 * Acronyms and their expansions as one concept, driven by the glossary: "NSO" finds "national
 * statistical office" and the other way round, in both directions and for every alias the
 * glossary lists. Forms are tokenised like any text, so plurals and British spellings of an
 * expansion ("National Statistical Offices", "civil society organisations") match too.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { SearchGlossaryTerm } from './record';
import { tokenize } from './tokenize';

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

  /** Builds the groups from glossary terms: the term, its acronyms and its aliases. */
  static fromGlossary(terms: readonly SearchGlossaryTerm[]): Synonyms {
    const groups: SynonymGroup[] = [];
    for (const entry of terms) {
      const forms = [entry.term, ...entry.forms]
        .map((form) => tokenize(form).map((token) => token.term))
        .filter((form) => form.length > 0);
      const unique = [...new Map(forms.map((form) => [form.join(' '), form])).values()];
      if (unique.length > 1) groups.push(unique);
    }
    return new Synonyms(groups);
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
