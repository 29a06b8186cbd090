/**
 * No URL crashes a page (issue 7), in a DOM without a browser: the permalink module repairs an
 * undecodable location before Docusaurus decodes it and highlights nothing for it, and the
 * glossary preview closes on every route change.
 */
import { describe, expect, it } from 'vitest';
import glossaryPreview from '../../src/client/glossaryPreview/clientModule';
import permalinks from '../../src/client/permalinks/clientModule';
import { BLOCK } from '../../src/shared/blocks';

const location = (hash: string, pathname = '/docs/definition') => ({ pathname, search: '', hash, state: undefined });

describe('an undecodable location', () => {
  it('is repaired in place before the route renders, so a later decode gives back what was typed', () => {
    const next = location('#100%', '/docs/50%off');
    permalinks.onRouteUpdate?.({ location: next, previousLocation: null } as never);
    expect(next.hash).toBe('#100%25');
    expect(next.pathname).toBe('/docs/50%25off');
    // What Docusaurus does next with it (scroll-to-anchor, route preloading) no longer throws.
    expect(decodeURIComponent(next.hash.slice(1))).toBe('100%');
    expect(decodeURI(next.pathname)).toBe('/docs/50%off');
    const fine = location('#definition-who');
    permalinks.onRouteUpdate?.({ location: fine, previousLocation: null } as never);
    expect(fine.hash).toBe('#definition-who');
  });

  it('highlights nothing and does not throw when it reaches the highlight', () => {
    const block = document.createElement('p');
    block.id = '100%';
    block.className = BLOCK.className;
    document.body.append(block);
    for (const hash of ['#100%', '#%E0%A4%A', '#%']) {
      expect(() =>
        permalinks.onRouteDidUpdate?.({ location: location(hash), previousLocation: null } as never),
      ).not.toThrow();
    }
    expect(document.querySelectorAll(`.${BLOCK.targetClassName}`)).toHaveLength(0);
    block.remove();
  });
});

describe('the glossary preview', () => {
  it('closes on a route change', () => {
    const link = document.createElement('a');
    link.className = 'fw-term';
    link.href = '/docs/background/glossary#term-nso';
    link.dataset.definition = 'National statistical office.';
    link.textContent = 'NSOs';
    document.body.append(link);
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const tooltip = document.getElementById('fw-term-tooltip')!;
    expect(tooltip.hidden).toBe(false);
    expect(link.getAttribute('aria-describedby')).toBe('fw-term-tooltip');
    (glossaryPreview as { onRouteUpdate?: (args: unknown) => void }).onRouteUpdate?.({
      location: location(''),
      previousLocation: location('', '/docs/definition'),
    });
    expect(tooltip.hidden).toBe(true);
    expect(link.hasAttribute('aria-describedby')).toBe(false);
  });
});
