/**
 * Nothing a reader types or pastes into the comment form is cut without a word
 * (src/components/Comments/CommentForm.tsx, CharacterCount.tsx). Before, "Your comment" and every
 * other limited field had a `maxlength`: pasting 6,000 characters left 5,000, silently. Now the text
 * is let in whole, a count shows near and over the limit (in the field's description, announced
 * politely only when it crosses a threshold), and the form refuses to send it with the field's
 * error. The edit form of the reader's own comment does the same.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CommentForm from '../../src/components/Comments/CommentForm';
import CommentView from '../../src/components/Comments/CommentView';
import { rememberOwnComment } from '../../src/client/comments/ownComments';
import { LIMITS } from '../../src/shared/annotationFields';
import { publicAnnotation } from './support/annotations';
import { chooseOption, fieldLabelled, submitForm, typeInto } from './support/forms';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const target = { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'abc1234' };
let host: HTMLElement;
let root: Root;
let posts: number;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  posts = 0;
  vi.stubGlobal('fetch', async () => {
    posts += 1;
    return Response.json({});
  });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

/** The text of the elements a control's aria-describedby names. */
const description = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

const politeRegionsText = () =>
  [...host.querySelectorAll('[aria-live="polite"]')].map((region) => region.textContent).join('|');

async function renderForm() {
  await act(async () =>
    root.render(createElement(CommentForm, { target, draftKey: 'limits', submitLabel: 'Send comment' })),
  );
  await typeInto(fieldLabelled(host, 'Name shown with your comment'), 'Ada');
  await chooseOption(fieldLabelled<HTMLSelectElement>(host, 'You are commenting as'), 'cso');
  await chooseOption(fieldLabelled<HTMLSelectElement>(host, 'Type of comment'), 'suggestion');
}

describe('a limited field of the comment form', () => {
  it('keeps a pasted text longer than the limit whole, counts it, and refuses to send it', async () => {
    await renderForm();
    const body = fieldLabelled(host, 'Your comment');
    await typeInto(body, 'x'.repeat(6000));

    expect(body.value).toHaveLength(6000);
    expect(body.maxLength).toBe(-1);
    expect(description(body)).toContain('Characters over the limit: 1000');

    await submitForm(host.querySelector('form')!);
    expect(posts).toBe(0);
    expect(description(body)).toContain(`Too long: at most ${LIMITS.body} characters.`);
    expect(host.querySelector('[role="alert"] li')?.textContent).toBe(`Too long: at most ${LIMITS.body} characters.`);
    expect(body.value).toHaveLength(6000);
  });

  it('shows the count only near the limit, and announces crossing a threshold, not every keystroke', async () => {
    await renderForm();
    const body = fieldLabelled(host, 'Your comment');
    await typeInto(body, 'x'.repeat(100));
    expect(description(body)).not.toContain('Characters');
    expect(politeRegionsText()).not.toContain('Characters');

    await typeInto(body, 'x'.repeat(4500));
    expect(description(body)).toContain('Characters left: 500');
    expect(politeRegionsText()).toContain('Characters left: 500');
    await typeInto(body, 'x'.repeat(4501));
    // The visible count follows; what is announced stays until the next threshold.
    expect(description(body)).toContain('Characters left: 499');
    expect(politeRegionsText()).toContain('Characters left: 500');
    await typeInto(body, 'x'.repeat(5001));
    expect(politeRegionsText()).toContain('Characters over the limit: 1');
  });

  it.each([
    ['Proposed wording', LIMITS.proposedWording],
    ['Name shown with your comment', LIMITS.authorName],
    ['Organisation (optional)', LIMITS.organisation],
    ['Country (optional)', LIMITS.country],
  ])('lets "%s" take more than its limit of %i, and refuses to send it', async (label, limit) => {
    await renderForm();
    await typeInto(fieldLabelled(host, 'Your comment'), 'Name the stages.');
    const field = fieldLabelled(host, label);
    await typeInto(field, 'y'.repeat(limit + 10));
    expect(field.value).toHaveLength(limit + 10);
    expect(description(field)).toContain('Characters over the limit: 10');
    await submitForm(host.querySelector('form')!);
    expect(posts).toBe(0);
    expect(description(field)).toContain(`Too long: at most ${limit} characters.`);
  });
});

describe('the edit form of the reader’s own comment', () => {
  it('keeps a text longer than the limit whole, counts it, and refuses to save it', async () => {
    const mine = publicAnnotation({ id: 'comment-0009', bodyHtml: '<p>First words.</p>' });
    rememberOwnComment({ id: mine.id, editToken: 't'.repeat(32), page: target.page, body: 'First words.' });
    await act(async () => root.render(createElement(CommentView, { annotation: mine, own: true })));
    await act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!.click());
    const body = fieldLabelled(host, 'Your comment');
    await typeInto(body, 'z'.repeat(6000));
    expect(body.value).toHaveLength(6000);
    expect(description(body)).toContain('Characters over the limit: 1000');
    await submitForm(host.querySelector('form')!);
    expect(posts).toBe(0);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(`Too long: at most ${LIMITS.body} characters.`);
  });
});
