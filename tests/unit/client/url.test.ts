/** No URL may crash a page: every decode of a URL part is guarded (src/shared/url.ts). */
import { describe, expect, it } from 'vitest';
import { decodeUriPart, fragmentId, repairPercentEncoding } from '../../../src/shared/url';

describe('decoding URL parts', () => {
  it('decodes what decodes and answers null for the rest, never throwing', () => {
    expect(decodeUriPart('donn%C3%A9es')).toBe('données');
    for (const malformed of ['100%', '%', '%zz', '%E0%A4%A', '%E0%A4', '%C3', '%ED%A0%80']) {
      expect(() => decodeUriPart(malformed)).not.toThrow();
      expect(decodeUriPart(malformed), malformed).toBeNull();
    }
  });

  it('reads the element id of a hash: an undecodable one names nothing', () => {
    expect(fragmentId('#definition-who')).toBe('definition-who');
    expect(fragmentId('#term-%C3%A9')).toBe('term-é');
    expect(fragmentId('#100%')).toBeNull();
    expect(fragmentId('#')).toBeNull();
    expect(fragmentId('')).toBeNull();
  });

  it('repairs stray percent signs so a later decode gives back what was typed', () => {
    expect(repairPercentEncoding('#100%')).toBe('#100%25');
    expect(decodeURIComponent(repairPercentEncoding('#100%'))).toBe('#100%');
    expect(decodeURIComponent(repairPercentEncoding('/docs/50%off%2F'))).toBe('/docs/50%off/');
    expect(decodeURIComponent(repairPercentEncoding('#%E0%A4%A'))).toBe('#%E0%A4%A');
    expect(repairPercentEncoding('#definition-who')).toBe('#definition-who');
    expect(repairPercentEncoding('#caf%C3%A9')).toBe('#caf%C3%A9');
  });
});
