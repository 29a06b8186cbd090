/**
 * The moderation queue (src/components/Moderation/Queue.tsx) decides on what the editor read: each
 * decision names the revision of every comment as listed, and when the service answers 409 (the
 * author edited the comment, or another editor decided, since the list was loaded) the editor is
 * told in words and the list is loaded again, showing the comment as it now is.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModerationQueueItem } from '../../src/shared/annotations';
import Queue from '../../src/components/Moderation/Queue';
import { publicAnnotation } from './support/annotations';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function item(body: string, revision: string): ModerationQueueItem {
  return { ...publicAnnotation({ id: 'comment-0001' }), body, bodyHtml: `<p>${body}</p>`, revision, context: {} };
}

describe('a decision on a comment that changed since it was read', () => {
  const host = document.createElement('div');
  document.body.append(host);
  let root: ReturnType<typeof createRoot>;
  /** What the list answers now, and every decision the page sent. */
  let listed: ModerationQueueItem[];
  let decisions: unknown[];

  beforeEach(() => {
    root = createRoot(host);
    listed = [item('Harmless question', 'rev-1')];
    decisions = [];
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://localhost');
      if (url.pathname === '/api/moderation/counts') return json({ awaiting: 1 });
      if (url.pathname === '/api/moderation/annotations') return json({ annotations: listed });
      if (url.pathname !== '/api/moderation/decisions') throw new Error(`unexpected request ${input}`);
      decisions.push(JSON.parse(String(init?.body)));
      return json(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'Comment comment-0001 has changed since you read it: reload the queue.',
        },
        409,
      );
    });
  });

  afterEach(async () => {
    await act(() => root.unmount());
    vi.unstubAllGlobals();
  });

  it('sends the revision shown, says the comment changed, and shows it as it now is', async () => {
    await act(async () => root.render(createElement(Queue, { onUnauthorised: () => undefined })));
    expect(host.textContent).toContain('Harmless question');

    // Meanwhile the author swapped the text.
    listed = [item('SWAPPED: click here', 'rev-2')];
    const approve = [...host.querySelectorAll('button')].find((button) => button.textContent === 'Approve')!;
    await act(async () => approve.click());

    expect(decisions).toEqual([{ items: [{ id: 'comment-0001', revision: 'rev-1' }], status: 'approved' }]);
    expect(host.querySelector('[role=alert]')?.textContent).toMatch(
      /^A comment changed after you read it .* read them again, then decide\.$/,
    );
    expect(host.textContent).toContain('SWAPPED: click here');
    expect(host.textContent).not.toContain('Harmless question');
  });
});
