/**
 * Every acronym a reader meets in the docs or the blog has a glossary entry, and no entry guesses
 * an expansion that the research brief does not give (a wrong expansion of a UN body's name is a
 * small false claim in the site's own voice).
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/data/glossary';
import { readBrief, readPages } from './sharedBrief';

/** An acronym: two or more capitals (digits allowed after the first), optionally plural. */
const ACRONYM = /\b[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*(?=s?\b)/g;

/** Removes what is not prose: front matter keys, URLs, link targets, block markers, document symbols. */
function prose(text: string): string {
  return text
    .replace(/^---[\s\S]*?\n---/, (fm) => fm.split('\n').filter((l) => /^(title|description|sidebar_label):/.test(l)).join('\n'))
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\\?\{[#.][^}]*\}/g, ' ')
    .replace(/\bE\/CN\.[\d/.]+/g, ' ')
    .replace(/^import .*$/gm, ' ');
}

/** Every acronym the glossary knows: listed acronyms, and all-capital words of terms and aliases. */
const KNOWN = new Set(
  GLOSSARY.flatMap((term) => [
    ...(term.acronyms ?? []).map((a) => a.replace(/s$/, '')),
    ...[term.term, ...(term.aliases ?? [])].flatMap((name) => name.match(ACRONYM) ?? []),
  ]),
);

/** Acronyms the research brief uses without ever spelling out. */
const NOT_EXPANDED_IN_BRIEF = ['EGRISS', 'UNITAR', 'IAOS', 'ISI', 'IASS', 'ESCAP', 'IGF', 'ECOSOC', 'UNECE', 'IISD', 'LGBTQI', 'DANE', 'WBG'];

/** A long form written just before the acronym in brackets, e.g. "United Nations Statistics Division (UNSD)". */
function expandedBefore(acronym: string): RegExp {
  return new RegExp(`(?:[A-Z][a-z]+,? (?:(?:of|for|and|the|on) )*){2,}\\(${acronym}\\)`);
}

describe('acronyms', () => {
  it('recognises a long form written before an acronym, but not a citation in brackets', () => {
    expect('convened by the United Nations Statistics Division (UNSD).').toMatch(expandedBefore('UNSD'));
    expect('dated 28–29 Sept (EGRISS) and 27–29 Sept').not.toMatch(expandedBefore('EGRISS'));
  });

  const pages = readPages();
  const used = new Map<string, string[]>();
  for (const page of pages) {
    for (const match of prose(page.text).matchAll(ACRONYM)) {
      used.set(match[0], [...(used.get(match[0]) ?? []), page.name]);
    }
  }

  it('finds the acronyms it checks, including those the review found missing', () => {
    for (const acronym of ['NSO', 'CSO', 'EGRISS', 'UNITAR', 'IAOS', 'ESCAP']) expect([...used.keys()]).toContain(acronym);
  });

  it.each([...used.keys()].sort().map((a) => [a] as const))('%s has a glossary entry', (acronym) => {
    expect(KNOWN.has(acronym), `${acronym} is used in ${[...new Set(used.get(acronym))].join(', ')}`).toBe(true);
  });

  it('guesses no expansion the brief does not give', () => {
    const brief = readBrief()
      .map((f) => f.text)
      .join('\n');
    for (const acronym of NOT_EXPANDED_IN_BRIEF) {
      // The premise: the brief never writes a long form right before the acronym in brackets.
      expect(brief, acronym).not.toMatch(expandedBefore(acronym));
      const entry = GLOSSARY.find((term) => term.acronyms?.includes(acronym));
      expect(entry, `${acronym} needs a glossary entry`).toBeDefined();
      expect(entry!.definition, `${acronym}: say the sources do not spell it out`).toMatch(/do not spell/);
      for (const alias of entry!.aliases ?? []) expect(alias, `${acronym}: an alias must not expand it`).toMatch(/^[A-Z0-9+]+$/i);
    }
  });
});
