/**
 * Text typed while a form is being sent (slow venue Wi-Fi) is kept: the input from the floor
 * (src/components/Event/FloorInput.tsx) and an editor's public response
 * (src/components/Moderation/DispositionPanel.tsx) clear only what was sent, and a comment
 * (src/components/Comments/CommentForm.tsx) written on is kept as the draft. An edit being saved
 * (src/components/Comments/OwnCommentActions.tsx) holds its text until saved, then gives the focus
 * back to the Edit button. Before, the answer
 * emptied the field and took the newer words with it.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FloorInput from '../../src/components/Event/FloorInput';
import DispositionPanel from '../../src/components/Moderation/DispositionPanel';
import CommentForm from '../../src/components/Comments/CommentForm';
import CommentView from '../../src/components/Comments/CommentView';
import { rememberOwnComment } from '../../src/client/comments/ownComments';
import { publicAnnotation } from './support/annotations';
import { chooseOption, fieldLabelled, submitForm, typeInto } from './support/forms';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Writes the test holds until it answers them, with what was sent. */
let writes: { url: string; body: Record<string, unknown>; answer: (body: unknown) => Promise<void> }[];

const host = document.createElement('div');
document.body.append(host);
let root: ReturnType<typeof createRoot>;

/** A fetch that holds each request of `method` in `writes` (answered with `status`) and answers the rest at once. */
function holding(method: 'POST' | 'PATCH', status: number) {
  return (input: string, init?: RequestInit) => {
    if (init?.method !== method) return Promise.resolve(json({}));
    return new Promise<Response>((resolve) =>
      writes.push({
        url: input,
        body: JSON.parse(String(init.body)) as Record<string, unknown>,
        answer: (body) => act(async () => resolve(json(body, status))),
      }),
    );
  };
}

beforeEach(() => {
  writes = [];
  // A comment sent by an earlier test remembers its author, which hides a reply's name field.
  localStorage.clear();
  window.history.replaceState(null, '', '/event/input?focus=a');
  vi.stubGlobal('fetch', holding('POST', 201));
  root = createRoot(host);
});

afterEach(async () => {
  await act(() => root.unmount());
  vi.unstubAllGlobals();
});

