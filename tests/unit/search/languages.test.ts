/**
 * Search in each language, on plain strings: French and Spanish elision and Snowball stemming on
 * folded words, Arabic normalisation and light10 stemming, each language's stop and function words
 * (reviewed data), the index's language recorded and checked by every reader, and cross-language
 * help from the glossary's translations.
 */
import { stemmer as oramaArabic } from '@orama/stemmers/arabic';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { GLOSSARY } from '../../../src/data/glossary';
import { glossaryTerms, sectionConcepts } from '../../../src/plugins/search/build';
import { loadBuiltIndex } from '../../../src/plugins/search/loadBuiltIndex';
import { writeIndex } from '../../../src/plugins/search/write';
import { lightStemArabic, normaliseArabic } from '../../../src/shared/search/arabic';
import { SearchEngine } from '../../../src/shared/search/engine';
import { buildIndexFile, checkIndexLanguage } from '../../../src/shared/search/indexFile';
import { translatedNotice } from '../../../src/shared/search/labels';
import AR_DATA from '../../../src/shared/search/data/ar.json';
import ES_DATA from '../../../src/shared/search/data/es.json';
import FR_DATA from '../../../src/shared/search/data/fr.json';
import { analyserFor, languageOfLocale, type SearchLanguage } from '../../../src/shared/search/language';
import type { SearchIndexFile, SearchRecord } from '../../../src/shared/search/record';
import { tokenize, tokenizerFor } from '../../../src/shared/search/tokenize';

const termsIn = (language: SearchLanguage, text: string): string[] =>
  tokenizerFor(language)
    .tokenize(text)
    .map((token) => token.term);

describe('French', () => {
  it.each([
    ["l'initiative", 'initiative'],
    ['l’initiative', 'initiatives'],
    ["d'experts", 'experts'],
    ['d’experts', 'expert'],
    ["qu'une initiative", 'une initiative'],
    ["jusqu'à l’État", 'État'],
  ])('%s meets %s', (a, b) => expect(termsIn('fr', a)).toEqual(termsIn('fr', b)));

  it.each([
    ['données citoyennes', 'donnees citoyennes'],
    ['DONNÉES CITOYENNES', 'donnée citoyenne'],
    ['initiatives', 'initiative'],
    ['officielles', 'officiel'],
    ['communautés', 'communautes'],
  ])('stems %s and %s to the same terms (Snowball on folded words)', (a, b) =>
    expect(termsIn('fr', a)).toEqual(termsIn('fr', b)),
  );

  it('keeps an elided word’s highlight on the word, not on its article', () => {
    const [token] = tokenizerFor('fr').tokenize("l'initiative");
    expect("l'initiative".slice(token!.start, token!.end)).toBe('initiative');
  });

  it('drops French stop words from the index, and English ones (pages not yet translated)', () => {
    expect(termsIn('fr', 'les données de la communauté')).toEqual(termsIn('fr', 'données communauté'));
    expect(termsIn('fr', 'the roadmap of the framework')).toEqual(termsIn('fr', 'roadmap framework'));
  });

  it('leaves English exactly as it was: no elision, Porter stemming', () => {
    expect(tokenize("l'initiative").map((token) => token.term)).toEqual(['liniti']);
    expect(termsIn('en', 'labelled')).toEqual(termsIn('en', 'labels'));
  });
});

describe('Spanish', () => {
  it.each([
    ['ciudadanos', 'ciudadana'],
    ['ciudadanas', 'ciudadano'],
    ['datos', 'dato'],
    ['estadísticas oficiales', 'estadisticas oficial'],
    ['comunidades', 'comunidad'],
  ])('%s meets %s', (a, b) => expect(termsIn('es', a)).toEqual(termsIn('es', b)));

  it('drops Spanish stop words', () => {
    expect(termsIn('es', 'la hoja de ruta')).toEqual(termsIn('es', 'hoja ruta'));
  });
});

