/**
 * /insights' map of where comments are (src/components/Feedback/Insights.tsx, CommentMap): only
 * pages and paragraphs with comments are links by default, so a keyboard user gets past it (the
 * full map made about 470 Tab stops); a checkbox shows every paragraph, with a link past them.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { InsightsResponse } from '../../src/shared/feedback';
import { CommentMap, commentedOnly } from '../../src/components/Feedback/Insights';

// React's act() is meant for test environments that say so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Three pages of 40 paragraphs each; two paragraphs of the first have comments. */
const PAGES: InsightsResponse['pages'] = ['/docs/definition', '/docs/principles', '/docs/roadmap'].map(
  (page, pageIndex) => ({
    page,
    title: page,
    count: pageIndex === 0 ? 3 : 0,
    sections: [0, 1].map((sectionIndex) => ({
      heading: sectionIndex ? `Section ${sectionIndex}` : '',
      count: pageIndex === 0 && sectionIndex === 1 ? 3 : 0,
      paragraphs: Array.from({ length: 20 }, (_, index) => ({
        id: `p-${pageIndex}-${sectionIndex}-${index}`,
        start: `Paragraph ${index}`,
        count: pageIndex === 0 && sectionIndex === 1 && index < 2 ? index + 1 : 0,
      })),
    })),
  }),
);

let root: Root | null = null;
afterEach(async () => {
  await act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

/** What Tab reaches: links, and form controls. */
const tabStops = (host: HTMLElement) => host.querySelectorAll('a[href], input, button').length;

describe('the map of comments on /insights', () => {
  it('keeps only the pages, sections and paragraphs with comments', () => {
    const commented = commentedOnly(PAGES);
    expect(commented.map((page) => page.page)).toEqual(['/docs/definition']);
    expect(commented[0]?.sections.map((section) => section.paragraphs.map((paragraph) => paragraph.id))).toEqual([
      ['p-0-1-0', 'p-0-1-1'],
    ]);
  });

  it('has a Tab stop per page and paragraph with comments, and one checkbox for all of them', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    await act(async () => {
      root = createRoot(host);
      root.render(createElement(CommentMap, { pages: PAGES }));
    });
    expect(host.textContent).toContain('Paragraphs with comments: 2 of 120.');
    // The checkbox, the page's link and its two paragraphs (all 120 paragraphs and 3 pages before).
    expect(tabStops(host)).toBe(4);

    const showAll = host.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(showAll?.labels?.[0]?.textContent).toBe('Show paragraphs without comments too');
    await act(async () => showAll?.click());
    // The checkbox, the link past the tables, 3 pages and 120 paragraphs.
    expect(tabStops(host)).toBe(1 + 1 + 3 + 120);
    const skip = host.querySelector<HTMLAnchorElement>('a[href^="#"]');
    expect(skip?.textContent).toBe('Skip to the end of the paragraph tables');
    const end = host.querySelector(skip?.getAttribute('href') ?? '');
    expect(end?.textContent).toBe('End of the paragraph tables.');
    expect(end?.compareDocumentPosition(host.querySelector('table:last-of-type') ?? host)).toBe(
      Node.DOCUMENT_POSITION_PRECEDING,
    );
  });
});