describe('a form answered after the reader typed on', () => {
  it('keeps the words added to the input from the floor while it was sent, and clears what was sent', async () => {
    await act(() => root.render(createElement(FloorInput)));
    const text = fieldLabelled(host, 'Your input');
    await typeInto(text, 'More data from rural areas.');
    await submitForm(host.querySelector('form')!);
    await typeInto(text, 'More data from rural areas. And from islands.');
    await writes[0]!.answer({ id: 'input-0001', status: 'pending' });

    expect(writes[0]!.body.text).toBe('More data from rural areas.');
    expect(text.value).toBe('More data from rural areas. And from islands.');

    await submitForm(host.querySelector('form')!);
    await writes[1]!.answer({ id: 'input-0002', status: 'pending' });
    expect(text.value).toBe('');
  });

  it('keeps a public response edited while the disposition was recorded', async () => {
    const onRecorded = vi.fn();
    await act(() =>
      root.render(
        createElement(DispositionPanel, {
          ids: ['comment-0001'],
          items: [],
          onRecorded,
          onUnauthorised: () => undefined,
          signedInAs: 'Editor Ama',
        }),
      ),
    );
    const response = fieldLabelled(host, 'Public response');
    await typeInto(response, 'Accepted in the next draft.');
    await submitForm(host.querySelector('form')!);
    await typeInto(response, 'Accepted in the next draft; see section 2.');
    await writes[0]!.answer({ updated: ['comment-0001'], notFound: [] });

    expect(writes[0]!.body.response).toBe('Accepted in the next draft.');
    expect(onRecorded).toHaveBeenCalledOnce();
    expect(response.value).toBe('Accepted in the next draft; see section 2.');
  });

  it('keeps what was added to a reply while it was sent as the draft, and starts afresh otherwise', async () => {
    const parent = publicAnnotation({
      id: 'comment-0001',
      bodyHtml: '<p>Who counts?</p>',
      authorName: 'Bea',
      stakeholder: 'nso',
      commentType: 'question',
      status: 'approved',
    });
    const created = (id: string) => ({
      id,
      status: 'pending',
      editToken: 'token-eeeeeeeeeeeeeeee',
      annotation: { ...parent, id },
    });
    await act(() =>
      root.render(
        createElement(CommentForm, {
          target: parent.target,
          parent,
          draftKey: 'reply-test',
          submitLabel: 'Send reply',
          onSent: () => undefined,
        }),
      ),
    );
    await typeInto(fieldLabelled(host, 'Name shown with your comment'), 'Ada');
    const body = fieldLabelled(host, 'Your reply');
    await typeInto(body, 'Everyone affected.');
    await submitForm(host.querySelector('form')!);
    // Leaving now is asked about first (the browser's "Leave site?"), and not once the answer is in.
    const leave = () => window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    expect(leave()).toBe(false);
    await typeInto(body, 'Everyone affected. Whatever their legal status.');
    await writes[0]!.answer(created('reply-0001'));

    expect(writes[0]!.body.body).toBe('Everyone affected.');
    expect(leave()).toBe(true);
    // What was sent is not kept twice: the draft is what the reader added, and they keep writing there.
    expect(body.value).toBe('Whatever their legal status.');

    await submitForm(host.querySelector('form')!);
    await writes[1]!.answer(created('reply-0002'));
    expect(fieldLabelled(host, 'Your reply').value).toBe('');
  });

  it('leaves focus where the reader is still writing, and moves it to the confirmation otherwise', async () => {
    const target = { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'abc1234' };
    const created = (id: string) => ({
      id,
      status: 'pending',
      editToken: 'token-ffffffffffffffff',
      annotation: { id, target, status: 'pending' },
    });
    await act(() =>
      root.render(createElement(CommentForm, { target, draftKey: 'comment-test', submitLabel: 'Send comment' })),
    );
    await typeInto(fieldLabelled(host, 'Name shown with your comment'), 'Ada');
    await chooseOption(fieldLabelled<HTMLSelectElement>(host, 'You are commenting as'), 'cso');
    await chooseOption(fieldLabelled<HTMLSelectElement>(host, 'Type of comment'), 'suggestion');
    const body = fieldLabelled(host, 'Your comment');
    await typeInto(body, 'Name the stages.');
    await submitForm(host.querySelector('form')!);
    await act(async () => body.focus());
    await typeInto(body, 'Name the stages. And who takes part.');
    await writes[0]!.answer(created('comment-0001'));
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/^Thank you/);
    expect(document.activeElement).toBe(body);
    expect(body.value).toBe('And who takes part.');

    await submitForm(host.querySelector('form')!);
    await writes[1]!.answer(created('comment-0002'));
    expect(document.activeElement?.textContent).toMatch(/^Thank you/);
  });

  it('holds an edit’s text while it is saved, then returns focus to the Edit button', async () => {
    vi.stubGlobal('fetch', holding('PATCH', 200));
    const mine = publicAnnotation({ id: 'comment-0009', bodyHtml: '<p>First words.</p>' });
    rememberOwnComment({
      id: mine.id,
      editToken: 'token-gggggggggggggggg',
      page: '/docs/definition',
      body: 'First words.',
    });
    await act(() => root.render(createElement(CommentView, { annotation: mine, own: true })));
    const pressButton = (name: string) =>
      act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!.click());

    await pressButton('Edit');
    const body = fieldLabelled<HTMLTextAreaElement>(host, 'Your comment');
    await typeInto(body, 'First words, edited.');
    await submitForm(host.querySelector('form')!);
    expect(writes[0]!.body.body).toBe('First words, edited.');
    expect(body.readOnly).toBe(true);

    await writes[0]!.answer({ ...mine, bodyHtml: '<p>First words, edited.</p>' });
    expect(document.activeElement?.textContent).toBe('Edit');
  });
});
