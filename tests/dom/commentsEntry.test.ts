/**
 * The always-loaded comments entry (src/client/comments/clientModule.ts) loads the page-comments
 * code only where it is used: on pages with addressable blocks, or anywhere when comments written
 * offline wait to be sent. A click on a comment control before that code arrives is not lost.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientModule } from '@docusaurus/types';
import { BLOCK } from '../../src/shared/blocks';
import { OUTBOX_STORAGE_KEY } from '../../src/client/comments/outboxStorage';

const { pageComments, imports } = vi.hoisted(() => ({
  pageComments: { enterPage: vi.fn(), leavePage: vi.fn(), followFragment: vi.fn(), activateControl: vi.fn() },
  /** One entry each time the page-comments module is evaluated (the mock factory runs). */
  imports: [] as string[],
}));
vi.mock('../../src/client/comments/pageComments', () => {
  imports.push('pageComments');
  return pageComments;
});

const location = (pathname: string, hash = '') => ({ pathname, search: '', hash, state: undefined });
let entry: ClientModule;

beforeAll(async () => {
  entry = (await import('../../src/client/comments/clientModule')).default;
});
afterEach(() => {
  document.body.replaceChildren();
  window.localStorage.clear();
});

describe('the comments entry', () => {
  it('loads nothing on a page without blocks', async () => {
    entry.onRouteDidUpdate?.({ location: location('/blog'), previousLocation: null } as never);
    await vi.dynamicImportSettled();
    expect(imports).toEqual([]);
    expect(pageComments.enterPage).not.toHaveBeenCalled();
  });

  it('loads the page-comments code on a page with blocks and enters the page with its fragment', async () => {
    const block = document.createElement('p');
    block.className = BLOCK.className;
    block.setAttribute(BLOCK.idAttribute, 'p-1');
    document.body.append(block);
    entry.onRouteDidUpdate?.({
      location: location('/docs/definition', '#comment-abcdefgh'),
      previousLocation: location('/blog'),
    } as never);
    await vi.dynamicImportSettled();
    expect(imports).toEqual(['pageComments']);
    await vi.waitFor(() => expect(pageComments.enterPage).toHaveBeenCalled());
    expect(pageComments.enterPage).toHaveBeenCalledWith('/docs/definition', '#comment-abcdefgh');
  });

  it('hands a comment button click to the page-comments code', async () => {
    const button = document.createElement('button');
    button.className = BLOCK.commentButtonClassName;
    document.body.append(button);
    button.click();
    await vi.dynamicImportSettled();
    await vi.waitFor(() => expect(pageComments.activateControl).toHaveBeenCalledWith(button));
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