describe('Arabic', () => {
  it.each([
    ['أحصاء', 'احصاء'],
    ['إحصاء', 'احصاء'],
    ['آمال', 'امال'],
    ['ٱلبيانات', 'البيانات'],
    ['مؤتمر', 'موتمر'],
    ['هيئة', 'هييه'],
    ['مستوى', 'مستوي'],
    ['مَبَادِئ', 'مبادي'],
    ['بيـــانات', 'بيانات'],
    ['٢٠٣٠', '2030'],
    ['۲۰۳۰', '2030'],
  ])('normalises %s to %s', (written, normal) => expect(analyserFor('ar').fold(written)).toBe(normal));

  it.each([
    ['البيانات', 'بيانات'],
    ['والبيانات', 'بيانات'],
    ['للبيانات', 'بيانات'],
    ['بالبيانات', 'بيانات'],
    ['المواطنين', 'المواطن'],
    ['الرسمية', 'رسمي'],
    ['الإحصاءات', 'احصاءات'],
    ['مُشَارَكَة', 'مشاركة'],
  ])('%s meets %s', (a, b) => expect(termsIn('ar', a)).toEqual(termsIn('ar', b)));

  it('removes only affixes (light10), where the Snowball stemmer cuts into the word', () => {
    expect(lightStemArabic(normaliseArabic('بيانات'))).toBe('بيان');
    expect(oramaArabic('بيانات')).toBe('يانا');
    expect(lightStemArabic('بيان')).toBe('بي');
    // Too short to strip: two letters always remain.
    expect(lightStemArabic('وما')).toBe('وما');
  });

  it('finds a light stem that is not a fixed point of the stemmer (terms are sent to FlexSearch marked)', async () => {
    const engine = await engineOf('ar', [record(0, '/ar/a#p', 'تصنيف البيانات حسب الفئات')]);
    expect(engine.search('بيانات').hits.map((hit) => hit.record.u)).toEqual(['/ar/a#p']);
    expect(engine.search('والبيانات').hits).toHaveLength(1);
  });

  it('stems Latin words (pages not yet translated) as English does', () => {
    expect(termsIn('ar', 'labelled organisations')).toEqual(termsIn('en', 'labelled organisations'));
  });
});

describe('reviewed data', () => {
  it.each([
    ['fr', FR_DATA],
    ['es', ES_DATA],
    ['ar', AR_DATA],
  ] as const)('%s words are written as the index folds them', (language, data) => {
    const { fold } = analyserFor(language);
    for (const word of [...data.stopWords, ...data.functionWords]) expect(fold(word), word).toBe(word);
  });

  it('keeps the glossary’s acronyms that another language drops as small words (UN, EST)', () => {
    expect(termsIn('fr', 'UN Women')).toHaveLength(2);
    expect(termsIn('es', 'UN')).toHaveLength(1);
    expect(termsIn('fr', 'EST')).toHaveLength(1);
    // Written small, they are the French and Spanish words, and dropped.
    expect(termsIn('fr', 'un projet')).toEqual(termsIn('fr', 'projet'));
    expect(termsIn('fr', 'il est')).toEqual([]);
  });

  it('gives every glossary term and acronym at least one term in every language', () => {
    const names = GLOSSARY.flatMap((term) => [term.term, ...(term.acronyms ?? [])]);
    for (const language of ['en', 'fr', 'es', 'ar'] as const)
      for (const name of names) expect(termsIn(language, name).filter(Boolean), `${language} ${name}`).not.toEqual([]);
  });

  it('never corrects a French function word into a content word', async () => {
    const engine = await engineOf('fr', [record(0, '/fr/a#p', 'Les données citoyennes et la qualité.')]);
    const plan = engine.plan('quelles données');
    expect(plan.ignored).toEqual(['quelles']);
    expect(plan.concepts).toHaveLength(1);
  });
});

describe('the index’s language', () => {
  it('maps locales to analysers, and refuses a locale without one', () => {
    expect(languageOfLocale('fr')).toBe('fr');
    expect(languageOfLocale('es-MX')).toBe('es');
    expect(() => languageOfLocale('zh')).toThrow(/no analyser for the locale "zh"/);
  });

  it('is recorded in the index file and its manifest', async () => {
    const file = await buildIndexFile([record(0, '/fr/a#p', 'Données citoyennes')], [], 'fr');
    expect(file.l).toBe('fr');
    const dir = tempDir('search-language-');
    await writeIndex(dir, 'search', [file]);
    const { engine } = await loadBuiltIndex(dir, undefined, 'fr');
    expect(engine.language).toBe('fr');
    await expect(loadBuiltIndex(dir, undefined, 'ar')).rejects.toThrow(/is in "fr" but this page searches in "ar"/);
  });

  it('makes a reader that expects another language fail clearly', async () => {
    const file = await buildIndexFile([record(0, '/a#p', 'Citizen data')], [], 'en');
    await expect(SearchEngine.load(file, { language: 'fr' })).rejects.toThrow(/is in "en".*"fr"/);
    expect(() => checkIndexLanguage(undefined)).toThrow(/records no known language/);
  });

  it('reads an index with its own analyser, whatever the reader’s default', async () => {
    const engine = await engineOf('fr', [record(0, '/fr/a#p', "L'initiative des citoyens")]);
    expect(engine.search('initiatives').hits).toHaveLength(1);
  });
});

