/**
 * Query planning and the engine on a small corpus: acronyms both ways, spellings, typos (one
 * correction, no fan-out), prefixes while typing, numbers and symbols, hostile input, ranking
 * and filters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/shared/search/engine';
import {
  MATCH_QUALITY,
  matchQuality,
  MAX_COMPLETIONS,
  MAX_CONCEPTS,
  MAX_QUERY_LENGTH,
} from '../../../src/shared/search/queryPlan';
import { tokenize } from '../../../src/shared/search/tokenize';
import { allowedEdits, correctTerm, editDistance } from '../../../src/shared/search/typo';
import { Vocabulary } from '../../../src/shared/search/vocabulary';
import { corpusEngine, urls } from './corpus';

let engine: SearchEngine;
/** The terms of a text, space-separated: what the index compares. */
const t = (text: string): string =>
  tokenize(text)
    .map((token) => token.term)
    .join(' ');
beforeAll(async () => {
  engine = await corpusEngine();
});

describe('acronyms and expansions (from the glossary)', () => {
  it('finds the expansion from the acronym, and the acronym from the expansion', () => {
    expect(urls(engine, 'NSO')).toEqual(
      expect.arrayContaining([
        '/docs/principles#p-partners',
        '/docs/enabling-environment#p-nso',
        '/docs/background/glossary#term-nso',
      ]),
    );
    expect(urls(engine, 'national statistical office ')).toContain('/docs/enabling-environment#p-nso');
  });

  it('finds the glossary form after correcting a typo inside it', () => {
    const plan = engine.plan('natinal statistical office ');
    expect(plan.concepts).toHaveLength(1);
    const [first, ...others] = plan.concepts[0]!.alternatives.map(
      (a) => `${a.terms.join(' ')}/${a.kind}${a.corrected ? '/corrected' : ''}`,
    );
    expect(first).toBe(`${t('national statistical office')}/typo`);
    // The group's other forms, the acronym first: each found through the correction.
    expect(others[0]).toBe('nso/synonym/corrected');
    expect(others.every((alternative) => alternative.endsWith('/synonym/corrected'))).toBe(true);
    expect(urls(engine, 'natinal statistical office ')).toContain('/docs/enabling-environment#p-nso');
  });

  it('counts a synonym found through a correction for less than the corrected words themselves', () => {
    // "UN Statistical Comission": the glossary's "UN Statistical Commission" entry must outrank a
    // page that only says "UNSC", as it does when the name is spelt right.
    const [corrected, synonym] = engine.plan('natinal statistical office ').concepts[0]!.alternatives;
    expect(matchQuality(synonym!)).toBeLessThan(matchQuality(corrected!));
    expect(matchQuality(synonym!)).toBeCloseTo(MATCH_QUALITY.synonym * MATCH_QUALITY.typo);
    const [, spelt] = engine.plan('national statistical office ').concepts[0]!.alternatives;
    expect(matchQuality(spelt!)).toBe(MATCH_QUALITY.synonym);
  });

  it('matches plural acronyms and British plural expansions', () => {
    expect(urls(engine, 'CSOs')).toEqual(
      expect.arrayContaining(['/docs/principles#p-partners', '/blog/2024/02/26/side-event#objectives']),
    );
    expect(urls(engine, 'civil society organisations ')).toContain('/blog/2024/02/26/side-event#objectives');
  });

  it('plans an acronym as one concept whose alternatives are its forms', () => {
    const plan = engine.plan('HRBAD principles');
    expect(plan.concepts).toHaveLength(2);
    expect(plan.concepts[0]!.alternatives.map((a) => a.terms.join(' '))).toEqual([
      t('human rights-based approach to data'),
      'hrbad',
    ]);
  });
});

describe('spellings', () => {
  it('finds "organisations" with "organizations" and "marginalised" with "marginalized"', () => {
    expect(urls(engine, 'marginalized groups')[0]).toBe('/docs/principles#p-partners');
    expect(urls(engine, 'program 2030')[0]).toBe('/docs/roadmap#p-2030');
    expect(urls(engine, 'center of inclusive data')[0]).toBe('/blog/2024/02/26/side-event#objectives');
  });
});

