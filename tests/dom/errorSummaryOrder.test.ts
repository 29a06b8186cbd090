/**
 * The comment form's error summary lists its errors in the order the fields appear
 * (src/components/Comments/CommentForm.tsx). Before, an empty submit listed the name, the
 * stakeholder and the type before "Write your comment." although "Your comment" is the first field,
 * so a reader following the summary jumped down the form and back up.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CommentForm from '../../src/components/Comments/CommentForm';
import { publicAnnotation } from './support/annotations';
import { submitForm } from './support/forms';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const target = { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'abc1234' };
let host: HTMLElement;
let root: Root;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

/** The ids the summary links to, in its order, and the same ids in the order of the form's controls. */
function summaryAndFormOrder(): { summary: string[]; form: string[] } {
  const summary = [...host.querySelectorAll('[role="alert"] a')].map((a) => a.getAttribute('href')!.slice(1));
  const form = [...host.querySelectorAll('input, select, textarea')]
    .map((c) => c.id)
    .filter((id) => summary.includes(id));
  return { summary, form };
}

describe('the error summary of the comment form', () => {
  it('lists the errors of an empty new comment in the order of the fields, "Your comment" first', async () => {
    await act(async () =>
      root.render(createElement(CommentForm, { target, draftKey: 'order-new', submitLabel: 'Send comment' })),
    );
    await submitForm(host.querySelector('form')!);
    const { summary, form } = summaryAndFormOrder();
    expect(summary).toHaveLength(4);
    expect(summary).toEqual(form);
    expect(host.querySelector('[role="alert"] li')?.textContent).toBe('Write your comment.');
  });

  it('lists the errors of an empty reply in the order of the fields', async () => {
    const parent = publicAnnotation({ id: 'comment-0001', status: 'approved' });
    await act(async () =>
      root.render(createElement(CommentForm, { target, parent, draftKey: 'order-reply', submitLabel: 'Send reply' })),
    );
    await submitForm(host.querySelector('form')!);
    const { summary, form } = summaryAndFormOrder();
    expect(summary).toHaveLength(2);
    expect(summary).toEqual(form);
  });
});
