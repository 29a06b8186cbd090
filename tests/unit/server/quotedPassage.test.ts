/** findPublishedPassage on plain strings: where a quoted passage stands in a published paragraph. */
import { describe, expect, it } from 'vitest';
import { findPublishedPassage } from '../../../src/server/quotedPassage';

const TEXT = 'Citizen data are data produced by people. Data produced by people count.';
const quote = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

describe('findPublishedPassage', () => {
  it('finds nothing for a passage the paragraph does not hold, even one differing by a letter', () => {
    expect(findPublishedPassage(TEXT, quote('data produced by citizens'))).toBeNull();
    expect(findPublishedPassage(TEXT, quote('Citizen Data'))).toBeNull();
    expect(findPublishedPassage(TEXT, quote(''))).toBeNull();
  });

  it('prefers the occurrence whose surroundings agree with the context, then the one nearest the position, then the first', () => {
    const second = TEXT.lastIndexOf('produced by people');
    expect(findPublishedPassage(TEXT, quote('produced by people', 'people. Data ', ''))?.position).toEqual({
      start: second,
      end: second + 18,
    });
    expect(
      findPublishedPassage(TEXT, quote('produced by people'), { start: second - 3, end: second })?.position?.start,
    ).toBe(second);
    expect(findPublishedPassage(TEXT, quote('produced by people'))?.position?.start).toBe(TEXT.indexOf('produced'));
    // Context outweighs a position pointing elsewhere.
    expect(
      findPublishedPassage(TEXT, quote('produced by people', 'are data ', ''), { start: second, end: second + 18 })
        ?.position?.start,
    ).toBe(TEXT.indexOf('produced'));
  });

  it('cuts the context from the published text, as long as the context sent', () => {
    const found = findPublishedPassage(TEXT, quote('Data produced', 'made up ', 'also made up'));
    expect(found?.quote).toEqual({ exact: 'Data produced', prefix: 'people. ', suffix: ' by people c' });
    expect(findPublishedPassage(TEXT, quote('Citizen data', 'long context', ''))?.quote.prefix).toBe('');
  });

  it('matches a decomposed or bidi-wrapped passage against composed text, as the passage is stored', () => {
    const text = 'La Cité des données (2024).';
    const found = findPublishedPassage(text, quote('\u202ECite\u0301 des donne\u0301es\u202C', 'La ', ''));
    expect(found).toEqual({
      quote: { exact: 'Cité des données', prefix: 'La ', suffix: '' },
      position: { start: 3, end: 19 },
    });
  });

  it('leaves the offsets out when cleaning changed the published text, since they would not fit it', () => {
    const found = findPublishedPassage('An \u202Aembedded\u202C passage of text.', quote('passage of'));
    expect(found?.quote.exact).toBe('passage of');
    expect(found?.position).toBeUndefined();
  });
});
