/**
 * The language rules, on plain strings: folding (accents, Latin letters with a built-in mark,
 * invisible characters, dashes), stemming, British/American spellings, compounds, numbers and
 * symbols.
 */
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/shared/search/fold';
import { singular, stem } from '../../../src/shared/search/stem';
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
    ['Łódź', 'lodz'],
    ['Søren', 'soren'],
    ['Đakovo', 'dakovo'],
    ['Æsir', 'aesir'],
    ['Œuvre', 'oeuvre'],
    ['Þingvellir', 'thingvellir'],
    ['Medellín', 'medellin'],
    ['disaggre\u00ADgation', 'disaggregation'],
    ['zero\u200Bwidth\u200C\u200D\u2060\uFEFF', 'zerowidth'],
    ['24\u201327', '24-27'],
    ['24\u201427', '24-27'],
    ['\u22125', '-5'],
  ])('%s → %s', (word, folded) => expect(foldWord(word)).toBe(folded));
});

describe('invisible characters and dashes, in text and queries alike', () => {
  it.each([
    ['disaggre\u00ADgation', 'disaggregation'],
    ['mar\u200Bine lit\u200Dter', 'marine litter'],
    ['Steering\u00A0Committee', 'Steering Committee'],
    ['\uFEFFdata', 'data'],
  ])('%j reads as %j', (pasted, clean) => expect(terms(pasted)).toEqual(terms(clean)));

  it.each(['24-27', '24–27', '24—27', '24−27', '24‐27', '24‑27'])('%s is the range 24-27', (range) =>
    expect(terms(`April ${range}`)).toEqual(['april', '24-27']),
  );
});

describe('stemming (Porter, from the stemmer package)', () => {
  it.each([
    ['labelled', 'labels'],
    ['labeled', 'labels'],
    ['labelling', 'label'],
    ['interoperable', 'interoperability'],
    ['marginalised', 'marginalized'],
    ['organisations', 'organization'],
    ['financing', 'financed'],
  ])('%s meets %s', (a, b) => expect(terms(a)).toEqual(terms(b)));

  it.each([
    ['would', 'world'],
    ['policy', 'police'],
    ['data', 'date'],
  ])('keeps %s apart from %s', (a, b) => expect(terms(a)).not.toEqual(terms(b)));

  it('is idempotent, because FlexSearch encodes query terms again', () => {
    for (const word of [
      'generalizations',
      'organisations',
      'labelled',
      'communities',
      'interoperability',
      'relational',
    ])
      expect(stem(stem(foldWord(word)))).toBe(stem(foldWord(word)));
  });
});

describe('compounds', () => {
  it('indexes a hyphenated compound as its words and its closed form', () => {
    expect(indexTerms('co-creation')).toEqual(['co', ...terms('cocreation'), ...terms('creation')]);
  });

  it('keeps a negated compound whole: "non-state actors" are not "state actors"', () => {
    expect(terms('non–state actors')).toEqual(terms('nonstate actors'));
    expect(terms('non-state actors')).not.toContain(terms('state')[0]);
  });
});

describe('plural rule before Porter', () => {
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
  ])('%s → %s', (word, stemmed) => expect(singular(word)).toBe(stemmed));

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
      expect(singular(singular(word))).toBe(singular(word));
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
      ...terms('indicator'),
      '16.3.1',
      'see',
      'e/cn.3/2026/13',
    ]);
  });

  it('indexes a symbol’s tails and parts too, so a tail or a part finds the whole', () => {
    expect(indexTerms('E/CN.3/2026/13')).toEqual([
      'e/cn.3/2026/13',
      'cn.3/2026/13',
      '3/2026/13',
      '2026/13',
      '13',
      'cn',
      '2026',
    ]);
  });

  it('does not cut long numbers into triplets', () => {
    expect(terms('1234567')).toEqual(['1234567']);
  });

  it('keeps trailing sentence punctuation out of a symbol', () => {
    expect(terms('indicator 16.3.1.')).toEqual([...terms('indicator'), '16.3.1']);
  });
});

describe('tokenizing', () => {
  it('drops stop words, splits hyphenated words and possessives', () => {
    expect(terms('The people’s data-driven programmes of the NSOs')).toEqual(terms('people data driven program NSO'));
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
