/**
 * The glossary in each language (src/shared/glossary.ts, src/plugins/glossaryLinks): another
 * locale's site shows the term's name in that language with the English name, and the translated
 * definition, falling back to the English definition where none is translated (marked English on
 * the glossary page);
 * the English site is unchanged, and links keep their `#term-<id>` targets.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/data/glossary';
import { GLOSSARY_TRANSLATIONS, glossaryTableFor } from '../../../src/data/glossaryTranslations';
import remarkGlossaryLinks from '../../../src/plugins/glossaryLinks';
import { glossaryPageEntries, localizedGlossaryTerm } from '../../../src/shared/glossary';

const nso = GLOSSARY.find((t) => t.id === 'nso')!;

function render(markdown: string, locale?: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGlossaryLinks, locale ? { locale } : {})
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

describe('a glossary term in a locale', () => {
  it('is the English entry on the English site, with its aliases and no English name beside it', () => {
    expect(localizedGlossaryTerm(nso, 'en', GLOSSARY_TRANSLATIONS.fr.nso)).toEqual({
      term: 'National statistical office',
      acronyms: nso.acronyms,
      aliases: nso.aliases ?? [],
      definition: nso.definition,
      definitionLocale: 'en',
      englishTerm: null,
    });
  });

  it('has the locale’s name, acronyms and definition, and the English name beside it', () => {
    const shown = localizedGlossaryTerm(nso, 'fr', GLOSSARY_TRANSLATIONS.fr.nso);
    expect(shown.term).toBe('Institut national de statistique');
    expect(shown.acronyms).toEqual(['INS', 'ONS']);
    expect(shown.definition).toBe(GLOSSARY_TRANSLATIONS.fr.nso!.definition);
    expect(shown.definitionLocale).toBe('fr');
    expect(shown.englishTerm).toBe('National statistical office');
  });

  it('falls back to the English definition, marked English, where none is translated', () => {
    const shown = localizedGlossaryTerm(nso, 'ar', { term: 'مكتب الإحصاء الوطني' });
    expect(shown.term).toBe('مكتب الإحصاء الوطني');
    expect(shown.definition).toBe(nso.definition);
    expect(shown.definitionLocale).toBe('en');
    // No acronyms of its own: the English ones go with the English name; English aliases are not shown.
    expect(shown.acronyms).toEqual([]);
    expect(shown.aliases).toEqual([]);
    expect(localizedGlossaryTerm(nso, 'ar', undefined).definitionLocale).toBe('en');
  });
});

describe('the glossary page’s entries in a locale (what the page ships)', () => {
  it('are every term, in the locale’s alphabetical order', () => {
    for (const locale of ['en', 'fr', 'es', 'ar']) {
      const entries = glossaryPageEntries(GLOSSARY, locale, glossaryTableFor(locale));
      expect(entries.map((entry) => entry.id).sort()).toEqual(GLOSSARY.map((term) => term.id).sort());
      const names = entries.map((entry) => entry.term);
      expect(names, locale).toEqual([...names].sort(new Intl.Collator(locale).compare));
    }
    // French order ignores accents where English-by-code-point would not: É sorts with E.
    const french = glossaryPageEntries(GLOSSARY, 'fr', glossaryTableFor('fr')).map((entry) => entry.term);
    const firstE = french.findIndex((name) => /^[EÉ]/.test(name));
    expect(french.slice(firstE).findIndex((name) => !/^[EÉ]/.test(name))).toBeGreaterThan(0);
  });

  it('carry the locale’s text only: no English definition where one is translated, no translation record', () => {
    const arabic = glossaryPageEntries(GLOSSARY, 'ar', glossaryTableFor('ar'));
    const nsoEntry = arabic.find((entry) => entry.id === 'nso')!;
    expect(nsoEntry).toEqual({
      id: 'nso',
      term: 'مكتب الإحصاء الوطني',
      acronyms: [],
      aliases: ['الجهاز الوطني للإحصاء'],
      definition: GLOSSARY_TRANSLATIONS.ar.nso!.definition,
      definitionLocale: 'ar',
      englishTerm: 'National statistical office',
      englishAcronyms: nso.acronyms,
      englishAliases: nso.aliases,
      provenance: nso.provenance,
      sources: nso.sources,
      related: nso.related ?? [],
    });
    const shipped = JSON.stringify(arabic);
    expect(shipped).not.toContain(nso.definition);
    expect(shipped).not.toContain(GLOSSARY_TRANSLATIONS.ar.nso!.translation!.source);
    expect(shipped).not.toContain('machine-assisted');
  });

  it('are the English entries on the English site, which has no translation table', () => {
    expect(glossaryTableFor('en')).toBeUndefined();
    expect(glossaryTableFor('toString')).toBeUndefined();
    const english = glossaryPageEntries(GLOSSARY, 'en', glossaryTableFor('en'));
    expect(english.find((entry) => entry.id === 'nso')).toMatchObject({
      term: 'National statistical office',
      acronyms: nso.acronyms,
      englishAcronyms: nso.acronyms,
      // Already the entry's `aliases`: not shown a second time.
      englishAliases: [],
      englishTerm: null,
      definition: nso.definition,
    });
  });
});

describe('glossary link previews in a locale', () => {
  const link = '[ONS](/docs/background/glossary#term-nso)';
  const definitionOf = (html: string) => /data-definition="([^"]*)"/.exec(html)?.[1];

  it('carry the term’s name with the English name on a line of their own, then the locale’s definition', () => {
    const html = render(link, 'fr');
    expect(html).toContain('href="/docs/background/glossary#term-nso"');
    expect(definitionOf(html)).toBe(
      `Institut national de statistique (National statistical office)\n${GLOSSARY_TRANSLATIONS.fr.nso!.definition}`,
    );
    expect(definitionOf(render(link, 'ar'))).toBe(
      `مكتب الإحصاء الوطني (National statistical office)\n${GLOSSARY_TRANSLATIONS.ar.nso!.definition}`,
    );
  });

  it('name a term spelled the same in both languages once', () => {
    expect(definitionOf(render('[PARIS21](/docs/background/glossary#term-paris21)', 'es'))).toMatch(/^PARIS21\n/);
  });

  it('stay as they were on the English site: the English definition alone', () => {
    for (const html of [render(link), render(link, 'en')]) expect(definitionOf(html)).toBe(nso.definition);
  });
});
