import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearDraft,
  emptyDraft,
  loadDraft,
  missingFields,
  saveDraft,
  toCreateBody,
} from '../../../src/client/comments/commentDraft';
import type { Target } from '../../../src/shared/annotations';

const target: Target = { page: '/docs/x', paragraphId: 'p-x', paragraphHash: 'abc1234' };

/** A Map-backed Storage, so drafts can be tested without a browser. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

describe('comment draft model', () => {
  it('lists the required fields that are empty or blank', () => {
    expect(missingFields(emptyDraft())).toEqual(['authorName', 'stakeholder', 'focus', 'commentType', 'body']);
    const filled = {
      ...emptyDraft(),
      authorName: 'A',
      stakeholder: 'nso',
      focus: 'general',
      commentType: 'question',
      body: '  ',
    } as const;
    expect(missingFields(filled)).toEqual(['body']);
  });

  it('builds the request body, trimming text and leaving out empty optional fields', () => {
    const draft = {
      ...emptyDraft(),
      body: '  Text  ',
      authorName: ' Ann ',
      stakeholder: 'cso',
      focus: 'practicality',
      commentType: 'concern',
      organisation: '   ',
      country: ' Kenya ',
    } as const;
    expect(toCreateBody(draft, target)).toEqual({
      target,
      body: 'Text',
      authorName: 'Ann',
      stakeholder: 'cso',
      focus: 'practicality',
      commentType: 'concern',
      visibility: 'public',
      country: 'Kenya',
    });
    expect(toCreateBody(draft, target, 'parent-id-1').parentId).toBe('parent-id-1');
  });
});

describe('draft storage', () => {
  beforeEach(() => vi.stubGlobal('window', { sessionStorage: memoryStorage() }));
  afterEach(() => vi.unstubAllGlobals());

  it('restores a saved draft and pre-fills other forms with the writer’s profile only', () => {
    const draft = {
      ...emptyDraft(),
      body: 'Half-written',
      authorName: 'Ann',
      stakeholder: 'opd' as const,
      country: 'Peru',
    };
    saveDraft('page#p-1', draft);
    expect(loadDraft('page#p-1')).toEqual(draft);
    const other = loadDraft('page#p-2', { focus: 'general' });
    expect(other).toMatchObject({ body: '', authorName: 'Ann', stakeholder: 'opd', country: 'Peru', focus: 'general' });
  });

  it('forgets a sent draft but keeps the profile', () => {
    saveDraft('k', { ...emptyDraft(), body: 'Sent', authorName: 'Ann' });
    clearDraft('k');
    expect(loadDraft('k')).toMatchObject({ body: '', authorName: 'Ann' });
  });

  it('ignores a corrupt draft', () => {
    window.sessionStorage.setItem('fw-comments-draft:k', '{not json');
    expect(loadDraft('k')).toEqual(emptyDraft());
  });
});
