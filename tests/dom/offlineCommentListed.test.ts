/**
 * A comment written offline, through the real page-comments code (src/client/comments/pageComments.ts),
 * the form, the outbox and the panel. Before, the panel never listed it: the form said "You are
 * offline…" and nothing else, and once the outbox had sent it (POST 201) the panel still said so,
 * did not list it even after closing and reopening, and the writer's details were not remembered;
 * only a reload showed it. Now it is listed in its thread as waiting to be sent, with its text; once
 * sent it is the reader's own comment as if sent online ("Awaiting moderation"), the form says so,
 * and the details are remembered. With the device online but the service down, the form says the
 * service cannot be reached rather than that the reader is offline.
 */
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLOCK } from '../../src/shared/blocks';
import { IDEMPOTENCY_HEADER, queuedComments } from '../../src/client/comments/outbox';
import type * as PageCommentsModule from '../../src/client/comments/pageComments';
import { publicAnnotation } from './support/annotations';
import { chooseOption, fieldLabelled, submitForm, typeInto } from './support/forms';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type PageComments = typeof PageCommentsModule;

const PAGE = '/docs/definition';
const PARAGRAPH = 'definition-who';

/** The comment service: unreachable until `reachable`; stores each idempotency key once. */
const service = {
  reachable: false,
  posts: [] as { key: string | null; body: Record<string, unknown> }[],
  stored: new Map<string, ReturnType<typeof publicAnnotation>>(),
};
let online = false;

async function fakeFetch(input: string, init: RequestInit = {}): Promise<Response> {
  if (!service.reachable) throw new TypeError('Failed to fetch');
  const url = String(input);
  if (url.startsWith('/api/rounds/status')) return Response.json({ paragraphs: {} });
  if (url === '/api/annotations/mine') return Response.json({ annotations: [...service.stored.values()] });
  if (url === '/api/annotations' && init.method === 'POST') {
    const key = new Headers(init.headers).get(IDEMPOTENCY_HEADER);
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    service.posts.push({ key, body });
    const id = `comment-${key ?? service.stored.size}`.slice(0, 40);
    const annotation =
      service.stored.get(id) ??
      publicAnnotation({ id, authorName: String(body.authorName), bodyHtml: `<p>${String(body.body)}</p>` });
    service.stored.set(id, annotation);
    return Response.json({ id, status: 'pending', editToken: 't'.repeat(32), annotation }, { status: 201 });
  }
  return Response.json({ annotations: [] });
}

let pageComments: PageComments;
const button = document.createElement('button');

beforeAll(async () => {
  localStorage.clear();
  sessionStorage.clear();
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  vi.stubGlobal('fetch', fakeFetch);
  document.body.innerHTML = `
    <article><h1>Definition</h1><div class="theme-doc-markdown">
      <p class="fw-block" data-pid="${PARAGRAPH}" id="${PARAGRAPH}">Who is a citizen.</p>
    </div></article>`;
  button.className = BLOCK.commentButtonClassName;
  button.setAttribute(BLOCK.idAttribute, PARAGRAPH);
  document.getElementById(PARAGRAPH)!.append(button);
  pageComments = await import('../../src/client/comments/pageComments');
  pageComments.enterPage(PAGE, '');
});

afterEach(async () => {
  // Each test opens the panel afresh.
  await act(async () => document.querySelector('dialog')?.close());
});

afterAll(async () => {
  await act(async () => pageComments.leavePage());
  vi.unstubAllGlobals();
  delete (navigator as { onLine?: boolean }).onLine;
});

const dialog = () => document.querySelector('dialog')!;
const statusText = () => dialog().querySelector('form [role="status"]')?.textContent;
const waitingComments = () => dialog().querySelectorAll('article[aria-label="Your comment, waiting to be sent"]');

async function openPanel() {
  await act(async () => pageComments.activateControl(button));
  // The first time, the comment UI's chunk is imported (and transformed): allow for it.
  await vi.waitFor(() => expect(document.querySelector('dialog form')).not.toBeNull(), { timeout: 15_000 });
}

async function writeComment(text: string) {
  await typeInto(fieldLabelled(dialog(), 'Your comment'), text);
  await typeInto(fieldLabelled(dialog(), 'Name shown with your comment'), 'Amina Diallo');
  await chooseOption(fieldLabelled<HTMLSelectElement>(dialog(), 'You are commenting as'), 'cso');
  await typeInto(fieldLabelled(dialog(), 'Organisation (optional)'), 'Réseau des femmes');
  await typeInto(fieldLabelled(dialog(), 'Country (optional)'), 'Senegal');
  await chooseOption(fieldLabelled<HTMLSelectElement>(dialog(), 'Type of comment'), 'suggestion');
  await submitForm(dialog().querySelector('form')!);
}

describe('a comment written offline', () => {
  it('is listed as waiting to be sent, then as the reader’s own once sent, with the details remembered', async () => {
    await openPanel();
    await writeComment('Name the stages of the data cycle.');

    expect(statusText()).toMatch(/^You are offline\./);
    expect(waitingComments()).toHaveLength(1);
    expect(waitingComments()[0]!.textContent).toContain('Name the stages of the data cycle.');
    expect(waitingComments()[0]!.textContent).toContain('Waiting to be sent');
    expect(localStorage.getItem('fw-comments-profile')).toBeNull();

    online = true;
    service.reachable = true;
    await act(async () => window.dispatchEvent(new Event('online')));
    await vi.waitFor(() => expect(queuedComments()).toEqual([]));
    await vi.waitFor(() =>
      expect(dialog().querySelector('article[aria-label="Comment by Amina Diallo"]')).not.toBeNull(),
    );

    expect(statusText()).toMatch(/^Thank you\. Your comment is awaiting moderation/);
    expect(waitingComments()).toHaveLength(0);
    expect(dialog().querySelector('article[aria-label="Comment by Amina Diallo"]')!.textContent).toContain(
      'Awaiting moderation',
    );
    expect(JSON.parse(localStorage.getItem('fw-comments-profile')!)).toEqual({
      authorName: 'Amina Diallo',
      stakeholder: 'cso',
      organisation: 'Réseau des femmes',
      country: 'Senegal',
    });
    // Stored once: the outbox sent it with the key of the form's own attempt.
    expect(service.posts).toHaveLength(1);
    expect(service.stored.size).toBe(1);

    // Closing and reopening the panel still lists it.
    await act(async () => dialog().close());
    await openPanel();
    expect(dialog().querySelector('article[aria-label="Comment by Amina Diallo"]')).not.toBeNull();
  });

  it('says the service cannot be reached, not that the reader is offline, when the device is online', async () => {
    online = true;
    service.reachable = false;
    await openPanel();
    await writeComment('Written while the service is down.');

    expect(statusText()).toMatch(/^The comment service cannot be reached at the moment\. Your comment is saved/);
    expect(statusText()).not.toMatch(/offline/);
    expect(waitingComments()).toHaveLength(1);
  });
});
