/**
 * Answers that arrive after the reader has moved on (another status, other filters, another page,
 * the next card, a second click) are not applied to what the reader now sees. Each describe below
 * holds the service's answers and releases them in the order that used to go wrong.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModerationQueueItem, CreatedAnnotationResponse, PublicAnnotation } from '../../src/shared/annotations';
import type { ModerationStatus } from '../../src/shared/annotationFields';
import Queue from '../../src/components/Moderation/Queue';
import { publicAnnotation } from './support/annotations';
import { chooseOption, fieldLabelled, submitForm, typeInto } from './support/forms';
import type { ResponseRow, ResponsesResponse, Round } from '../../src/shared/feedback';
import ResponseTable from '../../src/components/Feedback/ResponseTable';
import { goTo } from './support/router';
import { addOwnAnnotation, commentStore, enterPage, leavePage } from '../../src/client/comments/commentStore';
import { ownCommentsOn, rememberOwnComment } from '../../src/client/comments/ownComments';
import Game from '../../src/components/Event/Game';
import RoundsPanel from '../../src/components/Moderation/RoundsPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A JSON answer as the service sends it. */
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * The moderation queue (src/components/Moderation/Queue.tsx) against a service whose answers the
 * tests hold and release in any order: only the list of the status chosen last, or of the last
 * refresh, fills the page. CI found the fault this guards against: the first list (pending)
 * arrived after the list the editor had chosen since (rejected) and replaced it, under the
 * heading "Not published".
 */
describe('the moderation queue (src/components/Moderation/Queue.tsx)', () => {
  /** One comment as the moderation list returns it. */
  function item(authorName: string, status: ModerationStatus): ModerationQueueItem {
    const id = `id-${authorName.toLowerCase()}-${status}`;
    return {
      ...publicAnnotation({ id, authorName, status }),
      body: `A comment by ${authorName}.`,
      revision: `rev-${id}`,
      context: {},
    };
  }

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
      if (url.pathname === '/api/moderation/decisions') {
        const decision = JSON.parse(String(init?.body)) as { items: { id: string }[]; status: string };
        const { status } = decision;
        const ids = decision.items.map((i) => i.id);
        return Promise.resolve(
          json({ status, updated: ids, notFound: [], editRejected: ids.filter((i) => i.includes('edited')) }),
        );
      }
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

    it('says when rejecting took down only a waiting edit, and the published comment stays', async () => {
      await renderQueue();
      const edited = {
        ...item('Eve', 'approved'),
        id: 'id-eve-edited',
        pendingEdit: { body: 'New text.', bodyHtml: '<p>New text.</p>', updatedAt: '2026-12-01T10:00:00.000Z' },
      };
      await lists[0]!.answer([edited, item('Fay', 'pending')]);
      const selectAll = [...host.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) =>
        box.parentElement?.textContent?.includes('Select all'),
      )!;
      await act(async () => selectAll.click());
      const reject = [...host.querySelectorAll('button')].find(
        (button) => button.textContent === 'Reject selected (2)',
      )!;
      await act(async () => reject.click());
      expect(host.querySelector('[role=status]')?.textContent).toBe(
        'Rejected: 2. Of these, 1 were edits of published comments: the edit is rejected and the published text stays. To take such a comment down, show the comments that are “Published” and reject it there.',
      );
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
});

/**
 * The comment-response table's "Show more" (src/components/Feedback/ResponseTable.tsx) against a
 * service whose answers the tests hold: a second click while rows are on their way adds them once,
 * rows asked for under filters the reader has since changed are not added to the new table, and a
 * failure is said in words.
 */
describe('the comment-response table (src/components/Feedback/ResponseTable.tsx)', () => {
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
      // A 5xx is said in the page's language (errorMessage.ts), not in the service's English.
      expect(host.querySelector('[role=alert]')?.textContent).toBe(
        'Something went wrong on our side. Please try again in a moment; your text is kept.',
      );
      expect(shownComments()).toEqual(['Comment number 1', 'Comment number 2']);
    });
  });
});

/**
 * The comment store (src/client/comments/commentStore.ts) when the reader moves on before the
 * service answers: the reader's own comments on the page they left are not shown on the page
 * they are on, and a comment sent from a page is kept as theirs under that page whichever page is
 * open when the answer comes (before, it was filed under the open page, or lost with no page open).
 */