describe('cross-language help from the glossary’s translations', () => {
  const records = [
    record(0, '/docs/background/glossary#term-citizen-data', 'Citizen data: data that citizens produce.', 'Glossary'),
    record(1, '/docs/roadmap#p', 'The roadmap lists the actions.', 'Roadmap'),
    record(2, '/docs/background/glossary#term-paris21', 'PARIS21 published an earlier definition.', 'Glossary'),
  ];

  it('finds the concept a French or Spanish query names on the English site, and says which language matched', async () => {
    const engine = await engineOf('en', records);
    const french = engine.search('données citoyennes');
    expect(french.hits[0]?.record.id).toBe(0);
    expect(french.plan.translated).toEqual([{ source: 'données citoyennes', language: 'fr', term: 'Citizen data' }]);
    expect(french.plan.unknown).toEqual([]);
    expect(engine.search('donnees citoyennes').plan.translated[0]?.language).toBe('fr');
    expect(engine.search('datos ciudadanos').plan.translated[0]).toMatchObject({ language: 'es' });
    expect(engine.search('بيانات المواطنين').hits[0]?.record.id).toBe(0);
  });

  it('finds a section under its translated sidebar label', async () => {
    const engine = await engineOf('en', records);
    const result = engine.search('hoja de ruta');
    expect(result.hits[0]?.record.u).toBe('/docs/roadmap#p');
    expect(result.plan.translated).toEqual([{ source: 'hoja de ruta', language: 'es', term: 'Roadmap' }]);
  });

  it('drops the other language’s function words around its words instead of reporting them unknown', async () => {
    const engine = await engineOf('en', records);
    const plan = engine.plan('définition des données citoyennes');
    expect(plan.translated.map((translation) => translation.source)).toEqual(['données citoyennes']);
    expect(plan.ignored).toEqual(['des']);
    expect(plan.unknown).toEqual([]);
    // Without words of another language, an unknown word is reported as before.
    expect(engine.plan('citizen des').unknown).toEqual(['des']);
  });

  it('says which language matched, for the CLI', async () => {
    const engine = await engineOf('en', records);
    expect(translatedNotice(engine.plan('données citoyennes').translated)).toBe(
      'Showing results for “Citizen data” (French: “données citoyennes”).',
    );
    expect(translatedNotice([])).toBeNull();
  });

  it('records the index’s language in the plan, for the highlighter', async () => {
    expect((await engineOf('ar', records)).plan('بيانات').language).toBe('ar');
  });

  it('never translates a word the index’s language knows (PARIS21 is PARIS21 everywhere)', async () => {
    const engine = await engineOf('en', records);
    expect(engine.search('PARIS21').plan.translated).toEqual([]);
    expect(engine.search('citizen data').plan.translated).toEqual([]);
  });

  it('names the concept in the index’s language on a translated site, and finds English pages too', async () => {
    const engine = await engineOf('fr', [
      record(0, '/fr/docs/definition#p', 'Des données sont des données citoyennes lorsque…', 'Définition'),
      ...records.map((entry, index) => ({ ...entry, id: index + 1, u: `/fr${entry.u}` })),
    ]);
    const spanish = engine.search('datos ciudadanos');
    expect(spanish.plan.translated).toEqual([
      { source: 'datos ciudadanos', language: 'es', term: 'Données citoyennes' },
    ]);
    expect(spanish.hits.map((hit) => hit.record.id)).toEqual(expect.arrayContaining([0, 1]));
    // An English query on the French site: English pages and, through the glossary, French ones.
    expect(engine.search('citizen data').hits.map((hit) => hit.record.id)).toEqual(expect.arrayContaining([0, 1]));
  });
});

function record(id: number, u: string, x: string, t = 'Page'): SearchRecord {
  return { id, u, t, h: [], k: 'definition', p: 'summary', x };
}

async function engineOf(language: SearchLanguage, records: SearchRecord[]): Promise<SearchEngine> {
  const file = await buildIndexFile(records, glossaryTerms('/'), language, sectionConcepts(process.cwd()));
  return SearchEngine.load(JSON.parse(JSON.stringify(file)) as SearchIndexFile);
}
