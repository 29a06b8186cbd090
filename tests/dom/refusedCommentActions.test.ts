/**
 * The reader's own comment that the editors rejected or marked as spam offers Delete, not Edit
 * (src/components/Comments/OwnCommentActions.tsx): the service refuses such an edit (409
 * commentRefused), so the button only led to a refusal. Before, every own comment offered Edit.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import OwnCommentActions from '../../src/components/Comments/OwnCommentActions';
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

const buttons = () => [...host.querySelectorAll('button')].map((button) => button.textContent);

describe('the actions on the reader’s own comment', () => {
  it.each(['rejected', 'spam'] as const)('offer Delete only when the editors marked it %s', async (status) => {
    const annotation: PublicAnnotation = publicAnnotation({ id: 'comment-0001', status });
    await act(async () => root.render(createElement(OwnCommentActions, { annotation, editing: false })));
    expect(buttons()).toEqual(['Delete']);
  });

  it.each(['pending', 'approved'] as const)('offer Edit and Delete when it is %s', async (status) => {
    const annotation: PublicAnnotation = publicAnnotation({ id: 'comment-0002', status });
    await act(async () => root.render(createElement(OwnCommentActions, { annotation, editing: false })));
    expect(buttons()).toEqual(['Edit', 'Delete']);
  });
});
