/**
 * A block's comment button on the page, found by its paragraph id: where a panel returns the focus,
 * what a highlight or a thread opens, and what a tap kept before hydration is handed to. The block-ids
 * plugin writes the button (src/plugins/blockIds/decorateBlock.ts).
 */
import { BLOCK } from '../../shared/blocks';

export function commentButtonOf(paragraphId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `button.${BLOCK.commentButtonClassName}[${BLOCK.idAttribute}="${CSS.escape(paragraphId)}"]`,
  );
}
