/**
 * remark plugin: gives every block of a Framework page a stable id, a permalink control, a
 * comment control and, where it differs from its page, a provenance badge.
 *
 * Ids come from `src/shared/paragraphId.ts`, the function the search index and the comment
 * service use too. The steps, in order:
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectBlocks } from './collectBlocks';
import { assignIds } from './assignIds';
import { decorateBlock } from './decorateBlock';

export interface BlockIdsOptions {
  /** Page provenance from front matter is read by the page; blocks only record differences. */
  readonly enabled?: boolean;
}

export default function remarkBlockIds(options: BlockIdsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    if (options.enabled === false) return;
    const blocks = collectBlocks(tree);
    const identified = assignIds(blocks, file.path ?? '(unknown file)');
    for (const block of identified) decorateBlock(block);
  };
}
