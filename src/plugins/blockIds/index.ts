/**
 * remark plugin: gives every block of a Framework page a stable id, a permalink control, a
 * comment control and, where it differs from its page, a provenance badge.
 *
 * Ids come from `src/shared/paragraphId.ts`, the function the search index and the comment
 * service use too. The steps, in order:
 */
import type { List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { GAP_HEADING } from '../../shared/blocks';
import type { VFile } from 'vfile';
import { collectBlocks } from './collectBlocks';
import { assignIds } from './assignIds';
import { blockControls, decorateBlock } from './decorateBlock';

/** Lists that sit in a "What we do not know" section (top-level, until the next heading of its level or above). */
function gapLists(tree: Root): Set<List> {
  const lists = new Set<List>();
  let gapDepth: number | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (gapDepth !== null && node.depth <= gapDepth) gapDepth = null;
      if (GAP_HEADING.test(toString(node))) gapDepth = node.depth;
    } else if (node.type === 'list' && gapDepth !== null) lists.add(node);
  }
  return lists;
}

export interface BlockIdsOptions {
  /** Page provenance from front matter is read by the page; blocks only record differences. */
  readonly enabled?: boolean;
}

export default function remarkBlockIds(options: BlockIdsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    if (options.enabled === false) return;
    const blocks = collectBlocks(tree);
    const identified = assignIds(blocks, file.path ?? '(unknown file)');
    const gaps = gapLists(tree);
    for (const block of identified) decorateBlock(block, blockControls(block, gaps.has(block.parent as List)));
  };
}
