/**
 * Runs the re-anchoring baseline (tests/fixtures/comments/reanchoring.json): each stored quote,
 * described on the paragraph as it was, must land on the expected words of the edited paragraph,
 * or be reported as unplaced (and so listed under "Comments on earlier wording").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePassage } from '../../../src/client/comments/anchoring/describe';
import { placeTarget } from '../../../src/client/comments/anchoring/placement';
import { textHash } from '../../../src/shared/paragraphId';

interface BaselineCase {
  name: string;
  before: string;
  after: string;
  quote: string;
  occurrence?: number;
  expected: string | null;
  expectedOccurrence?: number;
}

const { cases } = JSON.parse(
  readFileSync(new URL('../../fixtures/comments/reanchoring.json', import.meta.url), 'utf8'),
) as { cases: BaselineCase[] };

function nth(text: string, word: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(word, at + 1);
  return at;
}

describe('re-anchoring baseline', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const at = nth(c.before, c.quote, c.occurrence);
    expect(at, 'the quote must occur in "before"').toBeGreaterThanOrEqual(0);
    const { quote, position } = describePassage(c.before, at, at + c.quote.length)!;
    const target = { page: '/docs/x', paragraphId: 'p-x', paragraphHash: textHash(c.before), quote, position };
    const placement = placeTarget(target, new Map([['p-x', c.after]]));
    if (c.expected === null) {
      expect(placement).toEqual({ kind: 'orphan', reason: 'quote-not-found' });
      return;
    }
    expect(placement.kind).toBe('passage');
    if (placement.kind !== 'passage') return;
    expect(c.after.slice(placement.start, placement.end)).toBe(c.expected);
    expect(placement.start).toBe(nth(c.after, c.expected, c.expectedOccurrence));
    expect(placement.textChanged).toBe(true);
  });
});
