import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describePassage } from '../../../src/client/comments/anchoring/describe';
import {
  isWordBoundary,
  matchQuote,
  MIN_LONG_QUOTE_SIMILARITY,
  minQuoteSimilarity,
} from '../../../src/client/comments/anchoring/matchQuote';
import { LIMITS } from '../../../src/shared/annotations';

const PARAGRAPH =
  'Citizen data are data produced by people or their organisations to monitor, demand or drive change on issues that affect them. ' +
  'National statistical offices can use citizen data to fill gaps, provided that quality is assessed jointly with the producers.';

function describeWord(text: string, word: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(word, at + 1);
  return describePassage(text, at, at + word.length)!;
}

describe('describePassage', () => {
  it('stores the quote with up to 32 characters of context and its offsets', () => {
    const passage = describeWord(PARAGRAPH, 'fill gaps');
    expect(passage.quote.exact).toBe('fill gaps');
    expect(passage.quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(PARAGRAPH.endsWith(passage.quote.suffix) || PARAGRAPH.includes(`fill gaps${passage.quote.suffix}`)).toBe(
      true,
    );
    expect(PARAGRAPH.slice(passage.position.start, passage.position.end)).toBe('fill gaps');
  });

  it('trims white space from the selection and keeps short context at the paragraph edges', () => {
    const passage = describePassage(PARAGRAPH, 0, 13)!;
    expect(passage.quote).toEqual({ exact: 'Citizen data', prefix: '', suffix: ' are data produced by people or ' });
    expect(describePassage('  abc  ', 0, 7)!.position).toEqual({ start: 2, end: 5 });
  });

  it('refuses empty, blank, too short and over-long selections (the service would refuse them)', () => {
    expect(describePassage(PARAGRAPH, 5, 5)).toBeNull();
    expect(describePassage('ab cd', 0, 2)).toBeNull();
    expect(describePassage('\u200B\u200B\u200B\u200B', 0, 4)).toBeNull();
    expect(describePassage('a    b', 1, 5)).toBeNull();
    const long = 'x'.repeat(LIMITS.quote + 1);
    expect(describePassage(long, 0, long.length)).toBeNull();
  });
});

describe('matchQuote: exact', () => {
  it('round-trips a described passage', () => {
    for (const word of ['Citizen data', 'drive change', 'with the producers.', 'quality']) {
      const passage = describeWord(PARAGRAPH, word);
      const match = matchQuote(PARAGRAPH, passage.quote, passage.position)!;
      expect(match).toMatchObject({ ...passage.position, exact: true });
    }
  });

  it('tells repeated wording apart by its prefix and suffix, even when the position is stale', () => {
    // "data" occurs several times; the context says which one.
    const passage = describeWord(PARAGRAPH, 'data', 2);
    const shifted = `An added opening sentence. ${PARAGRAPH}`;
    const match = matchQuote(shifted, passage.quote, passage.position)!;
    expect(match.exact).toBe(true);
    expect(match.start).toBe(passage.position.start + 'An added opening sentence. '.length);
  });

  it('uses the position to break ties between identical contexts', () => {
    const text = 'one two one two one two';
    const passage = describePassage(text, 8, 11)!; // the second "one"
    expect(matchQuote(text, { exact: 'one', prefix: '', suffix: '' }, passage.position)!.start).toBe(8);
  });
});

describe('matchQuote: fuzzy', () => {
  it('still anchors a passage whose wording was lightly edited', () => {
    const passage = describeWord(PARAGRAPH, 'provided that quality is assessed jointly with the producers');
    const edited = PARAGRAPH.replace('quality is assessed jointly', 'quality is assessed together');
    const match = matchQuote(edited, passage.quote, passage.position)!;
    expect(match).not.toBeNull();
    expect(match.exact).toBe(false);
    expect(match.score).toBeGreaterThanOrEqual(0.7);
    expect(edited.slice(match.start, match.end)).toMatch(
      /^provided that quality is assessed together with the producers/,
    );
  });

  it('does not anchor in unrelated text', () => {
    const passage = describeWord(PARAGRAPH, 'provided that quality is assessed jointly with the producers');
    const unrelated =
      'The roadmap lists actions for the next two years, from training to shared tools and a community of practice.';
    expect(matchQuote(unrelated, passage.quote, passage.position)).toBeNull();
  });

  it('does not move a short quote to a lookalike word when its context is gone', () => {
    const quote = { exact: 'jointly', prefix: 'quality is assessed ', suffix: ' with the producers' };
    expect(matchQuote('Partners should work jointed on training and tools.', quote)).toBeNull();
  });

  it('rejects a quote whose words changed too much even with its context intact', () => {
    const passage = describeWord(PARAGRAPH, 'quality is assessed jointly');
    const rewritten = PARAGRAPH.replace('quality is assessed jointly', 'nobody checks anything at all');
    expect(matchQuote(rewritten, passage.quote, passage.position)).toBeNull();
  });
});

describe('matchQuote: word boundaries and a length-scaled similarity floor', () => {
  // The reproduced fault: a removed clause was re-anchored on "resented at the 55th session (2024)".
  const before =
    'The Framework was drafted by the Collaborative, discussed at the 54th session (2023) and presented at the 55th session (2024).';
  const after = 'The Framework was drafted by the Collaborative and presented at the 55th session (2024).';

  it('orphans a removed clause rather than landing inside a lookalike word', () => {
    const at = before.indexOf('discussed at the 54th session (2023)');
    const passage = describePassage(before, at, at + 'discussed at the 54th session (2023)'.length)!;
    expect(matchQuote(after, passage.quote, passage.position)).toBeNull();
  });

  it('never starts or ends a match inside a word when the quote was whole words', () => {
    const quote = { exact: 'resented at the 55th session', prefix: 'and ', suffix: ' (2024)' };
    // Verbatim inside "presented": refused, because the stored quote began on a word boundary.
    expect(matchQuote(after, quote)).toBeNull();
    // A reader who did select part of a word keeps that selection.
    const partial = { exact: 'resented at the 55th session', prefix: 'and p', suffix: ' (2024)' };
    const match = matchQuote(after, partial)!;
    expect(after.slice(match.start, match.end)).toBe('resented at the 55th session');
  });

  it('scales the floor with the quote length: short quotes exact, long ones up to a fifth edited', () => {
    expect(minQuoteSimilarity(5)).toBe(1);
    expect(minQuoteSimilarity(20)).toBe(1);
    expect(minQuoteSimilarity(40)).toBeCloseTo(0.9);
    expect(minQuoteSimilarity(60)).toBe(MIN_LONG_QUOTE_SIMILARITY);
    expect(minQuoteSimilarity(900)).toBe(MIN_LONG_QUOTE_SIMILARITY);
    // A short phrase that lost one letter is not placed approximately.
    const quote = { exact: 'the 54th session', prefix: 'discussed at ', suffix: ' (2023)' };
    expect(matchQuote('discussed at the 55th session (2023)', quote)).toBeNull();
  });

  it('knows where words begin and end', () => {
    expect(isWordBoundary('presented', 0)).toBe(true);
    expect(isWordBoundary('presented', 1)).toBe(false);
    expect(isWordBoundary('a b', 1)).toBe(true);
    expect(isWordBoundary('données', 4)).toBe(false);
    expect(isWordBoundary('(2024)', 1)).toBe(true);
  });
});

describe('matchQuote: Unicode normalisation', () => {
  it('places a quote stored in NFD on unchanged NFC text, and an NFC quote on NFD text, at the right offsets', () => {
    const nfcText = 'Les données citoyennes complètent la statistique officielle.';
    const nfdQuote = { exact: 'données citoyennes'.normalize('NFD'), prefix: 'Les ', suffix: ' complètent' };
    const match = matchQuote(nfcText, nfdQuote)!;
    expect(match).toMatchObject({ exact: true });
    expect(nfcText.slice(match.start, match.end)).toBe('données citoyennes');
    const nfdText = nfcText.normalize('NFD');
    const onNfd = matchQuote(nfdText, { exact: 'données citoyennes', prefix: 'Les ', suffix: '' })!;
    expect(nfdText.slice(onNfd.start, onNfd.end).normalize('NFC')).toBe('données citoyennes');
  });
});