describe('typos', () => {
  it('allows one edit from five letters and two from eight, none below', () => {
    expect([3, 4, 5, 7, 8, 12].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('measures transpositions as one edit and gives up past the limit', () => {
    expect(editDistance('statsitics', 'statistics', 2)).toBe(1);
    expect(editDistance('goverment', 'government', 2)).toBe(1);
    expect(editDistance('participation', 'data', 2)).toBe(3);
  });

  it('corrects an unknown word to the one nearest known term, and never a known word', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addRecord(['statistics', 'statistical', 'participation', 'data', 'date']);
    vocabulary.seal();
    expect(correctTerm('statsitics', vocabulary)).toBe('statistics');
    expect(correctTerm('particpation', vocabulary)).toBe('participation');
    expect(correctTerm('data', vocabulary)).toBeNull();
    expect(correctTerm('dato', vocabulary)).toBeNull();
  });

  it('keeps the first letter (or a swap of the first two)', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addRecord(['statistics', 'governance']);
    vocabulary.seal();
    expect(correctTerm('tsatistics', vocabulary)).toBe('statistics');
    expect(correctTerm('xtatistics', vocabulary)).toBeNull();
    expect(correctTerm('goverance', vocabulary)).toBe('governance');
  });

  it('sends exactly one extra term per misspelt word to the index', () => {
    const plan = engine.plan('particpation statisticla commision ');
    expect(plan.terms).toEqual([
      t('particpation'),
      t('participation'),
      t('statisticla'),
      t('statistical'),
      t('commision'),
      t('commission'),
    ]);
    expect(urls(engine, 'particpation')[0]).toBe('/docs/principles#p-participation');
  });
});

describe('typing', () => {
  it('completes the word being typed, but not a finished word', () => {
    expect(urls(engine, 'particip')[0]).toBe('/docs/principles#p-participation');
    expect(engine.plan('partici').concepts[0]!.alternatives.some((a) => a.kind === 'prefix')).toBe(true);
    expect(engine.plan('partici ').concepts[0]!.alternatives.some((a) => a.kind === 'prefix')).toBe(false);
    // Completion works on words as written, not on stems: "organis" is no prefix of the stem "organ".
    expect(urls(engine, 'organis')).toContain('/docs/background/glossary#term-cso');
  });

  it('bounds completions', () => {
    expect(engine.plan('s').concepts).toHaveLength(0);
    expect(engine.plan('st').concepts[0]!.alternatives.length).toBeLessThanOrEqual(1 + MAX_COMPLETIONS);
  });
});

describe('numbers and symbols', () => {
  it.each(['2030', '16.3.1', 'E/CN.3/2026/13', 'e/cn.3/2026/13', '2026'])(
    'finds the roadmap paragraph for %s',
    (query) => {
      expect(urls(engine, query)[0]).toBe('/docs/roadmap#p-2030');
    },
  );

  it('does not match a year by its digits', () => {
    expect(urls(engine, '203')).toEqual([]);
    expect(urls(engine, '203 ')).toEqual([]);
  });

  it('finds a symbol by its head, up to a separator ("16.3" → 16.3.1), but not by a cut part', () => {
    expect(urls(engine, '16.3 ')).toEqual(['/docs/roadmap#p-2030']);
    expect(urls(engine, '16.')).toEqual(['/docs/roadmap#p-2030']);
    expect(urls(engine, '16.31 ')).toEqual([]);
  });

  it.each([
    'E/',
    'E/C',
    'E/CN',
    'E/CN.',
    'E/CN.3',
    'E/CN.3/',
    'E/CN.3/2',
    'E/CN.3/202',
    'E/CN.3/2026',
    'E/CN.3/2026/',
    'E/CN.3/2026/1',
    'E/CN.3/2026/13',
    'CN.3/2026/13',
    'cn.3',
    'cn.3 ',
    'e/cn.3/2026/13 ',
  ])('finds E/CN.3/2026/13 while %j is typed', (query) => {
    expect(urls(engine, query)).toEqual(['/docs/roadmap#p-2030']);
  });
});

describe('hostile input', () => {
  it.each([
    '',
    '   ',
    '((((',
    '.*+?^${}()|[]\\',
    '<script>alert(1)</script>',
    '😀😀😀',
    'مبادئ البيانات',
    'שלום',
    '\u0000\u200b\uFEFF',
    'a'.repeat(100_000),
    'data '.repeat(10_000),
  ])('answers %j without throwing', (query) => {
    expect(() => engine.search(query)).not.toThrow();
  });

  it('caps the query length and the number of concepts', () => {
    const plan = engine.plan('data citizen '.repeat(1000));
    expect(plan.query.length).toBe(MAX_QUERY_LENGTH);
    expect(plan.concepts.length).toBeLessThanOrEqual(MAX_CONCEPTS);
  });

  it('treats markup as words, never as markup', () => {
    const plan = engine.plan('<b>data</b>');
    expect(plan.concepts.map((c) => c.alternatives[0]!.terms[0])).toEqual(['data']);
    expect(plan.unknown).toEqual(['b', 'b']);
  });
});

describe('ranking', () => {
  it('prefers a record holding every concept over one repeating one', () => {
    expect(urls(engine, 'citizen data value chain')[0]).toBe('/docs/definition#p-def');
  });

  it('prefers heading and title matches', () => {
    expect(urls(engine, 'participation')[0]).toBe('/docs/principles#p-participation');
  });

  it('rewards words found side by side', () => {
    expect(urls(engine, 'leave no one behind')[0]).toBe('/docs/background/collaborative#p-hrbad');
  });

  it('reports scores best first and the total before the limit', () => {
    const response = engine.search('data', { limit: 2 });
    expect(response.hits).toHaveLength(2);
    expect(response.total).toBeGreaterThan(2);
    expect(response.hits[0]!.score).toBeGreaterThanOrEqual(response.hits[1]!.score);
  });
});

describe('filters', () => {
  it('keeps only the chosen content types and provenances, together', () => {
    const all = engine.search('data', { limit: 100 });
    const principles = engine.search('data', { types: ['principle'] });
    const pending = engine.search('data', { provenances: ['pending'] });
    const both = engine.search('data', { types: ['principle', 'roadmap'], provenances: ['pending'] });
    expect(principles.hits.every((hit) => hit.record.k === 'principle')).toBe(true);
    expect(pending.hits.every((hit) => hit.record.p === 'pending')).toBe(true);
    expect(both.hits.map((hit) => hit.record.u).sort()).toEqual([
      '/docs/principles#p-participation',
      '/docs/roadmap#p-2030',
    ]);
    expect(principles.total).toBeLessThan(all.total);
  });
});
