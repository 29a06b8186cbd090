/**
 * The comment-response table's "Show more" (src/components/Feedback/ResponseTable.tsx) against a
 * service whose answers the tests hold: a second click while rows are on their way adds them once,
 * rows asked for under filters the reader has since changed are not added to the new table, and a
 * failure is said in words. The same kind of fault as the moderation queue's (moderationQueue.test.ts):
 * an answer applied after the reader moved on.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResponseRow, ResponsesResponse } from '../../src/shared/feedback';
import ResponseTable from '../../src/components/Feedback/ResponseTable';
import { chooseOption, fieldLabelled } from './support/forms';
import { goTo } from './support/router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The theme's hook reads the site's locale from its context; English's two forms are enough here.
vi.mock('@docusaurus/theme-common', () => ({
  usePluralForm: () => ({
    selectMessage: (count: number, message: string) => message.split('|')[count === 1 ? 0 : 1]!,
  }),
}));

function row(n: number): ResponseRow {
  return {
    id: `comment-${String(n).padStart(4, '0')}`,
    page: '/docs/definition',
    pageTitle: 'Definition',
    paragraphId: 'definition-who',
    paragraphStart: 'Who produces citizen data',
    paragraphUrl: 'http://localhost/docs/definition#definition-who',
    bodyHtml: `<p>Comment number ${n}.</p>`,
    language: 'en',
    stakeholder: 'nso',
    focus: 'general',
    commentType: 'question',
    createdAt: '2026-11-30T10:00:00.000Z',
  };
}

function page(rows: ResponseRow[], total: number): ResponsesResponse {
  return {
    rows,
    total,
    offset: 0,
    editorsOnly: 0,
    rounds: [],
    pages: [{ path: '/docs/definition', title: 'Definition' }],
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A request for rows that the test answers when it chooses. */
interface Held {
  query: URLSearchParams;
  answer: (body: ResponsesResponse) => Promise<void>;
  fail: (status: number, message: string) => Promise<void>;
}

let requests: Held[] = [];
const host = document.createElement('div');
document.body.append(host);
let root: ReturnType<typeof createRoot>;

beforeEach(async () => {
  requests = [];
  goTo('/feedback');
  vi.stubGlobal('fetch', (input: string) => {
    const url = new URL(input, 'http://localhost');
    if (url.pathname !== '/api/responses') throw new Error(`unexpected request ${input}`);
    return new Promise<Response>((resolve) => {
      requests.push({
        query: url.searchParams,
        answer: (body) => act(async () => resolve(json(body))),
        fail: (statusCode, message) =>
          act(async () => resolve(json({ statusCode, error: 'Service Unavailable', message }, statusCode))),
      });
    });
  });
  root = createRoot(host);
  await act(() => root.render(createElement(ResponseTable)));
  await requests[0]!.answer(page([row(1), row(2)], 4));
});

afterEach(async () => {
  await act(() => root.unmount());
  vi.unstubAllGlobals();
});

const shownComments = () =>
  [...host.querySelectorAll('tbody tr')].map((tr) => tr.textContent?.match(/Comment number \d+/)?.[0]);
const showMore = () =>
  act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show more')!.click());

const chooseStakeholder = (value: string) =>
  chooseOption(fieldLabelled<HTMLSelectElement>(host, 'Stakeholder type'), value);

describe('the comment-response table', () => {
  it('adds the next rows once, however often "Show more" is pressed while they are on their way', async () => {
    await showMore();
    await showMore();
    expect(requests.map((held) => held.query.get('offset'))).toEqual([null, '2']);
    await requests[1]!.answer({ ...page([row(3), row(4)], 4), offset: 2 });
    expect(shownComments()).toEqual(['Comment number 1', 'Comment number 2', 'Comment number 3', 'Comment number 4']);
  });

  it('does not add rows asked for under filters the reader has since changed', async () => {
    await showMore();
    await chooseStakeholder('cso');
    expect(requests[2]!.query.get('stakeholder')).toBe('cso');
    await requests[2]!.answer(page([row(9)], 1));
    await requests[1]!.answer({ ...page([row(3), row(4)], 4), offset: 2 });
    expect(shownComments()).toEqual(['Comment number 9']);
  });

  it('asks for nothing when "Show more" is pressed after the filters changed, before their rows arrived', async () => {
    await chooseStakeholder('cso');
    await showMore();
    expect(requests.map((held) => held.query.toString())).toEqual(['', 'stakeholder=cso']);
    await requests[1]!.answer(page([row(9)], 3));
    await showMore();
    expect(requests[2]!.query.toString()).toBe('stakeholder=cso&offset=1');
  });

  it('says why more rows could not be shown, and keeps the ones it has', async () => {
    await showMore();
    await requests[1]!.fail(503, 'The comment service is restarting; try again in a minute.');
    expect(host.querySelector('[role=alert]')?.textContent).toBe(
      'The comment service is restarting; try again in a minute.',
    );
    expect(shownComments()).toEqual(['Comment number 1', 'Comment number 2']);
  });
});
