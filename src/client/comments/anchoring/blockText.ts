/**
 * The DOM side of anchoring: reads a block's text the way comments see it, and converts between
 * offsets in that text and DOM positions. This is the only anchoring module that walks text nodes
 * (compare hypothesis/client's text-range.ts); everything that matches text is pure.
 *
 * A block's text leaves out its controls and provenance badge (`NON_TEXT_SELECTOR`) and any
 * blocks nested in it (a nested list item is a block of its own), collapses runs of white space
 * to one space and trims both ends, so reflowing the Markdown source does not move offsets.
 */
import { BLOCK_SELECTOR, NON_TEXT_SELECTOR } from '../../../shared/blocks';

interface CharPosition {
  node: Text;
  offset: number;
}

/** A block's text and the mapping back to the DOM. */
export interface BlockText {
  text: string;
  /** A DOM range covering `text.slice(start, end)`, or `null` for an empty or invalid span. */
  toRange(start: number, end: number): Range | null;
  /** The span of the block's text inside `range` (clipped to the block), or `null` if none. */
  spanOf(range: Range): { start: number; end: number } | null;
}

function isText(node: Node, root: Element): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  if (parent.closest(NON_TEXT_SELECTOR)) return false;
  const block = parent.closest(BLOCK_SELECTOR);
  return block === root;
}

/**
 * Reads a block's text.
 *
 * @param root - an element matching `BLOCK_SELECTOR`
 */
export function readBlockText(root: Element): BlockText {
  const positions: CharPosition[] = [];
  let text = '';
  let pendingSpace: CharPosition | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isText(node, root)) continue;
    const value = (node as Text).data;
    for (let offset = 0; offset < value.length; offset += 1) {
      if (/\s/.test(value[offset]!)) {
        if (text.length && !pendingSpace) pendingSpace = { node: node as Text, offset };
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        positions.push(pendingSpace);
        pendingSpace = null;
      }
      text += value[offset];
      positions.push({ node: node as Text, offset });
    }
  }

  return {
    text,
    toRange(start, end) {
      const first = positions[start];
      const last = positions[end - 1];
      if (!first || !last || end <= start) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      return range;
    },
    spanOf(range) {
      let start = -1;
      let end = -1;
      positions.forEach((position, index) => {
        const inside =
          range.comparePoint(position.node, position.offset) >= 0 &&
          range.comparePoint(position.node, position.offset + 1) <= 0;
        if (!inside) return;
        if (start === -1) start = index;
        end = index + 1;
      });
      return start === -1 ? null : { start, end };
    },
  };
}
