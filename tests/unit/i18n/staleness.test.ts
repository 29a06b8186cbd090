/**
 * The translation-staleness check (src/plugins/translations/status.ts): on fixtures, a translation
 * is current, stale after its English source changes, and invalid without its record; on the
 * repository, every translated page follows the current English revision (this is the CI check).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import {
  glossaryTranslationStatuses,
  sourceHash,
  statusOf,
  translationStatuses,
} from '../../../src/plugins/translations/status';
import { GLOSSARY } from '../../../src/data/glossary';
import { GLOSSARY_TRANSLATIONS } from '../../../src/data/glossaryTranslations';
import type { GlossaryTerm } from '../../../src/shared/contentModel';

const englishText = [
  '---',
  'id: umbrella-term',
  'title: An umbrella term',
  'description: What the word covers, in the editors’ own words, with sources listed.',
  'provenance: summary',
  'sources: [gp-using-framework]',
  '---',
  '',
  'Citizen data is an umbrella term.',
  '',
].join('\n');

function fixture(recordedHash: string | null): string {
  const siteDir = tempDir('fw-stale-');
  mkdirSync(path.join(siteDir, 'docs', 'definition'), { recursive: true });
  writeFileSync(path.join(siteDir, 'docs', 'definition', 'umbrella-term.md'), englishText);
  const dir = path.join(siteDir, 'i18n', 'fr', 'docusaurus-plugin-content-docs', 'current', 'definition');
  mkdirSync(dir, { recursive: true });
  const record = recordedHash
    ? `translation:\n  by: machine-assisted (test)\n  date: '2026-11-30'\n  source: ${recordedHash}\n`
    : '';
  writeFileSync(
    path.join(dir, 'umbrella-term.md'),
    englishText
      .replace('title: An umbrella term', 'title: Un terme générique')
      .replace('sources: [gp-using-framework]\n', `sources: [gp-using-framework]\n${record}`)
      .replace('Citizen data is an umbrella term.', 'Les données citoyennes sont un terme générique.'),
  );
  return siteDir;
}

describe('translation staleness', () => {
  it('hashes the English file’s content with SHA-256', () => {
    expect(sourceHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('says a translation of the current English revision is current', () => {
    const siteDir = fixture(sourceHash(englishText));
    expect(translationStatuses(siteDir)).toEqual([
      { locale: 'fr', docPath: 'definition/umbrella-term.md', state: 'current', englishHash: sourceHash(englishText) },
    ]);
  });

  it('flags a translation whose English source changed since, with the hash to record', () => {
    const siteDir = fixture(sourceHash(englishText));
    const changed = englishText.replace('umbrella term.', 'umbrella term, edited.');
    writeFileSync(path.join(siteDir, 'docs', 'definition', 'umbrella-term.md'), changed);
    const status = statusOf(siteDir, 'fr', 'definition/umbrella-term.md');
    expect(status.state).toBe('stale');
    expect(status.problem).toContain('docs/definition/umbrella-term.md changed since this translation (2026-11-30)');
    expect(status.problem).toContain(sourceHash(changed));
  });

  it('calls a translation without its record invalid', () => {
    const status = statusOf(fixture(null), 'fr', 'definition/umbrella-term.md');
    expect(status.state).toBe('invalid');
    expect(status.problem).toMatch(/no `translation` front matter/);
  });

  it('calls a malformed record invalid, naming the field', () => {
    const status = statusOf(fixture('not-a-hash'), 'fr', 'definition/umbrella-term.md');
    expect(status.state).toBe('invalid');
    expect(status.problem).toContain('translation/source');
  });
});

describe('the repository’s translations', () => {
  const statuses = translationStatuses(path.resolve('.'));

  it('has translated pages in every non-English locale', () => {
    for (const locale of ['fr', 'es', 'ar']) {
      expect(statuses.filter((s) => s.locale === locale).length, locale).toBeGreaterThan(0);
    }
  });

  it('has no stale or invalid translation', () => {
    expect(statuses.filter((s) => s.state !== 'current')).toEqual([]);
  });
});

describe('glossary definition staleness', () => {
  const term: GlossaryTerm = {
    id: 'data-value-chain',
    term: 'Data value chain',
    definition: 'The sequence of steps that turns a need for data into data used for decisions.',
    provenance: 'summary',
    sources: ['isi-283'],
  };
  const record = (source: string) => ({ by: 'machine-assisted (test)', date: '2026-11-30', source });
  const french = (source: string) => ({
    fr: {
      [term.id]: {
        term: 'Chaîne de valeur des données',
        definition: 'La suite d’étapes qui transforme un besoin de données en données utilisées pour des décisions.',
        translation: record(source),
      },
    },
  });

  it('says a definition translated from the current English definition is current', () => {
    expect(glossaryTranslationStatuses([term], french(sourceHash(term.definition)))).toEqual([
      { locale: 'fr', termId: term.id, state: 'current', englishHash: sourceHash(term.definition) },
    ]);
  });

  it('flags a definition whose English changed since, with the hash to record', () => {
    const changed = { ...term, definition: `${term.definition} Edited.` };
    const [status] = glossaryTranslationStatuses([changed], french(sourceHash(term.definition)));
    expect(status?.state).toBe('stale');
    expect(status?.problem).toContain('the English definition of "data-value-chain" changed since');
    expect(status?.problem).toContain(sourceHash(changed.definition));
  });

  it('says a term without a translated definition shows the English one', () => {
    const [status] = glossaryTranslationStatuses([term], { es: { [term.id]: { term: 'Cadena de valor' } } });
    expect(status?.state).toBe('untranslated');
  });

  it('finds every repository definition translated and current in every locale', () => {
    const statuses = glossaryTranslationStatuses(GLOSSARY, GLOSSARY_TRANSLATIONS);
    expect(statuses).toHaveLength(GLOSSARY.length * 3);
    expect(statuses.filter((s) => s.state !== 'current')).toEqual([]);
  });
});
