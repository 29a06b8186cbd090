/**
 * A mouse shortcut: clicking highlighted (commented) text opens that paragraph's comments, as
 * in other annotation tools. Keyboard and screen-reader users reach the same panel through the
 * paragraph's comment button, which also carries the count.
 */
import { commentButtonOf } from './commentButton';

/** A highlighted passage and the paragraph it belongs to. */
export interface HighlightedPassage {
  range: Range;
  paragraphId: string;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Starts listening for clicks on highlighted passages.
 *
 * @param passages - the passages highlighted now
 * @param open - opens the panel of a paragraph, returning focus to `invoker` when it closes
 */
export function watchHighlightClicks(
  passages: () => readonly HighlightedPassage[],
  open: (paragraphId: string, invoker: HTMLElement | null) => void,
): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (event.button !== 0 || event.defaultPrevented || !target?.closest) return;
    if (target.closest('a, button, input, textarea, select, label, dialog')) return;
    // A click that ends a selection is about the selection, not the highlight.
    if (!document.getSelection()?.isCollapsed) return;
    const caret = caretAt(event.clientX, event.clientY);
    if (!caret) return;
    const hit = passages().find(({ range }) => {
      try {
        return range.isPointInRange(caret.node, caret.offset);
      } catch {
        return false;
      }
    });
    if (!hit) return;
    const button = commentButtonOf(hit.paragraphId);
    open(hit.paragraphId, button);
  });
}
