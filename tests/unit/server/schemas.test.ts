/** The wire contract in src/shared/annotations.ts: what it accepts, what it refuses, what it can never carry. */
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import {
  CreateAnnotationBody,
  LIMITS,
  ModeratedAnnotation,
  ModerationDecisionBody,
  OwnAnnotationsBody,
  PageAnnotationsQuery,
  PublicAnnotation,
  UpdateAnnotationBody,
} from '../../../src/shared/annotations';
import { validBody } from './helpers';

const create = Compile(CreateAnnotationBody);

describe('CreateAnnotationBody', () => {
  it('accepts a complete comment, a whole-paragraph comment and a reply', () => {
    expect(create.Check(validBody())).toBe(true);
    expect(
      create.Check(validBody({ parentId: 'abcdefgh12', organisation: '', country: '', proposedWording: '' })),
    ).toBe(true);
    const quoted = validBody({
      target: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } } as never,
    });
    expect(create.Check(quoted)).toBe(true);
  });

  it.each([
    ['an unknown field', { ...validBody(), email: 'a@b.org' }],
    ['an unknown target field', { ...validBody(), target: { ...validBody().target, xpath: '/p[1]' } }],
    ['a blank body', validBody({ body: ' \n\t' })],
    ['an overlong body', validBody({ body: 'x'.repeat(LIMITS.body + 1) })],
    ['a page without leading slash', validBody({ target: { page: 'docs' } as never })],
    ['a page with a scheme', validBody({ target: { page: '/x?<script>' } as never })],
    [
      'an overlong quote',
      validBody({ target: { quote: { exact: 'q'.repeat(LIMITS.quote + 1), prefix: '', suffix: '' } } as never }),
    ],
    ['a negative position', validBody({ target: { position: { start: -1, end: 2 } } as never })],
    ['a status chosen by the author', { ...validBody(), status: 'approved' }],
  ])('refuses %s', (_name, body) => {
    expect(create.Check(body)).toBe(false);
  });
});

describe('other request schemas', () => {
  it('UpdateAnnotationBody needs at least one known field', () => {
    const check = Compile(UpdateAnnotationBody);
    expect(check.Check({ body: 'x' })).toBe(true);
    expect(check.Check({})).toBe(false);
    expect(check.Check({ visibility: 'public' })).toBe(false);
  });

  it('ModerationDecisionBody allows up to LIMITS.bulkModeration distinct ids and only final statuses', () => {
    const check = Compile(ModerationDecisionBody);
    const ids = Array.from({ length: LIMITS.bulkModeration }, (_, i) => `id-${String(i).padStart(6, '0')}`);
    expect(check.Check({ ids, status: 'spam' })).toBe(true);
    expect(check.Check({ ids: [...ids, 'id-extra-01'], status: 'spam' })).toBe(false);
    expect(check.Check({ ids: ['id-000001'], status: 'pending' })).toBe(false);
  });

  it('OwnAnnotationsBody and PageAnnotationsQuery are closed', () => {
    expect(Compile(OwnAnnotationsBody).Check({ items: [], all: true })).toBe(false);
    expect(Compile(PageAnnotationsQuery).Check({ page: '/docs/definition' })).toBe(true);
    expect(Compile(PageAnnotationsQuery).Check({ page: '/docs/definition', status: 'pending' })).toBe(false);
  });
});

describe('response schemas', () => {
  it('have no field for an e-mail, an address, a token or its hash', () => {
    for (const schema of [PublicAnnotation, ModeratedAnnotation]) {
      const keys = Object.keys(schema.properties).join(' ');
      expect(keys).not.toMatch(/mail|ip|token|hash|secret/i);
    }
  });
});
