/**
 * Permalink handling in a DOM (happy-dom), without a browser: arriving at a `#paragraph` URL
 * highlights that block only, and the ¶ control puts the paragraph's URL in the address bar and the
 * clipboard and says so to screen readers, or says where the link is when the clipboard is refused.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import permalinks from '../../src/client/permalinks/clientModule';
import { BLOCK } from '../../src/shared/blocks';

const route = (hash: string) =>
  permalinks.onRouteDidUpdate?.({
    location: { pathname: '/docs/definition', search: '', hash, state: undefined },
    previousLocation: null,
  } as never);

function block(id: string): HTMLElement {
  const p = document.createElement('p');
  p.id = id;
  p.className = BLOCK.className;
  p.setAttribute(BLOCK.idAttribute, id);
  p.innerHTML = `Text of ${id}. <span class="${BLOCK.controlsClassName}"><a class="${BLOCK.permalinkClassName}" href="#${id}">¶</a></span>`;
  document.body.append(p);
  return p;
}

const liveRegion = () => document.querySelector('[role="status"][aria-live="polite"]');

beforeEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', 'http://localhost:3000/docs/definition');
});
afterEach(() => vi.restoreAllMocks());

describe('arriving at a paragraph URL', () => {
  it('highlights the block it names, and only that one', () => {
    const first = block('definition-who');
    const second = block('p-citizen-data-is-an-1x9k2bq');
    route('#definition-who');
    expect(first.classList.contains(BLOCK.targetClassName)).toBe(true);
    route('#p-citizen-data-is-an-1x9k2bq');
    expect(second.classList.contains(BLOCK.targetClassName)).toBe(true);
    expect(first.classList.contains(BLOCK.targetClassName)).toBe(false);
  });

  it('leaves headings and unknown ids alone', () => {
    const heading = document.createElement('h2');
    heading.id = 'principles';
    document.body.append(heading);
    const paragraph = block('definition-who');
    route('#principles');
    route('#no-such-block');
    route('#');
    expect(document.querySelectorAll(`.${BLOCK.targetClassName}`)).toHaveLength(0);
    expect(paragraph.className).toBe(BLOCK.className);
  });
});

describe('a link to a paragraph that is not here', () => {
  function article(): HTMLElement {
    const element = document.createElement('article');
    element.innerHTML = '<div class="markdown"><p>Text.</p></div>';
    document.body.append(element);
    return element;
  }

  it('says so at the top of the text and offers a search, once its code has loaded', async () => {
    article();
    route('#definition-whom');
    await vi.waitFor(() => expect(document.getElementById('fw-missing-target')).not.toBeNull());
    const notice = document.getElementById('fw-missing-target')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('definition-whom');
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/search?q=definition%20whom');
    // The next route takes it away.
    route('');
    await vi.waitFor(() => expect(document.getElementById('fw-missing-target')).toBeNull());
  });

  it('is not shown when the paragraph is there', async () => {
    article();
    block('definition-who');
    route('#definition-whom');
    await vi.waitFor(() => expect(document.getElementById('fw-missing-target')).not.toBeNull());
    route('#definition-who');
    await vi.waitFor(() => expect(document.getElementById('fw-missing-target')).toBeNull());
  });
});

describe('the ¶ control', () => {
  it('copies the full URL, puts it in the address bar, highlights and announces', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const paragraph = block('definition-who');
    const link = paragraph.querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(location.href).toBe('http://localhost:3000/docs/definition#definition-who');
    expect(paragraph.classList.contains(BLOCK.targetClassName)).toBe(true);
    await vi.waitFor(() => expect(liveRegion()?.textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/docs/definition#definition-who');
  });

  it('says the link is in the address bar when the clipboard is refused', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    block('definition-who').querySelector('a')!.click();
    await vi.waitFor(() => expect(liveRegion()?.textContent).toBe('Link is in the address bar'));
    expect(location.hash).toBe('#definition-who');
  });

  it('lets a modified click through (open in a new tab)', () => {
    const link = block('definition-who').querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });
});
