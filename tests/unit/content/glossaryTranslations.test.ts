/**
 * The glossary's translations follow the English glossary: every term in every locale, no term the
 * English glossary lacks, each entry valid, and the cases that show a mistake would be caught.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/data/glossary';
import { GLOSSARY_TRANSLATIONS } from '../../../src/data/glossaryTranslations';
import { glossaryTranslationProblems } from '../../../src/shared/contentProblems';

describe('glossary translations', () => {
  it('cover every English term in French, Spanish and Arabic, and nothing else', () => {
    expect(glossaryTranslationProblems(GLOSSARY, GLOSSARY_TRANSLATIONS)).toEqual([]);
  });

  it('name the concepts readers type in each language', () => {
    expect(GLOSSARY_TRANSLATIONS.fr['citizen-data']?.term).toBe('Données citoyennes');
    expect(GLOSSARY_TRANSLATIONS.es['citizen-data']?.term).toBe('Datos ciudadanos');
    expect(GLOSSARY_TRANSLATIONS.fr.cso?.acronyms).toContain('ONG');
    expect(GLOSSARY_TRANSLATIONS.es.sdg?.acronyms).toEqual(['ODS']);
  });

  it('carry a translated definition, with its translation record, for every term', () => {
    for (const table of Object.values(GLOSSARY_TRANSLATIONS))
      for (const term of GLOSSARY) {
        expect(table[term.id]?.definition, term.id).toBeTruthy();
        expect(table[term.id]?.translation?.by, term.id).toMatch(/^machine-assisted/);
      }
    expect(GLOSSARY_TRANSLATIONS.fr['data-value-chain']?.definition).toMatch(/^La suite d’étapes/);
  });

  it('report a definition without its translation record, and a record without a definition', () => {
    const [first] = GLOSSARY;
    const record = { by: 'machine-assisted (test)', date: '2026-11-30', source: 'a'.repeat(64) };
    expect(
      glossaryTranslationProblems([first!], {
        fr: { [first!.id]: { term: 'Données citoyennes', definition: 'Des données issues d’initiatives citoyennes.' } },
        es: { [first!.id]: { term: 'Datos ciudadanos', translation: record } },
      }),
    ).toEqual([
      `fr glossary translation "${first!.id}": a definition needs its \`translation\` record (by, date, source)`,
      `es glossary translation "${first!.id}": a \`translation\` record without a definition`,
    ]);
  });

  it('report an unknown id, a missing term and an invalid entry', () => {
    const [first] = GLOSSARY;
    const problems = glossaryTranslationProblems(GLOSSARY.slice(0, 2), {
      fr: { [first!.id]: { term: 'x' }, 'no-such-term': { term: 'Quelque chose' } },
    });
    expect(problems).toEqual([
      expect.stringContaining(`fr glossary translation ${first!.id}`),
      'fr glossary translation "no-such-term": no such term in src/data/glossary.ts; fix the id',
      `glossary term "${GLOSSARY[1]!.id}" has no fr translation in src/data/glossaryTranslations.ts`,
    ]);
  });
});
