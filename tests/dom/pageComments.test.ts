/**
 * The page-comments code (src/client/comments/pageComments.ts) when the comment interface's own
 * chunk cannot be loaded: a comment button says so (in the page's live region, and visibly above
 * the button), and nothing is left as an unhandled rejection (vitest fails a test file that leaves one).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLOCK } from '../../src/shared/blocks';

afterEach(() => vi.unstubAllGlobals());

describe('the page-comments code, when the comment interface cannot be loaded', () => {
  it('says so, and shows it at the button, when a comment button is used, and leaves no unhandled rejection', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json({ page: '/docs/definition', annotations: [] })));
    vi.doMock('../../src/components/Comments/mount', () => {
      throw Object.assign(new Error('Loading chunk 1773 failed.'), { name: 'ChunkLoadError' });
    });
    const pageComments = await import('../../src/client/comments/pageComments');
    pageComments.enterPage('/docs/definition', '');
    const button = document.createElement('button');
    button.className = BLOCK.commentButtonClassName;
    button.setAttribute(BLOCK.idAttribute, 'definition-who');
    document.body.append(button);

    pageComments.activateControl(button);
    await vi.waitFor(() =>
      expect(document.getElementById('fw-live-region')?.textContent).toBe(
        'Comments could not be loaded. Check your connection and try again.',
      ),
    );
    expect(document.querySelector('.fw-control-tip')?.textContent).toBe(
      'Comments could not be loaded. Check your connection and try again.',
    );
    pageComments.leavePage();
    await vi.dynamicImportSettled();
  });
});
