/** Tokens and address hashing: what is stored is never the secret or the address itself. */
import { describe, expect, it } from 'vitest';
import {
  editTokenMatches,
  hashAddress,
  hashToken,
  newAnnotationId,
  randomToken,
  secretsEqual,
} from '../../../src/server/secrets';
import { neutralise } from '../../../src/server/exports/spreadsheet';
import { AnnotationId } from '../../../src/shared/annotations';
import { Compile } from 'typebox/compile';

describe('secrets', () => {
  it('makes unguessable ids that satisfy the AnnotationId schema', () => {
    const ids = new Set(Array.from({ length: 200 }, newAnnotationId));
    expect(ids.size).toBe(200);
    const check = Compile(AnnotationId);
    for (const id of ids) expect(check.Check(id)).toBe(true);
  });

  it('makes ids that spreadsheet programs never read as a formula, so exports keep them as they are', () => {
    // Without the rule about one id in 64 would start with "-": among 5000, nearly certainly some.
    const ids = Array.from({ length: 5000 }, newAnnotationId);
    expect(ids.filter((id) => neutralise(id) !== id)).toEqual([]);
  });

  it('checks edit tokens against their hash only', () => {
    const token = randomToken();
    const stored = hashToken(token);
    expect(stored).not.toContain(token);
    expect(editTokenMatches(token, stored)).toBe(true);
    expect(editTokenMatches(`${token}x`, stored)).toBe(false);
    expect(editTokenMatches('', stored)).toBe(false);
    expect(editTokenMatches(token, 'not-hex')).toBe(false);
  });

  it('compares secrets of different lengths safely', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
    expect(secretsEqual('', 'abc')).toBe(false);
  });

  it('hashes the address block with the salt: same block, same hash; no address in the output', () => {
    const a = hashAddress('203.0.113.5', 'salt-one-0123456789');
    expect(hashAddress('203.0.113.99', 'salt-one-0123456789')).toBe(a);
    expect(hashAddress('203.0.114.5', 'salt-one-0123456789')).not.toBe(a);
    expect(hashAddress('203.0.113.5', 'salt-two-0123456789')).not.toBe(a);
    expect(a).not.toContain('203');
  });
});
