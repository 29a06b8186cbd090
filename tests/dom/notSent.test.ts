/**
 * Comments written offline that the service refused when the connection returned
 * (src/components/Comments/NotSent.tsx, src/client/comments/outbox.ts). Before, the outbox kept such
 * a comment with the service's English sentence and nothing ever showed it: the reader never
 * learnt that their comment was not sent. Now the page lists it at the top of the article, with
 * the reason in the page's language; the reader writes it again in the form, filled in as it was
 * written, or discards it, and nothing else takes it out of the outbox.
 */
import { readFileSync } from 'node:fs';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CommentsApp from '../../src/components/Comments/CommentsApp';
import { ApiError } from '../../src/client/comments/api';
import { draftKeys, loadDraft } from '../../src/client/comments/commentDraft';
import * as store from '../../src/client/comments/commentStore';
import { enqueueComment, flushOutbox, queuedComments, type Sender } from '../../src/client/comments/outbox';
import { OUTBOX_STORAGE_KEY } from '../../src/client/comments/outboxStorage';
import type { CreateAnnotationBody } from '../../src/shared/annotations';

const french = JSON.parse(readFileSync('i18n/fr/code.json', 'utf8')) as Record<string, { message: string }>;
const fr = (id: string) => french[id]!.message;

const translation = vi.hoisted(() => ({ messages: null as Record<string, { message: string }> | null }));
vi.mock('@docusaurus/Translate', () => {
  const translate = ({ id, message }: { id: string; message: string }, values: Record<string, string> = {}) =>
    (translation.messages?.[id]?.message ?? message).replace(
      /\{(\w+)\}/g,
      (whole, name: string) => values[name] ?? whole,
    );
  return { translate, default: ({ children }: { children: string }) => children };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PAGE = '/fr/docs/definition';
const PARAGRAPH = 'definition-who';
const REWORDED = 'This paragraph was reworded after the page was opened.';

const comment = (text: string, page = PAGE, extra: Partial<CreateAnnotationBody> = {}): CreateAnnotationBody => ({
  target: { page, paragraphId: PARAGRAPH, paragraphHash: 'k2j4h5' },
  body: text,
  authorName: 'Amina Diallo',
  stakeholder: 'cso',
  organisation: 'Réseau des femmes',
  commentType: 'suggestion',
  visibility: 'public',
  ...extra,
});

/** The service, back online, refuses `refused` as a reworded paragraph and stores the rest. */
const serviceRefusing =
  (refused: string): Sender =>
  async (item) => {
    if (item.body.body === refused) {
      throw new ApiError('invalid', REWORDED, 409, [], undefined, { code: 'paragraphReworded' });
    }
    return { id: `c-${item.key}`, status: 'approved', editToken: 't'.repeat(32) } as never;
  };

let root: Root;

beforeEach(async () => {
  translation.messages = french;
  document.documentElement.lang = 'fr';
  localStorage.clear();
  sessionStorage.clear();
  document.body.innerHTML = `
    <article><h1>Définition des données citoyennes</h1><div class="theme-doc-markdown">
      <p class="fw-block" data-pid="${PARAGRAPH}" id="${PARAGRAPH}">Qui est un citoyen.
        <span class="fw-block__controls"><button class="fw-comment-button" data-pid="${PARAGRAPH}">Commenter</button></span></p>
    </div></article>`;
  // The page has no published comments, and no feedback round.
  vi.stubGlobal('fetch', async (url: string) =>
    Response.json(String(url).startsWith('/api/rounds/status') ? { paragraphs: {} } : { annotations: [] }),
  );
  await act(() => store.enterPage(PAGE));
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(createElement(CommentsApp)));
});

afterEach(async () => {
  await act(async () => root.unmount());
  store.leavePage();
  vi.unstubAllGlobals();
  translation.messages = null;
  document.documentElement.lang = 'en';
});

const section = () => document.querySelector<HTMLElement>('section[aria-labelledby="fw-not-sent"]');
const button = (label: string) =>
  [...(section()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label) ?? null;

describe('a comment written offline and refused when the connection returns', () => {
  it('is listed at the top of the article, with the reason in French and the text as written', async () => {
    enqueueComment(comment('Nommez l’office statistique.\nEt la date.'));
    enqueueComment(comment('Accepté.'));
    expect(section()).toBeNull();

    const result = await act(() => flushOutbox(serviceRefusing('Nommez l’office statistique.\nEt la date.')));

    expect(result.sent.map((s) => s.item.body.body)).toEqual(['Accepté.']);
    expect(result.refused).toHaveLength(1);
    const shown = section()!;
    // Before the article's text, where a returning reader starts reading.
    expect(shown.closest('#fw-not-sent-root')!.nextElementSibling?.classList.contains('theme-doc-markdown')).toBe(true);
    expect(shown.querySelector('h2')!.textContent).toBe(fr('comments.notSent.title'));
    expect(shown.textContent).toContain(fr('comments.error.paragraphReworded'));
    expect(shown.textContent).not.toContain(REWORDED);
    expect(shown.querySelector('[lang]')).toBeNull();
    expect(shown.textContent).toContain('Nommez l’office statistique.\nEt la date.');
    expect(shown.querySelector(`a[href="#${PARAGRAPH}"]`)?.textContent).toBe(fr('comments.notSent.commentOn'));
  });

  it('goes back into the form as written on "write it again", and leaves the outbox', async () => {
    enqueueComment(
      comment('Nommez l’office statistique.', PAGE, { focus: 'practicality', proposedWording: 'Un office' }),
    );
    await act(() => flushOutbox(serviceRefusing('Nommez l’office statistique.')));

    await act(async () => button(fr('comments.notSent.writeAgain'))!.click());

    expect(queuedComments()).toEqual([]);
    expect(section()).toBeNull();
    expect(store.commentStore.get().panel).toMatchObject({ paragraphId: PARAGRAPH, passage: null });
    expect(store.commentStore.get().panel?.invoker?.classList.contains('fw-comment-button')).toBe(true);
    expect(loadDraft(draftKeys.paragraph(PAGE, PARAGRAPH))).toMatchObject({
      body: 'Nommez l’office statistique.',
      authorName: 'Amina Diallo',
      stakeholder: 'cso',
      organisation: 'Réseau des femmes',
      focus: 'practicality',
      commentType: 'suggestion',
      proposedWording: 'Un office',
      visibility: 'public',
    });
  });

  it('puts a refused reply back into its thread’s reply form', async () => {
    enqueueComment(comment('Je suis d’accord.', PAGE, { parentId: 'root-comment-1' }));
    await act(() => flushOutbox(serviceRefusing('Je suis d’accord.')));
    expect(section()!.querySelector(`a[href="#${PARAGRAPH}"]`)?.textContent).toBe(fr('comments.notSent.replyOn'));

    await act(async () => button(fr('comments.notSent.writeAgain'))!.click());

    expect(loadDraft(draftKeys.reply(PAGE, PARAGRAPH, 'root-comment-1')).body).toBe('Je suis d’accord.');
  });

  it('leaves the outbox on "discard" only, one comment at a time, with focus kept in the section', async () => {
    enqueueComment(comment('Premier.'));
    enqueueComment(comment('Second.'));
    await act(() => flushOutbox(async () => Promise.reject(new ApiError('invalid', 'Closed.', 409))));
    expect(section()!.querySelectorAll('li')).toHaveLength(2);

    await act(async () => button(fr('comments.notSent.discard'))!.click());

    expect(queuedComments().map((item) => item.body.body)).toEqual(['Second.']);
    expect(document.activeElement).toBe(section()!.querySelector('h2'));
  });

  it('names a comment refused on another page, by that page’s heading, with a link to its paragraph', async () => {
    enqueueComment(comment('Ailleurs.', '/fr/docs/principles'));
    await act(() => flushOutbox(serviceRefusing('Ailleurs.')));

    const link = section()!.querySelector('ul a')!;
    expect(link.getAttribute('href')).toBe(`/fr/docs/principles#${PARAGRAPH}`);
    expect(link.textContent).toBe('Définition des données citoyennes');
    // Its text and buttons are on its own page only.
    expect(section()!.querySelector('button')).toBeNull();
  });

  it('shows a refusal kept by the earlier outbox (an English sentence only) in English, marked as such', async () => {
    const body = comment('Ancien.');
    localStorage.setItem(
      OUTBOX_STORAGE_KEY,
      JSON.stringify([{ key: 'k-1', body, queuedAt: '2026-11-30T10:00:00.000Z', refused: 'The round is closed.' }]),
    );
    // The earlier outbox was written by another page load: this one hears of it from storage.
    await act(async () => root.render(createElement(CommentsApp)));

    const english = section()!.querySelector('[lang="en"]');
    expect(english?.textContent).toBe('The round is closed.');
  });
});