describe('the comment store (src/client/comments/commentStore.ts)', () => {
  const PAGE_A = '/docs/definition';
  // The page's text, in a container of its own: the other describes' hosts stay in the body.
  const page = document.body.appendChild(document.createElement('div'));
  const PAGE_B = '/docs/principles';

  const annotation = (id: string, page: string) =>
    publicAnnotation({ id, target: { page, paragraphId: 'definition-who', paragraphHash: 'abc1234' } });

  /** The reader's own-comments lookups, answered when the test says. */
  let ownLookups: { answer: (annotations: PublicAnnotation[]) => void }[] = [];

  beforeEach(() => {
    localStorage.clear();
    ownLookups = [];
    page.innerHTML = '<article><p class="fw-block" data-pid="definition-who" id="definition-who">Who.</p></article>';
    vi.stubGlobal('fetch', (input: string) => {
      const url = new URL(input, 'http://localhost');
      if (url.pathname === '/api/annotations')
        return Promise.resolve(json({ page: url.searchParams.get('page'), annotations: [] }));
      if (url.pathname === '/api/annotations/mine')
        return new Promise<Response>((resolve) =>
          ownLookups.push({ answer: (annotations) => resolve(json({ annotations })) }),
        );
      throw new Error(`unexpected request ${input}`);
    });
  });

  afterEach(() => {
    leavePage();
    vi.unstubAllGlobals();
  });

  describe('the comment store, when the reader moves on before the service answers', () => {
    it('does not show the reader’s comments on the page they left on the page they are on', async () => {
      rememberOwnComment({ id: 'own-on-a-0001', editToken: 'token-aaaaaaaaaaaaaaaa', page: PAGE_A, body: 'Mine.' });
      const leftPage = enterPage(PAGE_A);
      await vi.waitFor(() => expect(ownLookups).toHaveLength(1));
      leavePage();
      await enterPage(PAGE_B);

      ownLookups[0]!.answer([annotation('own-on-a-0001', PAGE_A)]);
      await leftPage;
      // The page is drawn again (here: the reader comments on it); only its own comments are there.
      addOwnAnnotation(
        {
          id: 'own-on-b-0001',
          status: 'pending',
          editToken: 'token-dddddddddddddddd',
          annotation: annotation('own-on-b-0001', PAGE_B),
        },
        { page: PAGE_B, body: 'Mine, on this page.' },
      );

      expect(commentStore.get().page).toBe(PAGE_B);
      expect([...commentStore.get().own]).toEqual(['own-on-b-0001']);
    });

    it('keeps a comment sent from one page as the reader’s under that page, while another is open', async () => {
      await enterPage(PAGE_B);
      const created: CreatedAnnotationResponse = {
        id: 'sent-from-a-0001',
        status: 'pending',
        editToken: 'token-bbbbbbbbbbbbbbbb',
        annotation: annotation('sent-from-a-0001', PAGE_A),
      };
      addOwnAnnotation(created, { page: PAGE_A, body: 'Sent while leaving.' });

      expect(ownCommentsOn(PAGE_A).map((own) => own.id)).toEqual(['sent-from-a-0001']);
      expect(ownCommentsOn(PAGE_B)).toEqual([]);
      expect([...commentStore.get().own]).toEqual([]);
    });

    it('keeps it too when no page is open', () => {
      leavePage();
      addOwnAnnotation(
        {
          id: 'sent-from-a-0002',
          status: 'pending',
          editToken: 'token-cccccccccccccccc',
          annotation: annotation('sent-from-a-0002', PAGE_A),
        },
        { page: PAGE_A, body: 'Sent, then Back.' },
      );
      expect(ownCommentsOn(PAGE_A).map((own) => own.id)).toEqual(['sent-from-a-0002']);
    });
  });
});

/**
 * "Is it citizen data?" (src/components/Event/Game.tsx) on slow venue Wi-Fi: an answer's failure
 * to be counted is said under the card it was given on, not under the next card the player has
 * moved to meanwhile (where it would say that answer was not counted).
 */
