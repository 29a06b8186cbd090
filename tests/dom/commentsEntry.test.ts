/**
 * The always-loaded comments entry (src/client/comments/clientModule.ts) loads the page-comments
 * code only where it is used: on pages with addressable blocks that have comments, or whose address
 * names a comment, when the reader uses a control or selects a passage, or anywhere when comments
 * written offline wait to be sent. A click on a comment control before that code arrives is not lost,
 * nor one made before the page is known or before this code ran (kept by the head script), and one
 * whose code cannot be loaded is answered with a message.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientModule } from '@docusaurus/types';
import { BLOCK } from '../../src/shared/blocks';
import { OUTBOX_STORAGE_KEY } from '../../src/client/comments/outboxStorage';
import {
  EARLY_COMMENT_CLICK_GLOBAL,
  EARLY_COMMENT_CLICK_SCRIPT,
  type EarlyCommentClick,
} from '../../src/shared/earlyCommentClick';

const { pageComments, imports } = vi.hoisted(() => ({
  pageComments: { enterPage: vi.fn(), leavePage: vi.fn(), followFragment: vi.fn(), activateControl: vi.fn() },
  /** One entry each time the page-comments module is evaluated (the mock factory runs). */
  imports: [] as string[],
}));

const location = (pathname: string, hash = '') => ({ pathname, search: '', hash, state: undefined });
let entry: ClientModule;
/** The requests the entry sent, and what the comment service answers (comments of any page). */
const requests: string[] = [];
let answer: Response | Error = new Error('not set');

/** Listeners each copy of the entry added, removed after its test so that no earlier copy answers. */
const added: Array<() => void> = [];
for (const target of [document, window])
  vi.spyOn(target, 'addEventListener').mockImplementation(function (this: EventTarget, ...args) {
    EventTarget.prototype.addEventListener.apply(this, args);
    added.push(() => EventTarget.prototype.removeEventListener.apply(this, args));
  });

