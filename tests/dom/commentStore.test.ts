/**
 * The comment store (src/client/comments/commentStore.ts) when the reader moves on before the
 * service answers: the reader's own comments on the page they left are not shown on the page
 * they are on, and a comment sent from a page is kept as theirs under that page whichever page is
 * open when the answer comes (before, it was filed under the open page, or lost with no page open).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatedAnnotationResponse, PublicAnnotation } from '../../src/shared/annotations';
import { publicAnnotation } from './support/annotations';
import { addOwnAnnotation, commentStore, enterPage, leavePage } from '../../src/client/comments/commentStore';
import { ownCommentsOn, rememberOwnComment } from '../../src/client/comments/ownComments';

const PAGE_A = '/docs/definition';
const PAGE_B = '/docs/principles';

const annotation = (id: string, page: string) =>
  publicAnnotation({ id, target: { page, paragraphId: 'definition-who', paragraphHash: 'abc1234' } });

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

/** The reader's own-comments lookups, answered when the test says. */
let ownLookups: { answer: (annotations: PublicAnnotation[]) => void }[] = [];

beforeEach(() => {
  localStorage.clear();
  ownLookups = [];
  document.body.innerHTML =
    '<article><p class="fw-block" data-pid="definition-who" id="definition-who">Who.</p></article>';
  vi.stubGlobal('fetch', (input: string) => {
    const url = new URL(input, 'http://localhost');
    if (url.pathname === '/api/annotations')
      return Promise.resolve(json({ page: url.searchParams.get('page'), annotations: [] }));
    if (url.pathname === '/api/annotations/mine')
      return new Promise<Response>((resolve) =>
        ownLookups.push({ answer: (annotations) => resolve(json({ annotations })) }),
      );
    throw new Error(`unexpected request ${input}`);
  });
});

afterEach(() => {
  leavePage();
  vi.unstubAllGlobals();
});

describe('the comment store, when the reader moves on before the service answers', () => {
  it('does not show the reader’s comments on the page they left on the page they are on', async () => {
    rememberOwnComment({ id: 'own-on-a-0001', editToken: 'token-aaaaaaaaaaaaaaaa', page: PAGE_A, body: 'Mine.' });
    const leftPage = enterPage(PAGE_A);
    await vi.waitFor(() => expect(ownLookups).toHaveLength(1));
    leavePage();
    await enterPage(PAGE_B);

    ownLookups[0]!.answer([annotation('own-on-a-0001', PAGE_A)]);
    await leftPage;
    // The page is drawn again (here: the reader comments on it); only its own comments are there.
    addOwnAnnotation(
      {
        id: 'own-on-b-0001',
        status: 'pending',
        editToken: 'token-dddddddddddddddd',
        annotation: annotation('own-on-b-0001', PAGE_B),
      },
      { page: PAGE_B, body: 'Mine, on this page.' },
    );

    expect(commentStore.get().page).toBe(PAGE_B);
    expect([...commentStore.get().own]).toEqual(['own-on-b-0001']);
  });

  it('keeps a comment sent from one page as the reader’s under that page, while another is open', async () => {
    await enterPage(PAGE_B);
    const created: CreatedAnnotationResponse = {
      id: 'sent-from-a-0001',
      status: 'pending',
      editToken: 'token-bbbbbbbbbbbbbbbb',
      annotation: annotation('sent-from-a-0001', PAGE_A),
    };
    addOwnAnnotation(created, { page: PAGE_A, body: 'Sent while leaving.' });

    expect(ownCommentsOn(PAGE_A).map((own) => own.id)).toEqual(['sent-from-a-0001']);
    expect(ownCommentsOn(PAGE_B)).toEqual([]);
    expect([...commentStore.get().own]).toEqual([]);
  });

  it('keeps it too when no page is open', () => {
    leavePage();
    addOwnAnnotation(
      {
        id: 'sent-from-a-0002',
        status: 'pending',
        editToken: 'token-cccccccccccccccc',
        annotation: annotation('sent-from-a-0002', PAGE_A),
      },
      { page: PAGE_A, body: 'Sent, then Back.' },
    );
    expect(ownCommentsOn(PAGE_A).map((own) => own.id)).toEqual(['sent-from-a-0002']);
  });
});
