import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describePassage } from '../../../src/client/comments/anchoring/describe';
import { approximateMatches, levenshtein } from '../../../src/client/comments/anchoring/editDistance';
import { matchQuote } from '../../../src/client/comments/anchoring/matchQuote';
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
    expect(describePassage('  a  ', 0, 5)!.position).toEqual({ start: 2, end: 3 });
  });

  it('refuses empty, blank and over-long selections', () => {
    expect(describePassage(PARAGRAPH, 5, 5)).toBeNull();
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

describe('edit distances', () => {
  it('computes Levenshtein distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('finds approximate substrings within the edit budget only', () => {
    const [best] = approximateMatches('the quick brown fox', 'quack', 1);
    expect(best).toEqual({ start: 4, end: 9, errors: 1 });
    expect(approximateMatches('the quick brown fox', 'zebra', 1)).toEqual([]);
  });
});

describe('approximateMatches with the cut-off', () => {
  /** The plain O(pattern × text) Sellers algorithm, as an oracle. */
  function naive(text: string, pattern: string, maxErrors: number) {
    let cost = Array.from({ length: pattern.length + 1 }, (_, i) => i);
    let start = new Array<number>(pattern.length + 1).fill(0);
    const found: { start: number; end: number; errors: number }[] = [];
    for (let j = 1; j <= text.length; j += 1) {
      const nextCost = [0];
      const nextStart = [j];
      for (let i = 1; i <= pattern.length; i += 1) {
        const substitute = cost[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
        const skipText = cost[i]! + 1;
        const skipPattern = nextCost[i - 1]! + 1;
        if (substitute <= skipText && substitute <= skipPattern)
          [nextCost[i], nextStart[i]] = [substitute, start[i - 1]!];
        else if (skipText <= skipPattern) [nextCost[i], nextStart[i]] = [skipText, start[i]!];
        else [nextCost[i], nextStart[i]] = [skipPattern, nextStart[i - 1]!];
      }
      [cost, start] = [nextCost, nextStart];
      if (cost[pattern.length]! <= maxErrors)
        found.push({ start: start[pattern.length]!, end: j, errors: cost[pattern.length]! });
    }
    return found.sort((a, b) => a.errors - b.errors || a.start - b.start);
  }

  it('finds exactly what the full computation finds', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const word = (length: number) => Array.from({ length }, () => 'abcd '[Math.floor(random() * 5)]).join('');
    for (let round = 0; round < 300; round += 1) {
      const text = word(20 + Math.floor(random() * 60));
      const pattern =
        random() < 0.5 ? text.slice(5, 5 + Math.floor(random() * 15) + 1) : word(1 + Math.floor(random() * 15));
      const budget = Math.floor(random() * 5);
      expect(approximateMatches(text, pattern, budget), `${text} / ${pattern} / ${budget}`).toEqual(
        naive(text, pattern, budget),
      );
    }
  });
});
