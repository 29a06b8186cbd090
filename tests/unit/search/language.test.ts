/** The language rules, on plain strings: folding, plurals, British/American spellings, numbers and symbols. */
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/shared/search/fold';
import { stem } from '../../../src/shared/search/stem';
import { canonicalSpelling } from '../../../src/shared/search/spelling';
import { indexTerms, tokenize } from '../../../src/shared/search/tokenize';

const terms = (text: string): string[] => tokenize(text).map((token) => token.term);

describe('folding', () => {
  it.each([
    ['Organización', 'organizacion'],
    ['ÉNERGIE', 'energie'],
    ['Ōkubo', 'okubo'],
    ['ﬁnance', 'finance'],
    ['الإحصاءات', 'الاحصاءات'],
    ['مَبَادِئ', 'مبادي'],
    ['مدرسة', 'مدرسه'],
  ])('%s → %s', (word, folded) => expect(foldWord(word)).toBe(folded));
});

describe('plural stemming', () => {
  it.each([
    ['principles', 'principle'],
    ['communities', 'community'],
    ['approaches', 'approach'],
    ['processes', 'process'],
    ['offices', 'office'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['process', 'process'],
    ['news', 'news'],
    ['data', 'data'],
  ])('%s → %s', (word, stemmed) => expect(stem(word)).toBe(stemmed));

  it('is idempotent', () => {
    for (const word of [
      'principles',
      'communities',
      'processes',
      'classes',
      'boxes',
      'bodies',
      'citizens',
      'sources',
    ]) {
      expect(stem(stem(word))).toBe(stem(word));
    }
  });
});

describe('British and American spellings meet on one term', () => {
  it.each([
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['marginalised', 'marginalized'],
    ['prioritising', 'prioritizing'],
    ['recognise', 'recognize'],
    ['analyse', 'analyze'],
    ['programme', 'program'],
    ['programmes', 'programs'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['behaviour', 'behavior'],
    ['labour', 'labor'],
    ['favourite', 'favorite'],
    ['travelled', 'traveled'],
    ['modelling', 'modeling'],
    ['defence', 'defense'],
    ['catalogue', 'catalog'],
    ['judgement', 'judgment'],
    ['ageing', 'aging'],
  ])('%s = %s', (british, american) => expect(terms(british)).toEqual(terms(american)));

  it.each([
    'otherwise',
    'promise',
    'premises',
    'exercise',
    'advertise',
    'expertise',
    'surprise',
    'raise',
    'noise',
    'your',
    'hour',
    'four',
    'tour',
    'spelling',
    'called',
    'genre',
  ])('leaves %s alone', (word) => expect(canonicalSpelling(stem(foldWord(word)))).toBe(stem(foldWord(word))));
});

describe('numbers, years and document symbols stay whole', () => {
  it('keeps years, indicator codes and UN document symbols as one term', () => {
    expect(terms('By 2030, SDG indicator 16.3.1 (see E/CN.3/2026/13).')).toEqual([
      '2030',
      'sdg',
      'indicator',
      '16.3.1',
      'see',
      'e/cn.3/2026/13',
    ]);
  });

  it('indexes a symbol’s parts too, so a part finds the whole', () => {
    expect(indexTerms('E/CN.3/2026/13')).toEqual(['e/cn.3/2026/13', 'cn', '2026', '13']);
  });

  it('does not cut long numbers into triplets', () => {
    expect(terms('1234567')).toEqual(['1234567']);
  });

  it('keeps trailing sentence punctuation out of a symbol', () => {
    expect(terms('indicator 16.3.1.')).toEqual(['indicator', '16.3.1']);
  });
});

describe('tokenizing', () => {
  it('drops stop words, splits hyphenated words and possessives', () => {
    expect(terms('The people’s data-driven programmes of the NSOs')).toEqual([
      'people',
      'data',
      'driven',
      'program',
      'nso',
    ]);
  });

  it('keeps the original offsets of every token, whatever folding did', () => {
    const text = 'Les Énergies organisées';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toMatch(/^\p{L}+$/u);
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Les', 'Énergies', 'organisées']);
  });

  it('cuts Han and kana into characters', () => {
    expect(terms('公民数据 citizen')).toEqual(['公', '民', '数', '据', 'citizen']);
  });
});
