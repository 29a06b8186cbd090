import { describe, expect, it } from 'vitest';
import {
  PARAGRAPH_ID_PATTERN,
  normalizeBlockText,
  paragraphId,
  parseBlockMarker,
  textHash,
} from '../../../src/shared/paragraphId';

describe('paragraphId', () => {
  it('names a block from its first words and a hash of its whole text', () => {
    const id = paragraphId('Citizen data are data produced by initiatives that citizens start.');
    expect(id).toMatch(/^p-citizen-data-are-data-[0-9a-z]{7}$/);
    expect(id).toMatch(PARAGRAPH_ID_PATTERN);
  });

  it('ignores case, punctuation, diacritics and reflowed white space', () => {
    const a = paragraphId('Citizens either initiate, or are sufficiently engaged in, the initiative.');
    const b = paragraphId('citizens  either initiate or are sufficiently\nengaged in the initiative');
    expect(a).toBe(b);
    expect(normalizeBlockText('Égalité, São Paulo!')).toBe('egalite sao paulo');
  });

  it('changes when the words change', () => {
    expect(paragraphId('Data from the design stage.')).not.toBe(paragraphId('Data from the collection stage.'));
  });

  it('still gives a valid id for text with no Latin words', () => {
    const id = paragraphId('البيانات التي يجمعها المواطنون');
    expect(id).toMatch(PARAGRAPH_ID_PATTERN);
    expect(paragraphId('')).toMatch(PARAGRAPH_ID_PATTERN);
  });

  it('hashes text identically however it is spaced', () => {
    expect(textHash('A  b\nc')).toBe(textHash('a b c'));
    expect(textHash('a b c')).not.toBe(textHash('a b d'));
  });
});

describe('parseBlockMarker', () => {
  it('splits an explicit id off the end of a block', () => {
    expect(parseBlockMarker('Who counts as a citizen. {#definition-who}')).toEqual({
      text: 'Who counts as a citizen.',
      marker: { id: 'definition-who' },
    });
  });

  it('reads a provenance class with or without an id', () => {
    expect(parseBlockMarker('Text {.pending}').marker).toEqual({ provenance: 'pending' });
    expect(parseBlockMarker('Text {#roadmap-actions .summary}').marker).toEqual({
      id: 'roadmap-actions',
      provenance: 'summary',
    });
  });

  it('leaves ordinary braces alone', () => {
    expect(parseBlockMarker('A set {a, b} in the middle').marker).toBeNull();
    expect(parseBlockMarker('Ends with {plain text}').marker).toBeNull();
  });

  it('rejects a malformed id or an unknown class with a fix-it message', () => {
    expect(() => parseBlockMarker('Text {#Bad_Id}')).toThrow(/Invalid paragraph id "Bad_Id".*lowercase letters/);
    expect(() => parseBlockMarker('Text {.draft}')).toThrow(/Unknown block class ".draft".*\.official, \.summary, \.pending/);
  });
});
