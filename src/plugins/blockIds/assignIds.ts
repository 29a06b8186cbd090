/**
 * Chooses each block's id (pinned by its author, or derived from its text) and fails the build on
 * duplicates, because two blocks with one id would share a permalink and a comment thread.
 */
import { paragraphId } from '../../shared/paragraphId';
import type { FoundBlock } from './collectBlocks';

export interface IdentifiedBlock extends FoundBlock {
  id: string;
}

export function assignIds(blocks: FoundBlock[], filePath: string): IdentifiedBlock[] {
  const seen = new Map<string, FoundBlock>();
  return blocks.map((block) => {
    const id = block.marker?.id ?? paragraphId(block.text);
    const earlier = seen.get(id);
    if (earlier) {
      throw new Error(
        `Duplicate paragraph id "${id}" in ${filePath} (lines ${earlier.line ?? '?'} and ${block.line ?? '?'}). ` +
          (block.marker?.id
            ? 'Pin a different id with a trailing {#another-id} marker on one of them.'
            : 'The two blocks have the same text: reword one, or pin an id with a trailing {#some-id} marker.'),
      );
    }
    seen.set(id, block);
    return { ...block, id };
  });
}
