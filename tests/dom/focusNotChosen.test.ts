/**
 * The side event's focus area is optional (src/components/Comments/CommentView.tsx,
 * src/client/comments/commentDraft.ts). A reader who leaves it at "None" sends no focus, and a
 * comment without one shows no "Focus:" line. Before, the thread showed "Focus: General feedback"
 * for a reader who chose "None": the service stores 'general' for a comment sent without a focus
 * (src/server/annotations.ts). So 'general' is what "None" means: the form offers no separate
 * "General feedback" choice, and its "None" says it is general feedback.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CommentView from '../../src/components/Comments/CommentView';
import { emptyDraft, toCreateBody } from '../../src/client/comments/commentDraft';
import type { PublicAnnotation } from '../../src/shared/annotations';
import { publicAnnotation } from './support/annotations';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

const tags = () => host.querySelector('article > p')?.textContent ?? '';

describe('a comment whose writer chose no focus area', () => {
  it('is sent without a focus when the reader leaves "None"', () => {
    const draft = { ...emptyDraft(), body: 'Text.', authorName: 'Ada', stakeholder: 'cso', commentType: 'question' };
    const target = { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'abc1234' };
    expect(toCreateBody(draft as ReturnType<typeof emptyDraft>, target)).not.toHaveProperty('focus');
  });

  it('shows no "Focus:" line', async () => {
    const { focus: _none, ...withoutFocus } = publicAnnotation({ id: 'comment-0001' });
    await act(async () =>
      root.render(createElement(CommentView, { annotation: withoutFocus as PublicAnnotation, own: false })),
    );
    expect(tags()).toContain('Type: Suggestion');
    expect(tags()).not.toContain('Focus');
  });

  it('shows no "Focus:" line for what the service stores then (general)', async () => {
    const annotation = publicAnnotation({ id: 'comment-0003', focus: 'general' });
    await act(async () => root.render(createElement(CommentView, { annotation, own: false })));
    expect(tags()).toContain('Type: Suggestion');
    expect(tags()).not.toContain('Focus');
  });

  it('shows the focus a writer chose', async () => {
    const annotation = publicAnnotation({ id: 'comment-0002', focus: 'practicality' });
    await act(async () => root.render(createElement(CommentView, { annotation, own: false })));
    expect(tags()).toContain('Focus: (a) Practicality and relevance of the Framework in diverse contexts');
  });
});
