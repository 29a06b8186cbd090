/**
 * A translation says what the English says and no more (the content-truth rule): it keeps every
 * link target and every block marker (ids and classes such as `.pending`), and it never brings a
 * number the English lacks (a year, a session, a paragraph number). Numbers may be written out in
 * words (Arabic ordinals), so the check is that the translation's numbers are among the English ones.
 * Covers the translated docs pages and the translated glossary definitions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/data/glossary';
import { GLOSSARY_TRANSLATIONS } from '../../../src/data/glossaryTranslations';
import { translatedDocOf } from '../../../src/plugins/blockIds/translatedSource';

const LINK_TARGET = /\]\(([^)\s]+)\)/g;
const MARKER = /\{((?:\s*[#.][^\s{}]+)+)\s*\}\s*$/gm;

/** Arabic-Indic and Eastern Arabic-Indic digits, read as the ASCII digits they stand for. */
const asciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(((digit.charCodeAt(0) - 0x0660) % 0x90) % 10));

/** The numbers in prose: link targets and block markers removed (they are compared as wholes). */
export function numbersIn(text: string): Set<string> {
  const prose = asciiDigits(text.replace(LINK_TARGET, ']').replace(MARKER, ''));
  return new Set([...prose.matchAll(/\d+/g)].map((m) => m[0]));
}

/**
 * Acronyms the English glossary leaves unexpanded ("Our sources do not spell out the acronym"):
 * a translation keeps them as written, never a spelled-out name or another language's acronym.
 */
const UNEXPANDED = GLOSSARY.filter((term) =>
  /spell (?:out )?(?:the|these) acronyms?|spell the acronym out/i.test(term.definition),
).flatMap((term) => term.acronyms ?? []);

export function droppedAcronyms(translated: string, english: string): string[] {
  const word = (acronym: string) => new RegExp(`(?<![\\p{L}\\d])${acronym}(?![\\p{L}\\d])`, 'u');
  return UNEXPANDED.filter((acronym) => word(acronym).test(english) && !word(acronym).test(translated));
}

function newNumbers(translated: string, english: string): string[] {
  const known = numbersIn(english);
  return [...numbersIn(translated)].filter((n) => !known.has(n));
}

const root = path.resolve('.');
const files = (function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.mdx?$/.test(entry.name) && full.includes(`${path.sep}docusaurus-plugin-content-docs${path.sep}`))
      yield full;
  }
})(path.join(root, 'i18n'));
const pages = [...files].map((file) => {
  const translated = matter(readFileSync(file, 'utf8'));
  const english = matter(readFileSync(translatedDocOf(file)!.sourceFile, 'utf8'));
  return { name: path.relative(root, file), translated, english };
});

describe('the fidelity check', () => {
  it('finds an unexpanded acronym the translation renamed', () => {
    expect(droppedAcronyms('une fiche de la CEE-ONU', 'a UNECE clearinghouse entry')).toEqual(['UNECE']);
    expect(droppedAcronyms('une fiche de l’UNECE', 'a UNECE clearinghouse entry')).toEqual([]);
  });

  it('reads Arabic-Indic digits as numbers', () => {
    expect(newNumbers('الدورة ٥٧', 'the 56th session')).toEqual(['57']);
  });

  it('finds a number the English lacks, and accepts numbers written in words', () => {
    expect(newNumbers('Approuvé à la 57e session (2025).', 'Endorsed at the 56th session (2025).')).toEqual(['57']);
    expect(newNumbers('أُقرّ في الدورة السادسة والخمسين (2025).', 'Endorsed at the 56th session (2025).')).toEqual([]);
    // Numbers inside link targets and block ids are not prose.
    expect(newNumbers('[page](https://x.org/283) {#p-12}', 'the page')).toEqual([]);
  });
});

describe('translated pages', () => {
  it('include the pages of this issue in every locale', () => {
    for (const locale of ['fr', 'es', 'ar'])
      for (const doc of [
        'at-a-glance.md',
        'definition/data-value-chain.md',
        'definition/examples.md',
        'background/glossary.mdx',
      ])
        expect(pages.map((p) => p.name)).toContain(`i18n/${locale}/docusaurus-plugin-content-docs/current/${doc}`);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s keeps every link target', (_name, page) => {
    const targets = (text: string) => [...text.matchAll(LINK_TARGET)].map((m) => m[1]).sort();
    expect(targets(page.translated.content)).toEqual(targets(page.english.content));
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s keeps every block marker’s classes', (_name, page) => {
    const classes = (text: string) =>
      [...text.matchAll(MARKER)].flatMap((m) => m[1]!.split(/\s+/).filter((part) => part.startsWith('.'))).sort();
    expect(classes(page.translated.content)).toEqual(classes(page.english.content));
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s keeps the acronyms our sources do not expand', (_name, page) => {
    expect(droppedAcronyms(page.translated.content, page.english.content)).toEqual([]);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s brings no number the English lacks', (_name, page) => {
    expect(newNumbers(page.translated.content, page.english.content)).toEqual([]);
    const { title, description } = page.translated.data as { title: string; description: string };
    const english = page.english.data as { title: string; description: string };
    expect(newNumbers(`${title} ${description}`, `${english.title} ${english.description}`)).toEqual([]);
  });

  it.each(pages.map((p) => [p.name, p] as const))(
    '%s keeps the English front matter it does not translate',
    (_name, page) => {
      const kept = (data: Record<string, unknown>) => ({
        id: data.id,
        provenance: data.provenance,
        sources: data.sources,
        related: data.related,
        sidebar_position: data.sidebar_position,
      });
      expect(kept(page.translated.data)).toEqual(kept(page.english.data));
    },
  );
});

describe('translated glossary definitions', () => {
  const rows = GLOSSARY.flatMap((term) =>
    Object.entries(GLOSSARY_TRANSLATIONS).map(
      ([locale, table]) => [`${locale} ${term.id}`, term, table[term.id]] as const,
    ),
  );

  it.each(rows)('%s brings no number the English definition lacks', (_name, term, translation) => {
    if (!translation?.definition) return;
    expect(newNumbers(translation.definition, term.definition)).toEqual([]);
  });
});