describe('the game (src/components/Event/Game.tsx)', () => {
  afterEach(() => vi.unstubAllGlobals());

  describe('the game, when an answer cannot be counted', () => {
    it('says so under the card it was given on only', async () => {
      const sent: { fail: () => Promise<void> }[] = [];
      vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
        if (init?.method !== 'POST') return Promise.resolve(Response.json({}));
        expect(input).toBe('/api/event/game/answers');
        return new Promise<Response>((_resolve, reject) =>
          sent.push({ fail: () => act(async () => reject(new TypeError('Failed to fetch'))) }),
        );
      });
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      await act(() => root.render(createElement(Game)));
      const press = (name: RegExp) =>
        act(async () => [...host.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!.click());
      const notCounted = () => host.textContent?.includes('could not be counted in the room’s tally');

      await press(/^Yes/);
      await press(/^Next card$/);
      expect(host.querySelector('h2')?.textContent).toMatch(/^Card 2 of \d+/);
      await press(/^Yes/);
      // The first card's answer fails while the second card's is still on its way.
      await sent[0]!.fail();
      expect(notCounted()).toBe(false);
      await sent[1]!.fail();
      expect(notCounted()).toBe(true);
      await act(() => root.unmount());
    });
  });
});

/**
 * Consultation rounds on /moderate (src/components/Moderation/RoundsPanel.tsx): a second press of
 * "Open round" while the first is being sent opens no second round, and once a round is open the
 * form is empty for the next one.
 */
describe('consultation rounds (src/components/Moderation/RoundsPanel.tsx)', () => {
  const host = document.createElement('div');
  document.body.append(host);
  let root: ReturnType<typeof createRoot>;
  let opened: { body: unknown; answer: () => Promise<void> }[];

  beforeEach(async () => {
    opened = [];
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      if (input === '/api/rounds') return Promise.resolve(json({ rounds: [] }));
      if (input === '/api/moderation/rounds' && init?.method === 'POST')
        return new Promise<Response>((resolve) =>
          opened.push({
            body: JSON.parse(String(init.body)),
            answer: () => act(async () => resolve(json({ id: 'round-0001' }, 201))),
          }),
        );
      throw new Error(`unexpected request ${init?.method ?? 'GET'} ${input}`);
    });
    root = createRoot(host);
    await act(() => root.render(createElement(RoundsPanel)));
  });

  afterEach(async () => {
    await act(() => root.unmount());
    vi.unstubAllGlobals();
  });

  const fieldValues = () => [...host.querySelectorAll('form input')].map((input) => (input as HTMLInputElement).value);

  describe('opening a consultation round', () => {
    it('opens one round however often the button is pressed while it is sent, then empties the form', async () => {
      await typeInto(fieldLabelled(host, 'Name'), 'Global consultation on the draft');
      await typeInto(fieldLabelled(host, 'Page path'), '/docs/definition');
      await submitForm(host.querySelector('form')!);
      await submitForm(host.querySelector('form')!);
      expect(opened.map((request) => request.body)).toEqual([
        { name: 'Global consultation on the draft', page: '/docs/definition' },
      ]);

      await opened[0]!.answer();
      await vi.waitFor(() =>
        expect(host.querySelector('[role="status"]')?.textContent).toBe(
          'Round “Global consultation on the draft” opened.',
        ),
      );
      expect(fieldValues()).toEqual(['', '', '', '']);
    });
  });

  it('keeps the focus after "Close now", on the message that the round closed (the button goes)', async () => {
    let state: Round['state'] = 'open';
    const round = (): Round => ({ id: 'round-0001', name: 'Draft review', opensAt: '2026-11-01T00:00:00.000Z', state });
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      if (input === '/api/rounds') return Promise.resolve(json({ rounds: [round()] }));
      if (input === '/api/moderation/rounds/round-0001' && init?.method === 'PATCH') {
        state = 'closed';
        return Promise.resolve(json(round()));
      }
      throw new Error(`unexpected request ${init?.method ?? 'GET'} ${input}`);
    });
    await act(() => root.render(createElement(RoundsPanel, { key: 'with an open round' })));
    const close = await vi.waitFor(() => {
      const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Close now: Draft review');
      expect(button).toBeDefined();
      return button!;
    });
    close.focus();
    await act(async () => close.click());
    await vi.waitFor(() => expect(close.isConnected).toBe(false));
    expect(document.activeElement?.getAttribute('role')).toBe('status');
    expect(document.activeElement?.textContent).toBe('Round “Draft review” closed.');
  });
});
