/**
 * The passage a new comment is about (src/components/Comments/Panel.tsx). Before, after a comment
 * on a selected passage was sent, the panel's form still said "Comment on the selected passage"
 * with the quote, and a second comment was silently attached to the same passage. Now a sent
 * comment uses up the selection: the next one is about the whole paragraph unless the reader
 * selects a passage again; and the passage can be removed before sending.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CommentsApp from '../../src/components/Comments/CommentsApp';
import * as store from '../../src/client/comments/commentStore';
import { chooseOption, fieldLabelled, submitForm, typeInto } from './support/forms';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PAGE = '/docs/definition';
const PARAGRAPH = 'definition-who';
const passage = {
  quote: { exact: 'a citizen', prefix: 'Who is ', suffix: '.' },
  position: { start: 7, end: 16 },
};

let root: Root;
let posted: { target: Record<string, unknown> }[];

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  posted = [];
  document.body.innerHTML = `
    <article><h1>Definition</h1><div class="theme-doc-markdown">
      <p class="fw-block" data-pid="${PARAGRAPH}" id="${PARAGRAPH}">Who is a citizen.</p>
    </div></article>`;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    if (String(url) === '/api/annotations' && init.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { target: Record<string, unknown> };
      posted.push(body);
      const id = `comment-000${posted.length}`;
      return Response.json(
        { id, status: 'pending', editToken: 't'.repeat(32), annotation: { id, target: body.target } },
        { status: 201 },
      );
    }
    return Response.json(String(url).startsWith('/api/rounds/status') ? { paragraphs: {} } : { annotations: [] });
  });
  await act(() => store.enterPage(PAGE));
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(createElement(CommentsApp)));
  await act(async () => store.openPanel({ paragraphId: PARAGRAPH, passage, passageTooLong: false, invoker: null }));
});

afterEach(async () => {
  await act(async () => root.unmount());
  store.leavePage();
  vi.unstubAllGlobals();
});

const section = () => document.querySelector<HTMLElement>('section[aria-labelledby="fw-comments-new"]')!;
const heading = () => section().querySelector('h3')!;
const removeButton = () =>
  [...section().querySelectorAll('button')].find((b) => b.textContent === 'Comment on the whole paragraph instead');

async function sendComment(text: string) {
  await typeInto(fieldLabelled(section(), 'Your comment'), text);
  await typeInto(fieldLabelled(section(), 'Name shown with your comment'), 'Ada');
  await chooseOption(fieldLabelled<HTMLSelectElement>(section(), 'You are commenting as'), 'cso');
  await chooseOption(fieldLabelled<HTMLSelectElement>(section(), 'Type of comment'), 'question');
  await submitForm(section().querySelector('form')!);
}

describe('the passage a new comment is about', () => {
  it('is used up by the comment sent on it: the next comment is about the whole paragraph', async () => {
    expect(heading().textContent).toBe('Comment on the selected passage');
    await sendComment('Which citizens?');
    expect(posted[0]!.target.quote).toEqual(passage.quote);

    expect(heading().textContent).toBe('Comment on this paragraph');
    expect(section().querySelector('blockquote')).toBeNull();
    expect(removeButton()).toBeUndefined();
    // The confirmation of the first comment is still there.
    expect(section().querySelector('[role="status"]')?.textContent).toMatch(/^Thank you/);

    await sendComment('And the paragraph as a whole?');
    expect(posted[1]!.target.quote).toBeUndefined();
    expect(posted[1]!.target.position).toBeUndefined();
  });

  it('can be removed before sending, keeping what the reader wrote, with focus on the heading', async () => {
    await typeInto(fieldLabelled(section(), 'Your comment'), 'About the whole paragraph after all.');
    await act(async () => removeButton()!.click());

    expect(heading().textContent).toBe('Comment on this paragraph');
    expect(document.activeElement).toBe(heading());
    expect(fieldLabelled(section(), 'Your comment').value).toBe('About the whole paragraph after all.');
    await sendComment('About the whole paragraph after all.');
    expect(posted[0]!.target.quote).toBeUndefined();
  });
});
