/**
 * What the comment UI changes in the page's own (React-rendered) markup, kept to attributes and
 * text of elements that React renders empty, so React never finds a node it did not create:
 * the count inside each comment button, its accessible name, the `fw-has-comments` class on the
 * controls, and passage highlights through the CSS Custom Highlight API (no wrapper elements).
 * Browsers without that API get a class on the block instead.
 */
import { translate } from '@docusaurus/Translate';
import '../codeTranslations/comments';
import { BLOCK, BLOCK_SELECTOR } from '../../shared/blocks';
import { blockControlLabel } from '../../components/Block/labels';

/** Name of the CSS highlight (`::highlight(fw-comment-passage)` in custom.css). */
export const HIGHLIGHT_NAME = 'fw-comment-passage';
const FALLBACK_CLASS = 'fw-block--commented-passage';

/** Writes the comment counts onto the page's comment buttons (0 clears a count). */
export function fillCounts(counts: ReadonlyMap<string, number>): void {
  for (const button of document.querySelectorAll<HTMLElement>(`button.${BLOCK.commentButtonClassName}`)) {
    const count = counts.get(button.getAttribute(BLOCK.idAttribute) ?? '') ?? 0;
    const span = button.querySelector(`.${BLOCK.commentCountClassName}`);
    if (span) span.textContent = count ? String(count) : '';
    const label = count
      ? translate(
          // The count is a word of its own in the name: the visible text must be part of it (WCAG 2.5.3).
          { id: 'comments.button.labelWithCount', message: 'Comments on this paragraph: {count}' },
          { count: String(count) },
        )
      : blockControlLabel('comments');
    button.setAttribute('aria-label', label);
    button.setAttribute('title', label);
    button.parentElement?.classList.toggle('fw-has-comments', count > 0);
  }
}

/** Highlights the given ranges (replacing earlier highlights). */
export function highlightRanges(ranges: readonly Range[]): void {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  if (registry && typeof Highlight === 'function') {
    if (ranges.length) registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    else registry.delete(HIGHLIGHT_NAME);
    return;
  }
  for (const block of document.querySelectorAll(`.${FALLBACK_CLASS}`)) block.classList.remove(FALLBACK_CLASS);
  for (const range of ranges) {
    const element = range.startContainer.parentElement?.closest(BLOCK_SELECTOR);
    element?.classList.add(FALLBACK_CLASS);
  }
}
