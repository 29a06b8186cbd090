import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearDraft,
  emptyDraft,
  forgetProfile,
  hasProfile,
  loadDraft,
  missingFields,
  rememberProfile,
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
    // The side event's focus areas are optional; a reply needs only a name and its text.
    expect(missingFields(emptyDraft())).toEqual(['authorName', 'stakeholder', 'commentType', 'body']);
    expect(missingFields(emptyDraft(), true)).toEqual(['authorName', 'body']);
    const filled = {
      ...emptyDraft(),
      authorName: 'A',
      stakeholder: 'nso',
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
    // A reply sends who and what; the service gives it the thread's focus, type and visibility.
    expect(toCreateBody({ ...draft, proposedWording: 'x' }, target, 'parent-id-1')).toEqual({
      target,
      body: 'Text',
      authorName: 'Ann',
      stakeholder: 'cso',
      country: 'Kenya',
      parentId: 'parent-id-1',
    });
    expect(toCreateBody({ ...draft, focus: '' }, target)).not.toHaveProperty('focus');
    // The page's language goes with a comment and with a reply; English, the default, is omitted.
    expect(toCreateBody(draft, target, undefined, 'ar').language).toBe('ar');
    expect(toCreateBody(draft, target, 'parent-id-1', 'fr').language).toBe('fr');
    expect(toCreateBody(draft, target, undefined, 'en')).not.toHaveProperty('language');
  });
});

describe('draft storage', () => {
  beforeEach(() => vi.stubGlobal('window', { sessionStorage: memoryStorage(), localStorage: memoryStorage() }));
  afterEach(() => vi.unstubAllGlobals());

  it('restores a saved draft, and pre-fills other forms with the details remembered on the device', () => {
    const draft = {
      ...emptyDraft(),
      body: 'Half-written',
      authorName: 'Ann',
      stakeholder: 'opd' as const,
      country: 'Peru',
    };
    saveDraft('page#p-1', draft);
    expect(loadDraft('page#p-1')).toEqual(draft);
    // Typing is not remembering: only a sent comment remembers who wrote it.
    expect(loadDraft('page#p-2')).toEqual(emptyDraft());
    rememberProfile(draft);
    expect(hasProfile()).toBe(true);
    expect(window.localStorage.getItem('fw-comments-profile')).not.toContain('Half-written');
    const other = loadDraft('page#p-2', { focus: 'general' });
    expect(other).toMatchObject({ body: '', authorName: 'Ann', stakeholder: 'opd', country: 'Peru', focus: 'general' });
  });

  it('forgets a sent draft but keeps the details; "forget my details" clears them', () => {
    saveDraft('k', { ...emptyDraft(), body: 'Sent', authorName: 'Ann' });
    rememberProfile({ ...emptyDraft(), authorName: 'Ann' });
    clearDraft('k');
    expect(loadDraft('k')).toMatchObject({ body: '', authorName: 'Ann' });
    forgetProfile();
    expect(hasProfile()).toBe(false);
    expect(loadDraft('k')).toEqual(emptyDraft());
  });

  it('ignores a corrupt draft', () => {
    window.sessionStorage.setItem('fw-comments-draft:k', '{not json');
    expect(loadDraft('k')).toEqual(emptyDraft());
  });
});
