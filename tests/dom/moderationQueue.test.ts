/**
 * The moderation queue (src/components/Moderation/Queue.tsx) against a service whose answers the
 * tests hold and release in any order: only the list of the status chosen last, or of the last
 * refresh, fills the page. CI found the fault this guards against: the first list (pending)
 * arrived after the list the editor had chosen since (rejected) and replaced it, under the
 * heading "Not published".
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModerationQueueItem } from '../../src/shared/annotations';
import type { ModerationStatus } from '../../src/shared/annotationFields';
import Queue from '../../src/components/Moderation/Queue';
import { publicAnnotation } from './support/annotations';
import { chooseOption } from './support/forms';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** One comment as the moderation list returns it. */
function item(authorName: string, status: ModerationStatus): ModerationQueueItem {
  const id = `id-${authorName.toLowerCase()}-${status}`;
  return { ...publicAnnotation({ id, authorName, status }), body: `A comment by ${authorName}.`, context: {} };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A list request the test answers when it chooses, and whether the page gave up on it. */
interface HeldList {
  status: string;
  signal: AbortSignal | undefined;
  answer: (items: ModerationQueueItem[]) => Promise<void>;
  fail: (status: number, message: string) => Promise<void>;
}

let lists: HeldList[] = [];
const host = document.createElement('div');
document.body.append(host);
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  lists = [];
  root = createRoot(host);
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    if (url.pathname === '/api/moderation/counts') return Promise.resolve(json({ awaiting: 1 }));
    if (url.pathname !== '/api/moderation/annotations') throw new Error(`unexpected request ${input}`);
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      lists.push({
        status: url.searchParams.get('status') ?? '',
        signal: init?.signal ?? undefined,
        answer: (items) => act(async () => resolve(json({ annotations: items }))),
        fail: (statusCode, message) =>
          act(async () => resolve(json({ statusCode, error: 'Service Unavailable', message }, statusCode))),
      });
    });
  });
});

afterEach(async () => {
  await act(() => root.unmount());
  vi.unstubAllGlobals();
});

async function renderQueue(): Promise<void> {
  await act(() => root.render(createElement(Queue, { onUnauthorised: () => undefined })));
}

const heading = () => host.querySelector('h2')?.textContent;
const authors = () => [...host.querySelectorAll('input[type=checkbox]')].map((box) => box.getAttribute('aria-label'));

const choose = (status: ModerationStatus) => chooseOption(host.querySelector('select')!, status);

describe('the moderation queue', () => {
  it('shows the status chosen last when the first list arrives after it', async () => {
    await renderQueue();
    await choose('rejected');
    expect(lists.map((list) => list.status)).toEqual(['pending', 'rejected']);
    expect(lists[0]!.signal?.aborted).toBe(true);

    await lists[1]!.answer([item('Ada', 'rejected')]);
    await lists[0]!.answer([item('Bea', 'pending'), item('Cy', 'pending')]);

    expect(heading()).toBe('Not published (1)');
    expect(authors()).toContain('Select the comment by Ada');
    expect(authors()).not.toContain('Select the comment by Bea');
  });

  it('shows the last refresh when an earlier one answers later', async () => {
    await renderQueue();
    await lists[0]!.answer([item('Ada', 'pending')]);
    const refresh = [...host.querySelectorAll('button')].find((button) => button.textContent === 'Refresh')!;
    await act(async () => refresh.click());
    await act(async () => refresh.click());
    expect(lists.map((list) => list.status)).toEqual(['pending', 'pending', 'pending']);

    await lists[2]!.answer([item('Ada', 'pending'), item('Dee', 'pending')]);
    await lists[1]!.answer([item('Ada', 'pending')]);

    expect(heading()).toBe('Awaiting moderation (2)');
    expect(authors()).toContain('Select the comment by Dee');
  });

  it('does not report the failure of a request it gave up on', async () => {
    await renderQueue();
    await choose('spam');
    await lists[1]!.answer([]);
    await lists[0]!.fail(503, 'The database is restarting.');
    expect(host.querySelector('[role=alert]')).toBeNull();
    expect(host.textContent).toContain('Nothing to show here.');
  });
});