beforeEach(async () => {
  // A fresh entry each time: it keeps the loaded module and the current page in its own state.
  vi.resetModules();
  vi.doMock('../../src/client/comments/pageComments', () => {
    imports.push('pageComments');
    return pageComments;
  });
  imports.length = 0;
  vi.clearAllMocks();
  requests.length = 0;
  answer = Response.json({ page: '/docs/definition', annotations: [] });
  vi.stubGlobal('fetch', (url: string) => {
    requests.push(url);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  entry = (await import('../../src/client/comments/clientModule')).default;
});
afterEach(() => {
  for (const remove of added.splice(0)) remove();
  document.body.replaceChildren();
  window.localStorage.clear();
  document.getSelection()?.removeAllRanges();
  vi.unstubAllGlobals();
});

function pageWithBlock(): HTMLElement {
  const block = document.createElement('p');
  block.className = BLOCK.className;
  block.setAttribute(BLOCK.idAttribute, 'p-1');
  block.textContent = 'A paragraph of Framework text.';
  document.body.append(block);
  return block;
}

/** Selects a few words inside `block`, as a reader does, and lets the document say so. */
function selectInside(block: HTMLElement): void {
  const range = document.createRange();
  range.setStart(block.firstChild!, 2);
  range.setEnd(block.firstChild!, 11);
  document.getSelection()!.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

/** A block's comment button (with its icon), as the block-ids plugin writes it. */
function commentButton(paragraphId: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = BLOCK.commentButtonClassName;
  button.setAttribute(BLOCK.idAttribute, paragraphId);
  button.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  document.body.append(button);
  return button;
}

function arriveAt(pathname: string, hash = ''): void {
  entry.onRouteDidUpdate?.({ location: location(pathname, hash), previousLocation: location('/blog') } as never);
}

/** Lets the entry's request, its reading of the answer and any import it then started settle. */
async function settled(): Promise<void> {
  await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
  await vi.waitFor(() => expect(answer instanceof Error || answer.bodyUsed).toBe(true));
  // One macrotask turn: every promise the answer started has run, however long its chain.
  await new Promise((resolve) => setImmediate(resolve));
  await vi.dynamicImportSettled();
}

describe('the comments entry', () => {
  it('loads nothing on a page without blocks', async () => {
    entry.onRouteDidUpdate?.({ location: location('/blog'), previousLocation: null } as never);
    await vi.dynamicImportSettled();
    expect(imports).toEqual([]);
    expect(pageComments.enterPage).not.toHaveBeenCalled();
  });

  it('loads the page-comments code when the address names a comment, and enters the page with its fragment', async () => {
    pageWithBlock();
    arriveAt('/docs/definition', '#comment-abcdefgh');
    await vi.dynamicImportSettled();
    expect(imports).toEqual(['pageComments']);
    await vi.waitFor(() => expect(pageComments.enterPage).toHaveBeenCalled());
    expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '#comment-abcdefgh', undefined);
  });

  it('asks for the page’s comments and loads nothing more when it has none', async () => {
    pageWithBlock();
    arriveAt('/docs/definition');
    await settled();
    expect(requests).toEqual(['/api/annotations?page=%2Fdocs%2Fdefinition']);
    expect(imports).toEqual([]);
  });

  it('loads nothing more when the comment service cannot be reached', async () => {
    answer = new TypeError('Failed to fetch');
    pageWithBlock();
    arriveAt('/docs/definition');
    await settled();
    expect(imports).toEqual([]);
  });

  it('loads the page-comments code when the page has comments, handing it the answer', async () => {
    const annotation = { id: 'abcdefgh' };
    answer = Response.json({ page: '/docs/definition', annotations: [annotation] });
    pageWithBlock();
    arriveAt('/docs/definition');
    await settled();
    await vi.waitFor(() => expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '', [annotation]));
    expect(imports).toEqual(['pageComments']);
  });

  it('loads the page-comments code at once where the reader has comments of their own', async () => {
    window.localStorage.setItem(
      'fw-comments-mine',
      JSON.stringify([{ id: 'abcdefgh', editToken: 'token-0123456789', page: '/docs/definition' }]),
    );
    pageWithBlock();
    arriveAt('/docs/definition');
    await vi.dynamicImportSettled();
    await vi.waitFor(() => expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '', undefined));
    expect(requests).toEqual([]);
  });

  it('loads the page-comments code when the reader selects a passage in a block', async () => {
    const block = pageWithBlock();
    arriveAt('/docs/definition');
    await settled();
    expect(imports).toEqual([]);
    selectInside(block);
    await vi.dynamicImportSettled();
    // The page's empty answer is handed over, so the comment code does not ask a second time.
    await vi.waitFor(() => expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '', []));
    expect(requests).toHaveLength(1);
  });

  it('acts on a passage selected before the page was known (before hydration)', async () => {
    const block = pageWithBlock();
    selectInside(block);
    await vi.dynamicImportSettled();
    expect(imports).toEqual([]);
    arriveAt('/docs/definition');
    await vi.dynamicImportSettled();
    await vi.waitFor(() => expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '', undefined));
  });

  it('hands a comment button click to the page-comments code', async () => {
    pageWithBlock();
    arriveAt('/docs/definition');
    const button = commentButton('p-1');
    button.click();
    await vi.dynamicImportSettled();
    await vi.waitFor(() => expect(pageComments.activateControl).toHaveBeenCalledWith(button));
  });

  it('keeps a click made before the page is known (hydration not done), and hands it over once it is', async () => {
    pageWithBlock();
    const button = commentButton('p-1');
    button.click();
    await vi.dynamicImportSettled();
    // The code is fetched meanwhile, but the page it would open comments on is not known yet.
    expect(imports).toEqual(['pageComments']);
    expect(pageComments.activateControl).not.toHaveBeenCalled();
    arriveAt('/docs/definition');
    await vi.waitFor(() => expect(pageComments.activateControl).toHaveBeenCalledWith(button));
    expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '', undefined);
    expect(pageComments.activateControl).toHaveBeenCalledTimes(1);
  });

  it('takes the click that the head script kept before this code ran, and stops the script', async () => {
    pageWithBlock();
    // The server's button, which hydration had to draw anew: found again by its paragraph id.
    const serverButton = commentButton('p-1');
    new Function(EARLY_COMMENT_CLICK_SCRIPT)();
    serverButton.querySelector('svg')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const early = (window as unknown as Record<string, EarlyCommentClick>)[EARLY_COMMENT_CLICK_GLOBAL]!;
    expect(early.control).toBe(serverButton);
    serverButton.remove();
    const hydratedButton = commentButton('p-1');

    vi.resetModules();
    entry = (await import('../../src/client/comments/clientModule')).default;
    arriveAt('/docs/definition');
    await vi.waitFor(() => expect(pageComments.activateControl).toHaveBeenCalledWith(hydratedButton));
    // The script no longer records: the entry handles clicks from now on, each once.
    hydratedButton.click();
    expect(early.control).toBe(serverButton);
    await vi.waitFor(() => expect(pageComments.activateControl).toHaveBeenCalledTimes(2));
    delete (window as unknown as Record<string, unknown>)[EARLY_COMMENT_CLICK_GLOBAL];
  });

  it('drops a click kept for a page that has no blocks after all', async () => {
    commentButton('p-1').click();
    entry.onRouteDidUpdate?.({ location: location('/blog'), previousLocation: null } as never);
    pageWithBlock();
    arriveAt('/docs/definition');
    // The click fetched the code, so the page is entered with it; the click was for another page.
    await vi.waitFor(() => expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '', undefined));
    expect(pageComments.activateControl).not.toHaveBeenCalled();
  });

  it('says so, and shows it at the button, when the reader clicks a comment button and the comment code cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('../../src/client/comments/pageComments', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    entry = (await import('../../src/client/comments/clientModule')).default;
    pageWithBlock();
    arriveAt('/docs/definition');
    const button = commentButton('p-1');
    button.click();
    await vi.waitFor(() =>
      expect(document.getElementById('fw-live-region')?.textContent).toBe(
        'Comments could not be loaded. Check your connection and try again.',
      ),
    );
    // Sighted readers see it above the button they used (hidden from screen readers, who heard it).
    const tip = document.querySelector('.fw-control-tip');
    expect(tip?.textContent).toBe('Comments could not be loaded. Check your connection and try again.');
    expect(tip?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('comments written offline', () => {
  it('are seen by the entry without loading the outbox code (outboxStorage.ts)', async () => {
    const { hasQueuedComments } = await import('../../src/client/comments/outboxStorage');
    expect(hasQueuedComments()).toBe(false);
    window.localStorage.setItem(OUTBOX_STORAGE_KEY, '[]');
    expect(hasQueuedComments()).toBe(true);
  });
});
